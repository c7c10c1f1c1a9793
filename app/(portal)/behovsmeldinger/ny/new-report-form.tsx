"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import {
  Button,
  Field,
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Label,
  Radio,
  Select,
  SelectOption,
  ValidationMessage,
} from "@/components/ds";
import { createNeedsReportAction } from "@/lib/needs-reports/actions";

export type StartOption = { value: string; label: string };

/** Which round, network and lead owner; and, if wanted, the earlier report to start from and whether its amounts come along. */
export function NewReportForm({ options, sources }: { options: StartOption[]; sources: StartOption[] }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(createNeedsReportAction, null);
  const [from, setFrom] = useState("");
  const error = state && !state.ok ? state.fieldErrors?.choice : undefined;
  const fromError = state && !state.ok ? state.fieldErrors?.from : undefined;
  return (
    <form action={action} className="flex flex-col gap-6">
      <Fieldset id="felt-choice">
        <FieldsetLegend>{t("form.newChoice")}</FieldsetLegend>
        {options.map((o, i) => (
          <Radio
            key={o.value}
            name="choice"
            value={o.value}
            label={o.label}
            defaultChecked={options.length === 1 && i === 0}
            aria-invalid={Boolean(error)}
          />
        ))}
        {error ? <ValidationMessage>{t(error as "validation.choose")}</ValidationMessage> : null}
      </Fieldset>
      {sources.length ? (
        <>
          <Field>
            <Label htmlFor="felt-from">{t("form.newFrom")}</Label>
            <p className="text-sm text-neutral-text-subtle" id="felt-from-hint">
              {t("form.newFromHint")}
            </p>
            <Select
              id="felt-from"
              name="from"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              aria-describedby={fromError ? "felt-from-hint felt-from-feil" : "felt-from-hint"}
              aria-invalid={Boolean(fromError)}
            >
              <SelectOption value="">{t("form.newFromNone")}</SelectOption>
              {sources.map((s) => (
                <SelectOption key={s.value} value={s.value}>
                  {s.label}
                </SelectOption>
              ))}
            </Select>
            {fromError ? <ValidationMessage id="felt-from-feil">{t("form.newFromInvalid")}</ValidationMessage> : null}
          </Field>
          {from ? (
            <Fieldset>
              <FieldsetLegend>{t("form.newAmounts")}</FieldsetLegend>
              <FieldsetDescription>{t("form.newAmountsHint")}</FieldsetDescription>
              <Radio name="amounts" value="keep" label={t("form.newAmountsKeep")} defaultChecked />
              <Radio name="amounts" value="clear" label={t("form.newAmountsClear")} />
            </Fieldset>
          ) : null}
        </>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {t("form.newButton")}
        </Button>
      </div>
    </form>
  );
}
