"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Card, Fieldset, FieldsetLegend, Heading, Paragraph, Radio, Textfield } from "@digdir/designsystemet-react";
import { reviewNeedsReportAction } from "@/lib/needs-reports/actions";
import type { ActionResult } from "@/lib/action-result";

type Step = "startReview" | "markReviewed" | "return" | "reopen" | "note" | "recommend" | "decide";

function StepForm({ id, step, children }: { id: string; step: Step; children: (state: ActionResult<null> | null, pending: boolean) => React.ReactNode }) {
  const [state, action, pending] = useActionState(reviewNeedsReportAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="step" value={step} />
      {children(state, pending)}
    </form>
  );
}

function Feedback({ state }: { state: ActionResult<null> | null }) {
  const t = useTranslations();
  if (!state) return null;
  if (state.ok)
    return (
      <p role="status" className="text-success-text-default">
        {t("review.done")}
      </p>
    );
  const key = state.fieldErrors?._form;
  if (state.fieldErrors && !key) return null;
  return (
    <Alert data-color="danger" role="alert">
      {key ? t(key as "validation.badRequest") : state.message}
    </Alert>
  );
}

export function ReviewPanel(props: {
  id: string;
  allowed: { startReview: boolean; markReviewed: boolean; returnForCorrection: boolean; reopen: boolean; recommend: boolean; decide: boolean };
  reviewed: string | null;
  reopenedUntil: string | null;
  reopenRequest: string | null;
  notes: { id: string; text: string; author: string; at: string }[];
}) {
  const t = useTranslations();
  const err = (state: ActionResult<null> | null, field: string) => {
    const key = state && !state.ok ? state.fieldErrors?.[field] : undefined;
    return key ? t(key as "validation.required") : undefined;
  };
  return (
    <Card data-color="accent" className="flex flex-col gap-5">
      <Heading level={2} data-size="sm">
        {t("review.title")}
      </Heading>
      {props.reviewed ? <Paragraph>{props.reviewed}</Paragraph> : null}
      {props.reopenedUntil ? <Paragraph>{t("review.reopenedUntil", { date: props.reopenedUntil })}</Paragraph> : null}
      {props.reopenRequest ? <Paragraph className="whitespace-pre-line">{props.reopenRequest}</Paragraph> : null}
      <div className="flex flex-wrap gap-3">
        {props.allowed.startReview ? (
          <StepForm id={props.id} step="startReview">
            {(state, pending) => (
              <>
                <Button type="submit" disabled={pending}>
                  {t("review.startReview")}
                </Button>
                <Feedback state={state} />
              </>
            )}
          </StepForm>
        ) : null}
        {props.allowed.markReviewed ? (
          <StepForm id={props.id} step="markReviewed">
            {(state, pending) => (
              <>
                <Button type="submit" variant="secondary" disabled={pending}>
                  {t("review.markReviewed")}
                </Button>
                <Feedback state={state} />
              </>
            )}
          </StepForm>
        ) : null}
      </div>
      {props.allowed.returnForCorrection ? (
        <StepForm id={props.id} step="return">
          {(state, pending) => (
            <>
              <Heading level={3} data-size="xs">
                {t("review.returnTitle")}
              </Heading>
              <Textfield id="felt-reason" name="reason" label={t("review.returnReason")} multiline rows={4} error={err(state, "reason")} />
              <div>
                <Button type="submit" variant="secondary" disabled={pending}>
                  {t("review.returnButton")}
                </Button>
              </div>
              <Feedback state={state} />
            </>
          )}
        </StepForm>
      ) : null}
      {props.allowed.recommend ? (
        <StepForm id={props.id} step="recommend">
          {(state, pending) => (
            <>
              <Heading level={3} data-size="xs">
                {t("review.recommendTitle")}
              </Heading>
              <Textfield id="felt-amount" name="amount" inputMode="numeric" suffix="kr" label={t("review.recommendAmount")} error={err(state, "amount")} />
              <Textfield id="felt-comment" name="comment" label={t("review.recommendComment")} error={err(state, "comment")} />
              <div>
                <Button type="submit" variant="secondary" disabled={pending}>
                  {t("review.recommendButton")}
                </Button>
              </div>
              <Feedback state={state} />
            </>
          )}
        </StepForm>
      ) : null}
      {props.allowed.decide ? (
        <StepForm id={props.id} step="decide">
          {(state, pending) => (
            <>
              <Heading level={3} data-size="xs">
                {t("review.decideTitle")}
              </Heading>
              <Fieldset>
                <FieldsetLegend>{t("review.decideOutcome")}</FieldsetLegend>
                <Radio name="outcome" value="GRANTED" label={t("review.granted")} defaultChecked />
                <Radio name="outcome" value="REJECTED" label={t("review.rejected")} />
              </Fieldset>
              <Textfield id="felt-decision-amount" name="amount" inputMode="numeric" suffix="kr" label={t("review.decideAmount")} error={err(state, "amount")} />
              <Textfield id="felt-decision-reason" name="reason" multiline rows={3} label={t("review.decideReason")} error={err(state, "reason")} />
              <div>
                <Button type="submit" disabled={pending}>
                  {t("review.decideButton")}
                </Button>
              </div>
              <Feedback state={state} />
            </>
          )}
        </StepForm>
      ) : null}
      {props.allowed.reopen ? (
        <StepForm id={props.id} step="reopen">
          {(state, pending) => (
            <>
              <Heading level={3} data-size="xs">
                {t("review.reopenTitle")}
              </Heading>
              <Textfield id="felt-until" name="until" type="date" label={t("review.reopenUntil")} error={err(state, "until")} />
              <div>
                <Button type="submit" variant="secondary" disabled={pending}>
                  {t("review.reopenButton")}
                </Button>
              </div>
              <Feedback state={state} />
            </>
          )}
        </StepForm>
      ) : null}
      <section aria-labelledby="notes-heading" className="flex flex-col gap-3">
        <Heading level={3} data-size="xs" id="notes-heading">
          {t("review.notesTitle")}
        </Heading>
        <Paragraph data-size="sm">{t("review.notesHint")}</Paragraph>
        {props.notes.length ? (
          <ul className="flex flex-col gap-2">
            {props.notes.map((n) => (
              <li key={n.id} className="border-l-4 border-accent-border-subtle pl-3">
                <span className="block whitespace-pre-line">{n.text}</span>
                <span className="text-sm text-neutral-text-subtle">
                  {n.author}, {n.at}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t("review.noNotes")}</Paragraph>
        )}
        <StepForm id={props.id} step="note">
          {(state, pending) => (
            <>
              <Textfield id="felt-text" name="text" label={t("review.noteText")} multiline rows={3} error={err(state, "text")} />
              <div>
                <Button type="submit" variant="secondary" disabled={pending}>
                  {t("review.noteButton")}
                </Button>
              </div>
              <Feedback state={state} />
            </>
          )}
        </StepForm>
      </section>
    </Card>
  );
}
