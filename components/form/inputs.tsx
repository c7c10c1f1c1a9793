"use client";
/**
 * Uncontrolled fields for ActionForm, on Designsystemet. Each has a label, an
 * id the error summary links to, and its error next to it (tied with
 * aria-describedby by Designsystemet).
 */
import {
  Checkbox,
  Field,
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Label,
  Radio,
  Select,
  SelectOption,
  Textfield,
  ValidationMessage,
} from "@/components/ds";
import { useActionField } from "@/components/form/action-form";

type Base = { name: string; label: string; description?: string; className?: string };

const nb = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });
/** 1580000 → "1 580 000" (plain spaces, easy to edit). */
export const amountText = (v: number | null | undefined) =>
  typeof v === "number" ? nb.format(v).replace(/[\u00a0\u202f]/g, " ") : "";

export function TextInput({
  name,
  label,
  description,
  className,
  defaultValue,
  type,
  autoComplete,
  inputMode,
  suffix,
}: Base & {
  defaultValue?: string | null;
  type?: "text" | "email" | "url" | "date" | "time" | "tel";
  autoComplete?: string;
  inputMode?: "text" | "decimal" | "numeric";
  suffix?: string;
}) {
  const { id, error } = useActionField(name);
  return (
    <Textfield
      id={id}
      name={name}
      label={label}
      description={description}
      error={error}
      className={className}
      defaultValue={defaultValue ?? ""}
      type={type ?? "text"}
      autoComplete={autoComplete ?? "off"}
      inputMode={inputMode}
      suffix={suffix}
    />
  );
}

export function TextArea({
  name,
  label,
  description,
  className,
  defaultValue,
  rows,
}: Base & { defaultValue?: string | null; rows?: number }) {
  const { id, error } = useActionField(name);
  return (
    <Textfield
      id={id}
      name={name}
      label={label}
      description={description}
      error={error}
      className={className}
      defaultValue={defaultValue ?? ""}
      multiline
      rows={rows ?? 4}
    />
  );
}

/** Whole kroner; accepts "1 580 000", "1.580.000" and "1580000 kr". */
export function AmountInput({ defaultValue, ...props }: Base & { defaultValue?: number | null }) {
  return <TextInput {...props} defaultValue={amountText(defaultValue)} suffix="kr" inputMode="numeric" />;
}

export function SelectInput({
  name,
  label,
  description,
  className,
  defaultValue,
  options,
  placeholder,
}: Base & { defaultValue?: string | null; options: { value: string; label: string }[]; placeholder?: string }) {
  const { id, error } = useActionField(name);
  return (
    <Field className={className}>
      <Label htmlFor={id}>{label}</Label>
      {description ? <p className="text-sm text-neutral-text-subtle">{description}</p> : null}
      <Select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-feil` : undefined}
      >
        {placeholder !== undefined ? <SelectOption value="">{placeholder}</SelectOption> : null}
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
      {error ? <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage> : null}
    </Field>
  );
}

export function RadioGroup({
  name,
  legend,
  description,
  defaultValue,
  options,
  inline,
}: {
  name: string;
  legend: string;
  description?: string;
  defaultValue?: string | null;
  options: { value: string; label: string; description?: string }[];
  inline?: boolean;
}) {
  const { id, error } = useActionField(name);
  return (
    <Fieldset id={id} tabIndex={-1}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? <FieldsetDescription>{description}</FieldsetDescription> : null}
      <div className={inline ? "flex flex-wrap gap-x-6" : "flex flex-col"}>
        {options.map((o) => (
          <Radio
            key={o.value}
            name={name}
            value={o.value}
            label={o.label}
            description={o.description}
            defaultChecked={defaultValue === o.value}
            aria-invalid={Boolean(error)}
          />
        ))}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

export function CheckboxInput({
  name,
  label,
  description,
  defaultChecked,
  value,
}: Base & { defaultChecked?: boolean; value?: string }) {
  const { id, error } = useActionField(name);
  return (
    <div id={id} tabIndex={-1}>
      <Checkbox
        name={name}
        value={value ?? "on"}
        label={label}
        description={description}
        defaultChecked={defaultChecked}
        aria-invalid={Boolean(error)}
      />
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </div>
  );
}

/** Several choices under one name (a checkbox each), with one error for the group. */
export function CheckboxList({
  name,
  legend,
  description,
  options,
  defaultValues,
}: {
  name: string;
  legend: string;
  description?: string;
  options: { value: string; label: string; description?: string }[];
  defaultValues?: readonly string[];
}) {
  const { id, error } = useActionField(name);
  return (
    <Fieldset id={id} tabIndex={-1}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? <FieldsetDescription>{description}</FieldsetDescription> : null}
      <div className="flex flex-col">
        {options.map((o) => (
          <Checkbox
            key={o.value}
            name={name}
            value={o.value}
            label={o.label}
            description={o.description}
            defaultChecked={defaultValues?.includes(o.value)}
            aria-invalid={Boolean(error)}
          />
        ))}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

/** A file picker (e.g. a PDF attachment or a CSV file). */
export function FileInput({ name, label, description, accept }: Base & { accept: string }) {
  const { id, error } = useActionField(name);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? (
        <p className="text-sm text-neutral-text-subtle" id={`${id}-beskrivelse`}>
          {description}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={Boolean(error)}
        aria-describedby={
          [description ? `${id}-beskrivelse` : "", error ? `${id}-feil` : ""].filter(Boolean).join(" ") || undefined
        }
        className="block w-full max-w-xl rounded border border-neutral-border-default p-2"
      />
      {error ? <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage> : null}
    </Field>
  );
}
