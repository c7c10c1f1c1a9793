"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ValidationMessage } from "@/components/ds";
import { ActionForm, useActionField } from "@/components/form/action-form";
import { AmountInput, SelectInput, TextArea, TextInput } from "@/components/form/inputs";
import { RowsEditor } from "@/components/form/rows-editor";
import { saveAnnualReportAction } from "@/lib/annual-reports/actions";
import { formatKroner } from "@/lib/money";
import { overspend } from "@/lib/annual-reports/schema";
import { parseAmount } from "@/components/form/fields";

type Ledger = {
  kind: "MONEY" | "SALARY" | "RELEASE_TIME";
  description: string;
  promised: number | null;
  delivered: number | null;
};

export type AnnualReportFormValues = {
  id: string;
  version: number;
  usedOwner: number | null;
  usedUh: number | null;
  unspentPlan: string | null;
  overspendReason: string | null;
  activities: string | null;
  uhContribution: string | null;
  evaluation: string | null;
  criterionLocalNeeds: string | null;
  criterionCollective: string | null;
  criterionPartnership: string | null;
  planOnward: string | null;
  coFinancing: Ledger[];
};

function LedgerFieldset({
  children,
  legend,
  description,
}: {
  children: React.ReactNode;
  legend: string;
  description: string;
}) {
  const { id, error } = useActionField("coFinancing");
  return (
    <fieldset id={id} className="flex flex-col gap-3" aria-describedby={error ? `${id}-feil` : undefined}>
      <legend className="text-lg font-semibold">{legend}</legend>
      <p>{description}</p>
      {error ? <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage> : null}
      {children}
    </fieldset>
  );
}

/** The owner's part of the annual report; granted money and participation are shown, not typed. */
export function AnnualReportForm({
  values,
  granted,
  required,
  hasUh,
}: {
  values: AnnualReportFormValues;
  granted: { owner: number; uh: number };
  required: number;
  hasUh: boolean;
}) {
  const t = useTranslations();
  const a = (k: Parameters<typeof t>[0]) => t(k);
  const kinds = (["SALARY", "RELEASE_TIME", "MONEY"] as const).map((k) => ({
    value: k,
    label: t(`coFinancingKinds.${k}`),
  }));
  return (
    <ActionForm
      id="arsrapport"
      action={saveAnnualReportAction}
      submitLabel={a("annualReports.save")}
      successMessage={a("annualReports.saved")}
      draftKey={`arsrapport:${values.id}`}
      labels={{
        usedOwner: a("annualReports.usedOwner"),
        usedUh: a("annualReports.usedUh"),
        unspentPlan: a("annualReports.unspentPlan"),
        overspendReason: a("annualReports.overspendReason"),
        coFinancing: a("annualReports.coFinancing"),
      }}
    >
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />
      <fieldset className="flex flex-col gap-3">
        <legend className="text-lg font-semibold">{a("annualReports.economy")}</legend>
        <UsedAgainstGranted granted={granted} hasUh={hasUh} values={values} />
        <TextArea
          name="unspentPlan"
          label={a("annualReports.unspentPlan")}
          description={a("annualReports.unspentPlanHint")}
          defaultValue={values.unspentPlan}
          rows={3}
        />
      </fieldset>

      <LedgerFieldset
        legend={a("annualReports.coFinancing")}
        description={`${a("annualReports.coFinancingIntro")} ${required > 0 ? `${t("annualReports.coFinancingRequired", { granted: formatKroner(granted.owner + granted.uh) })}: ${formatKroner(required)}.` : ""}`}
      >
        <RowsEditor<Ledger>
          name="coFinancing"
          initial={values.coFinancing}
          empty={{ kind: "SALARY", description: "", promised: null, delivered: null }}
          max={30}
          addLabel={a("annualReports.addLine")}
          removeLabel={(i) => t("annualReports.removeLine", { n: i + 1 })}
          rowClassName="grid gap-3 rounded border border-neutral-border-subtle p-3 md:grid-cols-[10rem_1fr_10rem_10rem_auto] md:items-end"
          renderRow={(i, row) => (
            <>
              <SelectInput
                name={`coFinancing.${i}.kind`}
                label={t("annualReports.lineKind", { n: i + 1 })}
                defaultValue={row.kind}
                options={kinds}
              />
              <TextInput
                name={`coFinancing.${i}.description`}
                label={t("annualReports.lineDescription", { n: i + 1 })}
                defaultValue={row.description}
              />
              <AmountInput
                name={`coFinancing.${i}.promised`}
                label={t("annualReports.linePromised", { n: i + 1 })}
                defaultValue={row.promised}
              />
              <AmountInput
                name={`coFinancing.${i}.delivered`}
                label={t("annualReports.lineDelivered", { n: i + 1 })}
                defaultValue={row.delivered}
              />
            </>
          )}
        />
      </LedgerFieldset>

      <TextArea
        name="activities"
        label={a("annualReports.activities")}
        description={a("annualReports.activitiesHint")}
        defaultValue={values.activities}
        rows={6}
      />
      <TextArea
        name="uhContribution"
        label={a("annualReports.uhContribution")}
        defaultValue={values.uhContribution}
        rows={4}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="text-lg font-semibold">{a("annualReports.evaluationTitle")}</legend>
        <TextArea name="evaluation" label={a("annualReports.evaluation")} defaultValue={values.evaluation} rows={5} />
        <TextArea
          name="criterionLocalNeeds"
          label={a("annualReports.criterionLocalNeeds")}
          defaultValue={values.criterionLocalNeeds}
          rows={3}
        />
        <TextArea
          name="criterionCollective"
          label={a("annualReports.criterionCollective")}
          defaultValue={values.criterionCollective}
          rows={3}
        />
        <TextArea
          name="criterionPartnership"
          label={a("annualReports.criterionPartnership")}
          defaultValue={values.criterionPartnership}
          rows={3}
        />
      </fieldset>
      <TextArea name="planOnward" label={a("annualReports.planOnward")} defaultValue={values.planOnward} rows={4} />
    </ActionForm>
  );
}

