"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { TextArea } from "@/components/form/inputs";
import {
  approveAnnualReportAction,
  returnAnnualReportAction,
  submitAnnualReportAction,
} from "@/lib/annual-reports/actions";

export function SubmitAnnualReportForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("annualReports");
  return (
    <ActionForm id="send-inn" action={submitAnnualReportAction} submitLabel={t("submit")}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </ActionForm>
  );
}

export function ReviewAnnualReportForms({ id, version }: { id: string; version: number }) {
  const t = useTranslations("annualReports");
  return (
    <div className="flex flex-col gap-6">
      <ActionForm
        id="godkjenn"
        action={approveAnnualReportAction}
        submitLabel={t("approve")}
        successMessage={t("approved")}
      >
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
      </ActionForm>
      <ActionForm
        id="retur"
        action={returnAnnualReportAction}
        submitLabel={t("return")}
        successMessage={t("returnedDone")}
        primary={false}
        draftKey={`arsrapport:${id}:retur`}
        labels={{ reason: t("returnReason") }}
      >
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <TextArea name="reason" label={t("returnReason")} rows={3} />
      </ActionForm>
    </div>
  );
}
