"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { AmountInput, TextArea } from "@/components/form/inputs";
import { setUhSplitAction } from "@/lib/budget/actions";

/** The forum's split of the direct UH line: one amount per institution (prefilled with the decided or proposed figure) and the reason. */
export function UhSplitForm(props: {
  id: string;
  version: number;
  reason: string | null;
  rows: { organisationId: string; name: string; proposed: number; decided: number | null }[];
}) {
  const t = useTranslations("budget");
  return (
    <ActionForm
      id="uh"
      action={setUhSplitAction}
      submitLabel={t("uhSave")}
      successMessage={t("saved")}
      draftKey={`budsjett:${props.id}:uh`}
      labels={{ "amounts.0.amount": t("uhAmounts"), reason: t("uhReason") }}
      primary={false}
    >
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <div className="grid gap-3 md:grid-cols-2">
        {props.rows.map((r, i) => (
          <div key={r.organisationId}>
            <input type="hidden" name={`amounts.${i}.organisationId`} value={r.organisationId} />
            <AmountInput
              name={`amounts.${i}.amount`}
              label={t("uhAmountFor", { name: r.name })}
              description={t("uhProposedHint", { amount: r.proposed.toLocaleString("nb-NO") })}
              defaultValue={r.decided ?? r.proposed}
            />
          </div>
        ))}
      </div>
      <TextArea
        name="reason"
        label={t("uhReason")}
        description={t("uhReasonHint")}
        defaultValue={props.reason}
        rows={3}
      />
    </ActionForm>
  );
}
