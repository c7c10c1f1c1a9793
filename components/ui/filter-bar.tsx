import NextLink from "next/link";
import { Button, Field, Label, Select, SelectOption } from "@/components/ds";

/** One choice in a GET filter form (a list's or a dashboard's). */
export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | number | null | undefined;
  options: { value: string | number; label: string }[];
}) {
  const id = `filter-${name}`;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} defaultValue={value ?? ""}>
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}

/** A GET filter form: selects, an apply button and a reset link. */
export function FilterBar({
  label,
  apply,
  reset,
  resetHref,
  children,
}: {
  label: string;
  apply: string;
  reset: string;
  resetHref: string;
  children: React.ReactNode;
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label={label}
      className="grid gap-3 md:grid-cols-3 lg:grid-cols-4 lg:items-end"
    >
      {children}
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          {apply}
        </Button>
        <Button asChild variant="tertiary">
          <NextLink href={resetHref}>{reset}</NextLink>
        </Button>
      </div>
    </form>
  );
}
