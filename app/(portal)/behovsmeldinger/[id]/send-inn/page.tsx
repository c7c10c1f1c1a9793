import { cache } from "react";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { FormErrorSummary, WarningSummary } from "@/components/form/issue-summary";
import { requireActor } from "@/lib/session";
import { getNeedsReport, getNeedsReportForEdit } from "@/lib/needs-reports/queries";
import { deadlineAllowsSubmit } from "@/lib/needs-reports/policy";
import { submitSchema, warningsFor } from "@/lib/needs-reports/schema";
import { fieldErrors } from "@/lib/validation";
import { pathLabel } from "@/lib/needs-reports/compare";
import { orNotFound } from "@/lib/not-found";
import { getDates } from "@/lib/i18n/dates";
import { AppLink } from "@/components/ui/app-link";
import { fieldId } from "@/components/form/field-id";
import { ReportView } from "../report-view";
import { SubmitButton } from "./submit-button";
import { ReopenRequest } from "./reopen-request";

const load = cache(async (id: string) => {
  const actor = await requireActor();
  const [edit, view] = await Promise.all([
    orNotFound(getNeedsReportForEdit(actor, id)),
    orNotFound(getNeedsReport(actor, id)),
  ]);
  return { edit, view };
});

export async function generateMetadata() {
  const t = await getTranslations("form");
  return { title: t("submitTitle") };
}

/** "Check your answers": every rule checked on the server, errors linking back to the field, then submit. */
export default async function SubmitNeedsReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { formatDateTime } = await getDates();
  const { id } = await params;
  const { edit, view } = await load(id);
  if (!edit.canEdit) redirect(`/behovsmeldinger/${id}`);
  const t = await getTranslations();
  const checked = submitSchema({ roundYear: edit.round.year, roundSchemes: edit.round.schemes }).safeParse(edit.draft);
  const errors = checked.success ? {} : fieldErrors(checked.error);
  const warnings = warningsFor(edit.draft).filter((w) => !w.blocking);
  const deadlineOk = deadlineAllowsSubmit(edit.round, { reopenedUntil: view.reopenedUntil }, new Date());
  const editHref = (path: string) => `/behovsmeldinger/${id}/rediger#${fieldId(path)}`;
  const fieldName = (key: string) => (t.has(`form.paths.${key}`) ? t(`form.paths.${key}` as "form.paths.name") : key);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Heading level={1} data-size="lg">
          {t("form.submitTitle")}
        </Heading>
        <Paragraph>{t("form.submitIntro", { n: view.submittedVersion + 1 })}</Paragraph>
        <Paragraph>
          <AppLink href={`/behovsmeldinger/${id}/rediger`}>{t("form.backToEdit")}</AppLink>
        </Paragraph>
      </header>
      <FormErrorSummary
        title={t("form.errorSummary")}
        items={Object.entries(errors).map(([path, key]) => ({
          key: path,
          href: editHref(path),
          text: `${pathLabel(path, fieldName)}: ${t(key as "validation.required")}`,
        }))}
      />
      <WarningSummary
        title={t("form.warningsTitle")}
        items={warnings.map((w) => ({
          key: w.path,
          href: editHref(w.path),
          text: t(w.key as "warnings.coordinatorShare"),
        }))}
      />
      {!deadlineOk ? (
        <Alert data-color="danger">
          <Paragraph>{t("form.deadlinePassed", { deadline: formatDateTime(edit.round.deadline) })}</Paragraph>
          {view.reopenRequestedAt ? (
            <Paragraph>{t("form.reopenRequestedAt", { date: formatDateTime(view.reopenRequestedAt) })}</Paragraph>
          ) : (
            <ReopenRequest id={id} />
          )}
        </Alert>
      ) : null}
      {Object.keys(errors).length ? <Paragraph>{t("form.submitBlocked")}</Paragraph> : null}
      <SubmitButton id={id} version={edit.version} disabled={Object.keys(errors).length > 0 || !deadlineOk} />
      <ReportView r={view} />
      <SubmitButton id={id} version={edit.version} disabled={Object.keys(errors).length > 0 || !deadlineOk} />
    </div>
  );
}
