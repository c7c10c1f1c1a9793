"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { AmountInput, RadioGroup, SelectInput, TextArea } from "@/components/form/inputs";
import { carryLeftoverAction, decideAllocationAction } from "@/lib/allocations/actions";

/** The decision on one report: granted (owner part and UH part, prefilled with a proposal that keeps within the recommendation) or rejected with a reason. */
export function AllocationForm(props: {
  budgetId: string;
  reportId: string;
  version: number;
  owner: string;
  uh: string | null;
  proposal: { owner: number; uh: number };
}) {
  const t = useTranslations("allocation");
  return (
    <ActionForm
      id={`tildeling-${props.reportId}`}
      action={decideAllocationAction}
      submitLabel={t("decide", { owner: props.owner })}
      successMessage={t("decided")}
      draftKey={`tildeling:${props.reportId}`}
      labels={{
        outcome: t("outcome"),
        ownerAmount: t("ownerAmount", { name: props.owner }),
        uhAmount: t("uhAmount", { name: props.uh ?? "UH" }),
        reason: t("reason"),
      }}
    >
      <input type="hidden" name="budgetId" value={props.budgetId} />
      <input type="hidden" name="reportId" value={props.reportId} />
      <input type="hidden" name="version" value={props.version} />
      <RadioGroup
        name="outcome"
        legend={t("outcome")}
        inline
        defaultValue="GRANTED"
        options={[
          { value: "GRANTED", label: t("granted") },
          { value: "REJECTED", label: t("rejected") },
        ]}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <AmountInput
          name="ownerAmount"
          label={t("ownerAmount", { name: props.owner })}
          defaultValue={props.proposal.owner}
        />
        {props.uh ? (
          <AmountInput name="uhAmount" label={t("uhAmount", { name: props.uh })} defaultValue={props.proposal.uh} />
        ) : null}
      </div>
      <TextArea name="reason" label={t("reason")} description={t("reasonHint")} rows={3} />
    </ActionForm>
  );
}

export function CarryForm({
  budgetId,
  version,
  cases,
  current,
}: {
  budgetId: string;
  version: number;
  cases: { value: string; label: string }[];
  current: string | null;
}) {
  const t = useTranslations("allocation");
  return (
    <ActionForm
      id="restmidler"
      action={carryLeftoverAction}
      submitLabel={t("carry")}
      successMessage={t("carried")}
      labels={{ caseId: t("carryCase") }}
      primary={false}
    >
      <input type="hidden" name="budgetId" value={budgetId} />
      <input type="hidden" name="version" value={version} />
      <SelectInput
        name="caseId"
        label={t("carryCase")}
        description={t("carryHint")}
        defaultValue={current}
        options={cases}
        placeholder={t("chooseCase")}
        className="max-w-2xl"
      />
    </ActionForm>
  );
}
