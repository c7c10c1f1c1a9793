"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, Fieldset, FieldsetLegend, Radio, ValidationMessage } from "@/components/ds";
import { createNeedsReportAction } from "@/lib/needs-reports/actions";

export type StartOption = { value: string; label: string };

export function NewReportForm({ options }: { options: StartOption[] }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(createNeedsReportAction, null);
  const error = state && !state.ok ? state.fieldErrors?.choice : undefined;
  return (
    <form action={action} className="flex flex-col gap-4">
      <Fieldset id="felt-choice">
        <FieldsetLegend>{t("form.newChoice")}</FieldsetLegend>
        {options.map((o, i) => (
          <Radio key={o.value} name="choice" value={o.value} label={o.label} defaultChecked={options.length === 1 && i === 0} aria-invalid={Boolean(error)} />
        ))}
        {error ? <ValidationMessage>{t(error as "validation.choose")}</ValidationMessage> : null}
      </Fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {t("form.newButton")}
        </Button>
      </div>
    </form>
  );
}
