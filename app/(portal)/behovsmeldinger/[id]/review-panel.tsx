"use client";
import { useTranslations } from "next-intl";
import { Card, Heading, Paragraph } from "@/components/ds";
import { reviewNeedsReportAction } from "@/lib/needs-reports/actions";
import { ActionForm } from "@/components/form/action-form";
import { TextArea, TextInput } from "@/components/form/inputs";

type Step = "startReview" | "markReviewed" | "return" | "reopen" | "note";

/** One review step as a form (the shared ActionForm): optional heading and fields, a submit button, and what happened. */
function StepForm(props: {
  id: string;
  step: Step;
  title?: string;
  button: string;
  primary?: boolean;
  resetOnSuccess?: boolean;
  labels?: Record<string, string>;
  children?: React.ReactNode;
}) {
  const t = useTranslations();
  return (
    <ActionForm
      id={`behandling-${props.step}`}
      action={reviewNeedsReportAction}
      submitLabel={props.button}
      successMessage={t("review.done")}
      primary={props.primary ?? false}
      resetOnSuccess={props.resetOnSuccess}
      labels={props.labels}
      className="flex flex-col gap-3"
    >
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="step" value={props.step} />
      {props.title ? (
        <Heading level={3} data-size="xs">
          {props.title}
        </Heading>
      ) : null}
      {props.children}
    </ActionForm>
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
          labels={{ reason: t("review.returnReason") }}
        >
          <TextArea name="reason" label={t("review.returnReason")} rows={4} />
        </StepForm>
      ) : null}
      {allowed.reopen ? (
        <StepForm
          id={id}
          step="reopen"
          title={t("review.reopenTitle")}
          button={t("review.reopenButton")}
          labels={{ until: t("review.reopenUntil") }}
        >
          <TextInput name="until" type="date" label={t("review.reopenUntil")} />
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
        <StepForm
          id={id}
          step="note"
          button={t("review.noteButton")}
          resetOnSuccess
          labels={{ text: t("review.noteText") }}
        >
          <TextArea name="text" label={t("review.noteText")} rows={3} />
        </StepForm>
      </section>
    </Card>
  );
}
