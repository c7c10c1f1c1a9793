"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { AmountInput, TextInput } from "@/components/form/inputs";
import { setCountyAllocationAction } from "@/lib/directorate/actions";

export function AllocationForm({
  countyId,
  year,
  scheme,
  amount,
  note,
  version,
  label,
}: {
  countyId: string;
  year: number;
  scheme: string;
  amount: number | null;
  note: string | null;
  version: number;
  label: string;
}) {
  const t = useTranslations("directorate");
  return (
    <ActionForm
      id={`tildeling-${scheme}`}
      action={setCountyAllocationAction}
      submitLabel={t("save")}
      successMessage={t("saved")}
      draftKey={`tildeling-${countyId}-${year}-${scheme}`}
      labels={{ amount: label, note: t("note") }}
      className="flex max-w-xl flex-col gap-3"
    >
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="scheme" value={scheme} />
      <input type="hidden" name="version" value={version} />
      <AmountInput name="amount" label={label} description={t("amountHint")} defaultValue={amount} />
      <TextInput name="note" label={t("note")} defaultValue={note} />
    </ActionForm>
  );
}
