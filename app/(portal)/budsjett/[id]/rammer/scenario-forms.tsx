"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { AmountInput, CheckboxInput, SelectInput, TextInput } from "@/components/form/inputs";
import { createScenarioAction, scenarioStepAction } from "@/lib/budget/actions";

/** A new scenario: name, key and key year; amounts only when trying others than the budget's. */
export function NewScenarioForm({
  budgetId,
  year,
  base,
  proRata,
}: {
  budgetId: string;
  year: number;
  base: number;
  proRata: number;
}) {
  const t = useTranslations("frames");
  return (
    <ActionForm
      id="ny-beregning"
      action={createScenarioAction}
      submitLabel={t("create")}
      successMessage={t("created")}
      draftKey={`rammer:${budgetId}:ny`}
      resetOnSuccess
      labels={{
        name: t("name"),
        key: t("key"),
        keyYear: t("keyYear"),
        baseAmount: t("baseAmount"),
        proRataAmount: t("proRataAmount"),
      }}
    >
      <input type="hidden" name="budgetId" value={budgetId} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextInput name="name" label={t("name")} defaultValue={t("defaultName", { year: year - 1 })} />
        <SelectInput
          name="key"
          label={t("key")}
          defaultValue="TEACHER_FTE"
          options={[
            { value: "TEACHER_FTE", label: t("keys.TEACHER_FTE") },
            { value: "STAFF_FTE", label: t("keys.STAFF_FTE") },
          ]}
        />
        <TextInput
          name="keyYear"
          label={t("keyYear")}
          description={t("keyYearHint")}
          defaultValue={String(year - 1)}
          inputMode="numeric"
        />
        <AmountInput
          name="baseAmount"
          label={t("baseAmount")}
          description={t("amountHint", { amount: base.toLocaleString("nb-NO") })}
        />
        <AmountInput
          name="proRataAmount"
          label={t("proRataAmount")}
          description={t("amountHint", { amount: proRata.toLocaleString("nb-NO") })}
        />
      </div>
    </ActionForm>
  );
}

/** The buttons on one scenario: compute again, delete, or mark as decided (with a confirmation box). */
export function ScenarioSteps({
  id,
  version,
  name,
  decidable,
}: {
  id: string;
  version: number;
  name: string;
  decidable: boolean;
}) {
  const t = useTranslations("frames");
  const hidden = (step: string) => (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="step" value={step} />
    </>
  );
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-3">
        <ActionForm
          id={`beregn-${id}`}
          action={scenarioStepAction}
          submitLabel={t("recompute", { name })}
          primary={false}
          className="flex flex-col gap-2"
        >
          {hidden("recompute")}
        </ActionForm>
        <ActionForm
          id={`slett-${id}`}
          action={scenarioStepAction}
          submitLabel={t("delete", { name })}
          primary={false}
          className="flex flex-col gap-2"
        >
          {hidden("delete")}
        </ActionForm>
      </div>
      {decidable ? (
        <ActionForm
          id={`vedta-${id}`}
          action={scenarioStepAction}
          submitLabel={t("decide", { name })}
          className="flex flex-col gap-2"
          labels={{ confirm: t("confirmLabel") }}
        >
          {hidden("decide")}
          <CheckboxInput name="confirm" label={t("confirmDecide", { name })} />
        </ActionForm>
      ) : null}
    </div>
  );
}
