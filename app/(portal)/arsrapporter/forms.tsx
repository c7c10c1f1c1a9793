"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { TextInput } from "@/components/form/inputs";
import { sendRemindersAction, setAnnualDeadlineAction, startAnnualReportAction } from "@/lib/annual-reports/actions";

/** "Skriv årsrapport": starts (or opens) the report and goes to its form. */
export function StartAnnualReportForm({ reportMeasureId, year }: { reportMeasureId: string; year: number }) {
  const t = useTranslations("annualReports");
  return (
    <ActionForm
      id={`start-${reportMeasureId}-${year}`}
      action={startAnnualReportAction}
      submitLabel={t("start")}
      compact
      labels={{}}
    >
      <input type="hidden" name="reportMeasureId" value={reportMeasureId} />
      <input type="hidden" name="year" value={year} />
    </ActionForm>
  );
}

export function DeadlineForm({
  roundId,
  version,
  year,
  deadline,
}: {
  roundId: string;
  version: number;
  year: number;
  deadline: string;
}) {
  const t = useTranslations("annualReports");
  return (
    <ActionForm
      id={`frist-${roundId}`}
      action={setAnnualDeadlineAction}
      submitLabel={t("saveDeadline")}
      successMessage={t("deadlineSaved")}
      primary={false}
      labels={{ deadline: t("deadlineFor", { year }) }}
    >
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <TextInput
        name="deadline"
        type="date"
        label={t("deadlineFor", { year })}
        description={t("deadlineHint")}
        defaultValue={deadline}
        className="max-w-xs"
      />
    </ActionForm>
  );
}

export function RemindForm({ countyId }: { countyId: string }) {
  const t = useTranslations("annualReports");
  const [sent, setSent] = useState<number | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <ActionForm<{ sent: number }>
        id={`paminnelser-${countyId}`}
        action={sendRemindersAction}
        submitLabel={t("remindNow")}
        primary={false}
        onSuccess={(d) => setSent(d.sent)}
      >
        <input type="hidden" name="countyId" value={countyId} />
      </ActionForm>
      <p role="status">{sent === null ? "" : t("reminded", { count: sent })}</p>
    </div>
  );
}