/**
 * Money used per side, each against what was granted: as soon as a typed
 * amount is above the grant the field says by how much, and asks for the
 * reason (without one the report cannot be submitted).
 */
function UsedAgainstGranted({
  granted,
  hasUh,
  values,
}: {
  granted: { owner: number; uh: number };
  hasUh: boolean;
  values: AnnualReportFormValues;
}) {
  const t = useTranslations("annualReports");
  const [used, setUsed] = useState({ owner: values.usedOwner, uh: values.usedUh });
  const above = overspend({ usedOwner: used.owner, usedUh: used.uh }, granted);
  const warn = (n: number) =>
    n > 0 ? (
      <p className="text-sm font-semibold text-warning-text-default" role="status">
        {t("aboveGranted", { amount: formatKroner(n) })}
      </p>
    ) : (
      <span role="status" />
    );
  const track = (side: "owner" | "uh") => (e: React.FormEvent<HTMLDivElement>) => {
    const input = e.target as HTMLInputElement;
    setUsed((u) => ({ ...u, [side]: parseAmount(input.value) }));
  };
  return (
    <>
      <div className="grid gap-4 md:grid-cols-2">
        <div onInput={track("owner")}>
          <AmountInput
            name="usedOwner"
            label={t("usedOwner")}
            description={`${t("granted")}: ${formatKroner(granted.owner)}`}
            defaultValue={values.usedOwner}
          />
          {warn(above.owner)}
        </div>
        {hasUh || granted.uh > 0 ? (
          <div onInput={track("uh")}>
            <AmountInput
              name="usedUh"
              label={t("usedUh")}
              description={`${t("granted")}: ${formatKroner(granted.uh)}`}
              defaultValue={values.usedUh}
            />
            {warn(above.uh)}
          </div>
        ) : (
          <input type="hidden" name="usedUh" value="0" />
        )}
      </div>
      <TextArea
        name="overspendReason"
        label={t("overspendReason")}
        description={t("overspendReasonHint")}
        defaultValue={values.overspendReason}
        rows={3}
      />
    </>
  );
}
