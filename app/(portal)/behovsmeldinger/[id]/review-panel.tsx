"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Card, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { reviewNeedsReportAction } from "@/lib/needs-reports/actions";
import type { ActionResult } from "@/lib/action-result";

type Step = "startReview" | "markReviewed" | "return" | "reopen" | "note";
type State = ActionResult<null> | null;

function Feedback({ state }: { state: State }) {
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

/** One review step as a form: optional heading and fields, a submit button, and what happened. */
function StepForm(props: { id: string; step: Step; title?: string; button: string; primary?: boolean; fields?: (error: (field: string) => string | undefined) => React.ReactNode }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(reviewNeedsReportAction, null);
  const error = (field: string) => {
    const key = state && !state.ok ? state.fieldErrors?.[field] : undefined;
    return key ? t(key as "validation.required") : undefined;
  };
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="step" value={props.step} />
      {props.title ? (
        <Heading level={3} data-size="xs">
          {props.title}
        </Heading>
      ) : null}
      {props.fields?.(error)}
      <div>
        <Button type="submit" variant={props.primary ? "primary" : "secondary"} disabled={pending}>
          {props.button}
        </Button>
      </div>
      <Feedback state={state} />
    </form>
  );
}

export function ReviewPanel(props: {
  id: string;
  allowed: { startReview: boolean; markReviewed: boolean; returnForCorrection: boolean; reopen: boolean };
  reviewed: string | null;
  reopenedUntil: string | null;
  reopenRequest: string | null;
  notes: { id: string; text: string; author: string; at: string }[];
}) {
  const t = useTranslations();
  const { id, allowed } = props;
  return (
    <Card data-color="accent" className="flex flex-col gap-5">
      <Heading level={2} data-size="sm">
        {t("review.title")}
      </Heading>
      {props.reviewed ? <Paragraph>{props.reviewed}</Paragraph> : null}
      {props.reopenedUntil ? <Paragraph>{t("review.reopenedUntil", { date: props.reopenedUntil })}</Paragraph> : null}
      {props.reopenRequest ? <Paragraph className="whitespace-pre-line">{props.reopenRequest}</Paragraph> : null}
      <div className="flex flex-wrap gap-3">
        {allowed.startReview ? <StepForm id={id} step="startReview" button={t("review.startReview")} primary /> : null}
        {allowed.markReviewed ? <StepForm id={id} step="markReviewed" button={t("review.markReviewed")} /> : null}
      </div>
      {allowed.returnForCorrection ? (
        <StepForm
          id={id}
          step="return"
          title={t("review.returnTitle")}
          button={t("review.returnButton")}
          fields={(error) => <Textfield id="felt-reason" name="reason" label={t("review.returnReason")} multiline rows={4} error={error("reason")} />}
        />
      ) : null}
      {allowed.reopen ? (
        <StepForm
          id={id}
          step="reopen"
          title={t("review.reopenTitle")}
          button={t("review.reopenButton")}
          fields={(error) => <Textfield id="felt-until" name="until" type="date" label={t("review.reopenUntil")} error={error("until")} />}
        />
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
        <StepForm
          id={id}
          step="note"
          button={t("review.noteButton")}
          fields={(error) => <Textfield id="felt-text" name="text" label={t("review.noteText")} multiline rows={3} error={error("text")} />}
        />
      </section>
    </Card>
  );
}
