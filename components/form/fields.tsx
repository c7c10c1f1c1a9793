"use client";
/**
 * Form fields on Designsystemet, wired to react-hook-form. Every field has a
 * label, an id derived from its path (so the error summary can link to it),
 * and its error next to it (Designsystemet ties it with aria-describedby).
 * Error messages are message keys, translated here.
 */
import { useState } from "react";
import { Controller, get, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import {
  Checkbox,
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Radio,
  Textfield,
  ValidationMessage,
} from "@/components/ds";

import { fieldId } from "@/components/form/field-id";

export { fieldId };

/** The translated error for a path, or undefined. */
export function useFieldError(path: string): string | undefined {
  const t = useTranslations();
  const {
    formState: { errors },
  } = useFormContext();
  const err = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  const key = err?.message ?? err?.root?.message;
  if (!key) return undefined;
  return key.includes(".") ? t(key as "validation.required") : key;
}

type Base = { path: string; label: string; description?: string };

export function TextField({
  path,
  label,
  description,
  multiline,
  autoComplete,
  inputMode,
  rows,
}: Base & {
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: "text" | "tel" | "email" | "numeric";
  rows?: number;
}) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const common = { id: fieldId(path), label, description, error, ...register(path) };
  return multiline ? (
    <Textfield {...common} multiline rows={rows ?? 5} />
  ) : (
    <Textfield {...common} autoComplete={autoComplete} inputMode={inputMode} />
  );
}

const nb = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });
const formatAmount = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? nb.format(v) : "");
/** "150 000", "150.000" or "150000" → 150000; empty → null; anything else → NaN (a validation error, not a silent 0). */
export function parseAmount(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f.]/g, "")
    .replace(/kr$/i, "")
    .replace(/,-$/, "");
  if (cleaned === "") return null;
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Whole kroner. Shows "1 580 000" when not being edited; accepts spaces and dots while typing. */
export function MoneyField({ path, label, description, nullable = false }: Base & { nullable?: boolean }) {
  const { control } = useFormContext();
  const error = useFieldError(path);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => (
        <Textfield
          id={fieldId(path)}
          label={label}
          description={description}
          error={error}
          suffix="kr"
          inputMode="numeric"
          autoComplete="off"
          name={field.name}
          ref={field.ref}
          value={editing ?? formatAmount(field.value)}
          onFocus={() => setEditing(formatAmount(field.value))}
          onChange={(e) => {
            setEditing(e.target.value);
            const parsed = parseAmount(e.target.value);
            field.onChange(parsed === null ? (nullable ? null : Number.NaN) : parsed);
          }}
          onBlur={() => {
            setEditing(null);
            field.onBlur();
          }}
        />
      )}
    />
  );
}

/** A whole number (unit counts); empty is "not answered". */
export function CountField({ path, label }: Base) {
  const { control } = useFormContext();
  const error = useFieldError(path);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => (
        <Textfield
          id={fieldId(path)}
          label={label}
          error={error}
          inputMode="numeric"
          name={field.name}
          ref={field.ref}
          value={
            field.value === null || field.value === undefined || Number.isNaN(field.value) ? "" : String(field.value)
          }
          onChange={(e) =>
            field.onChange(
              e.target.value.trim() === ""
                ? null
                : /^\d+$/.test(e.target.value.trim())
                  ? Number(e.target.value.trim())
                  : Number.NaN,
            )
          }
          onBlur={field.onBlur}
        />
      )}
    />
  );
}

/** Ja / Nei as two radio buttons; null = not answered. */
export function YesNo({ path, legend, description }: { path: string; legend: string; description?: string }) {
  const t = useTranslations("forms");
  const { control } = useFormContext();
  const error = useFieldError(path);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => (
        <Fieldset id={fieldId(path)} tabIndex={-1}>
          <FieldsetLegend>{legend}</FieldsetLegend>
          {description ? <FieldsetDescription>{description}</FieldsetDescription> : null}
          <div className="flex gap-6">
            <Radio
              label={t("yes")}
              name={field.name}
              value="ja"
              checked={field.value === true}
              onChange={() => field.onChange(true)}
              onBlur={field.onBlur}
              aria-invalid={Boolean(error)}
            />
            <Radio
              label={t("no")}
              name={field.name}
              value="nei"
              checked={field.value === false}
              onChange={() => field.onChange(false)}
              onBlur={field.onBlur}
              aria-invalid={Boolean(error)}
            />
          </div>
          {error ? <ValidationMessage>{error}</ValidationMessage> : null}
        </Fieldset>
      )}
    />
  );
}

/** A group of checkboxes editing an array of values. */
export function CheckboxGroup<V extends string>({
  path,
  legend,
  description,
  options,
}: {
  path: string;
  legend: string;
  description?: string;
  options: { value: V; label: string }[];
}) {
  const { control } = useFormContext();
  const error = useFieldError(path);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => {
        const values = (field.value as V[] | undefined) ?? [];
        return (
          <Fieldset id={fieldId(path)} tabIndex={-1}>
            <FieldsetLegend>{legend}</FieldsetLegend>
            {description ? <FieldsetDescription>{description}</FieldsetDescription> : null}
            {options.map((o) => (
              <Checkbox
                key={o.value}
                label={o.label}
                value={o.value}
                checked={values.includes(o.value)}
                aria-invalid={Boolean(error)}
                onChange={(e) =>
                  field.onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))
                }
                onBlur={field.onBlur}
              />
            ))}
            {error ? <ValidationMessage>{error}</ValidationMessage> : null}
          </Fieldset>
        );
      }}
    />
  );
}

/** A single checkbox bound to a boolean. */
export function CheckboxField({ path, label }: { path: string; label: string }) {
  const { control } = useFormContext();
  const error = useFieldError(path);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => (
        <div id={fieldId(path)} tabIndex={-1}>
          <Checkbox
            label={label}
            checked={Boolean(field.value)}
            onChange={(e) => field.onChange(e.target.checked)}
            onBlur={field.onBlur}
            aria-invalid={Boolean(error)}
          />
          {error ? <ValidationMessage>{error}</ValidationMessage> : null}
        </div>
      )}
    />
  );
}
