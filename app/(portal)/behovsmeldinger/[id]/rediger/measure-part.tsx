"use client";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Field,
  Label,
  ValidationMessage,
} from "@/components/ds";
import {
  CheckboxField,
  CheckboxGroup,
  MoneyField,
  TextField,
  YesNo,
  fieldId,
  useFieldError,
} from "@/components/form/fields";
import { formatKroner, kronerOrZero } from "@/lib/money";
import type { NeedsReportDraft } from "@/lib/needs-reports/schema";
import { coordinatorAboveLimit, sumLines, SCHEME_VALUES, PURPOSE_VALUES } from "@/lib/needs-reports/draft";
import { useDates } from "@/lib/i18n/use-dates";

function BudgetLines({ index, side }: { index: number; side: "ownerLines" | "uhLines" }) {
  const t = useTranslations("form");
  const { control } = useFormContext<NeedsReportDraft>();
  const path = `measures.${index}.${side}` as const;
  const { fields, append, remove } = useFieldArray({ control, name: path });
  const lines = useWatch({ control, name: path }) ?? [];
  const amount = useWatch({ control, name: `measures.${index}.${side === "ownerLines" ? "ownerAmount" : "uhAmount"}` });
  const error = useFieldError(path);
  const sum = sumLines(lines.map((l) => ({ amount: kronerOrZero(l?.amount) })));
  const diff = sum - kronerOrZero(amount);
  return (
    <Fieldset id={fieldId(path)} tabIndex={-1}>
      <FieldsetLegend>{side === "ownerLines" ? t("official.ownerLines") : t("official.uhLines")}</FieldsetLegend>
      {fields.map((f, j) => (
        <div key={f.id} className="grid gap-3 border-l-4 border-neutral-border-subtle pl-4 md:grid-cols-[2fr_1fr]">
          <TextField path={`${path}.${j}.title`} label={`${t("lineTitle")} ${j + 1}`} />
          <MoneyField
            path={`${path}.${j}.amount`}
            label={t("official.lineAmount", { line: t("lineTitle"), n: j + 1 })}
          />
          <div className="md:col-span-2">
            <TextField
              path={`${path}.${j}.description`}
              label={t("official.lineDescription", { description: t("lineDescription"), n: j + 1 })}
              multiline
              rows={3}
            />
          </div>
          <div>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(j)}>
              {t("removeLine")} {j + 1}
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => append({ title: "", description: "", amount: 0 })}
        >
          {t("addLine")}
        </Button>
      </div>
      <p aria-live="polite" className={diff === 0 ? "text-success-text-default" : "text-warning-text-default"}>
        {t("linesSum", { sum: formatKroner(sum), amount: formatKroner(kronerOrZero(amount)) })}{" "}
        {diff === 0 ? t("linesMatch") : t("linesDiffer", { diff: formatKroner(diff) })}
      </p>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

function Semesters({ index, roundYear }: { index: number; roundYear: number }) {
  const t = useTranslations("form");
  const { control } = useFormContext<NeedsReportDraft>();
  const { formatSemester } = useDates();
  const path = `measures.${index}.semesters` as const;
  const options = [roundYear - 1, roundYear, roundYear + 1, roundYear + 2].flatMap((year) =>
    (["VAR", "HOST"] as const).map((term) => ({ term, year })),
  );
  const value = useWatch({ control, name: path }) ?? [];
  const error = useFieldError(path);
  const { setValue } = useFormContext<NeedsReportDraft>();
  return (
    <Fieldset id={fieldId(path)} tabIndex={-1}>
      <FieldsetLegend>{t("official.duration")}</FieldsetLegend>
      <div className="grid grid-cols-2 gap-x-6 md:grid-cols-4">
        {options.map((s) => {
          const checked = value.some((v) => v.term === s.term && v.year === s.year);
          return (
            <Checkbox
              key={`${s.term}${s.year}`}
              label={formatSemester(s)}
              checked={checked}
              aria-invalid={Boolean(error)}
              onChange={(e) =>
                setValue(
                  path,
                  e.target.checked ? [...value, s] : value.filter((v) => !(v.term === s.term && v.year === s.year)),
                  { shouldDirty: true },
                )
              }
            />
          );
        })}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

function LaterNeeds({ index, roundYear }: { index: number; roundYear: number }) {
  const t = useTranslations("form");
  const terms = useTranslations("measureForm");
  const { control, register } = useFormContext<NeedsReportDraft>();
  const path = `measures.${index}.laterNeeds` as const;
  const { fields, append, remove } = useFieldArray({ control, name: path });
  return (
    <Fieldset>
      <FieldsetLegend>{t("official.laterNeeds")}</FieldsetLegend>
      {fields.map((f, j) => (
        <div key={f.id} className="grid gap-3 border-l-4 border-neutral-border-subtle pl-4 md:grid-cols-4">
          <Field>
            <Label htmlFor={fieldId(`${path}.${j}.term`)}>{t("term")}</Label>
            <Select
              id={fieldId(`${path}.${j}.term`)}
              {...register(`${path}.${j}.term`, { setValueAs: (v) => (v === "" ? null : v) })}
            >
              <SelectOption value="">{t("wholeYear")}</SelectOption>
              <SelectOption value="VAR">{terms("spring")}</SelectOption>
              <SelectOption value="HOST">{terms("autumn")}</SelectOption>
            </Select>
          </Field>
          <Field>
            <Label htmlFor={fieldId(`${path}.${j}.year`)}>{t("year")}</Label>
            <Select id={fieldId(`${path}.${j}.year`)} {...register(`${path}.${j}.year`, { valueAsNumber: true })}>
              {[1, 2, 3, 4].map((k) => (
                <SelectOption key={k} value={String(roundYear + k)}>
                  {roundYear + k}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <MoneyField path={`${path}.${j}.ownerAmount`} label={t("ownerAmount")} nullable />
          <MoneyField path={`${path}.${j}.uhAmount`} label={t("uhAmount")} nullable />
          <div className="md:col-span-2">
            <TextField path={`${path}.${j}.ownerReason`} label={t("ownerReason")} multiline rows={3} />
          </div>
          <div className="md:col-span-2">
            <TextField path={`${path}.${j}.uhReason`} label={t("uhReason")} multiline rows={3} />
          </div>
          <div>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(j)}>
              {t("removeRow")}
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() =>
            append({
              term: null,
              year: roundYear + 1,
              ownerAmount: null,
              ownerReason: "",
              uhAmount: null,
              uhReason: "",
            })
          }
        >
          {t("addPeriod")}
        </Button>
      </div>
    </Fieldset>
  );
}

export function MeasurePart({
  index,
  roundYear,
  onRemove,
}: {
  index: number;
  roundYear: number;
  onRemove: () => void;
}) {
  const t = useTranslations();
  const { control } = useFormContext<NeedsReportDraft>();
  const m = useWatch({ control, name: `measures.${index}` });
  const schemeError = useFieldError(`measures.${index}.scheme`);
  const { register } = useFormContext<NeedsReportDraft>();
  const total = kronerOrZero(m?.ownerAmount) + kronerOrZero(m?.uhAmount);
  const overLimit = m
    ? coordinatorAboveLimit({ ...m, ownerAmount: kronerOrZero(m.ownerAmount), uhAmount: kronerOrZero(m.uhAmount) })
    : false;
  const p = (s: string) => `measures.${index}.${s}`;
  return (
    <section
      aria-labelledby={`tiltak-${index + 1}-tittel`}
      id={`tiltak-${index + 1}`}
      className="flex flex-col gap-5 rounded-md border border-neutral-border-subtle p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level={3} data-size="sm" id={`tiltak-${index + 1}-tittel`}>
          {m?.name
            ? t("form.official.measureHeadingNamed", { n: index + 1, name: m.name })
            : t("form.official.measureHeading", { n: index + 1 })}
        </Heading>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove}>
          {t("form.removeMeasure", { n: index + 1 })}
        </Button>
      </div>
      <TextField path={p("name")} label={t("form.measureName")} />
      <Field>
        <Label htmlFor={fieldId(p("scheme"))}>{t("form.scheme")}</Label>
        <Select id={fieldId(p("scheme"))} aria-invalid={Boolean(schemeError)} {...register(`measures.${index}.scheme`)}>
          {SCHEME_VALUES.map((s) => (
            <SelectOption key={s} value={s}>
              {t(`schemes.${s}`)}
            </SelectOption>
          ))}
        </Select>
        {schemeError ? <ValidationMessage>{schemeError}</ValidationMessage> : null}
      </Field>
      <div className="grid gap-4 md:grid-cols-3">
        <MoneyField path={p("ownerAmount")} label={t("form.official.ownerGrant")} description={t("form.amountHint")} />
        <MoneyField path={p("uhAmount")} label={t("form.official.uhGrant")} description={t("form.amountHint")} />
        <div>
          <p className="font-semibold">{t("form.measureTotal")}</p>
          <p className="num text-left" aria-live="polite">
            {formatKroner(total)}
          </p>
        </div>
      </div>
      <CheckboxGroup
        path={p("purposes")}
        legend={t("form.official.purposes")}
        options={PURPOSE_VALUES.map((v) => ({ value: v, label: t(`purposes.${v}`) }))}
      />
      <TextField path={p("anchoringText")} multiline label={t("form.official.anchoring")} />
      <TextField path={p("collectiveText")} multiline label={t("form.official.collective")} />
      <TextField path={p("teacherEducationText")} multiline label={t("form.official.teacherEducation")} />
      <TextField
        path={p("longTermPlanPoints")}
        label={t("form.official.planPoints")}
        description={t("form.official.planPointsHint")}
      />
      <TextField path={p("longTermPlanText")} multiline label={t("form.official.longTermPlan")} />
      <TextField
        path={p("ownerUsageText")}
        multiline
        rows={3}
        label={t("form.official.ownerUsage", { text: t("form.usageText") })}
      />
      <BudgetLines index={index} side="ownerLines" />
      <TextField
        path={p("uhUsageText")}
        multiline
        rows={3}
        label={t("form.official.uhUsage", { text: t("form.usageText") })}
      />
      <BudgetLines index={index} side="uhLines" />
      <Fieldset>
        <FieldsetLegend>{t("form.official.coordinatorPart")}</FieldsetLegend>
        <YesNo
          path={p("coordinatorNeeded")}
          legend={t("form.official.coordinatorNeeded")}
          description={t("form.official.coordinatorHint")}
        />
        {m?.coordinatorNeeded ? (
          <>
            <TextField path={p("coordinatorText")} multiline label={t("form.official.coordinatorText")} />
            <MoneyField path={p("coordinatorAmount")} label={t("form.coordinatorAmount")} nullable />
            {overLimit ? (
              <Alert data-color="warning">
                <Paragraph>{t("warnings.coordinatorShare")}</Paragraph>
                <CheckboxField path={p("coordinatorAcknowledged")} label={t("form.coordinatorAck")} />
              </Alert>
            ) : null}
          </>
        ) : null}
      </Fieldset>
      <Semesters index={index} roundYear={roundYear} />
      <LaterNeeds index={index} roundYear={roundYear} />
      <TextField path={p("targetGroup")} multiline rows={3} label={t("form.official.targetGroup")} />
    </section>
  );
}
