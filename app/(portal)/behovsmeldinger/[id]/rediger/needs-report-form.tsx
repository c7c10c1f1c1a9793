"use client";
import { DataTable } from "@/components/ui/data-table";
import { useEffect, useMemo, useState } from "react";
import NextLink from "next/link";
import { FormProvider, useFieldArray, useForm, useFormContext, useWatch, type Resolver } from "react-hook-form";
import { useTranslations } from "next-intl";
import {
  Alert,
  Button,
  Field,
  Fieldset,
  FieldsetLegend,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
  ValidationMessage,
} from "@/components/ds";
import { FormErrorSummary, WarningSummary } from "@/components/form/issue-summary";
import { CheckboxGroup, CountField, TextField, YesNo, fieldId, useFieldError } from "@/components/form/fields";
import type { NeedsReportDraft, draftSchema } from "@/lib/needs-reports/schema";
import { emptyMeasure, SCHEME_VALUES, warningsFor } from "@/lib/needs-reports/draft";
import { reportTotals, SCHEMES } from "@/lib/needs-reports/totals";
import { formatKroner, kronerOrZero } from "@/lib/money";
import { MeasurePart } from "./measure-part";
import { readBackup, useAutosave, type SaveStatus } from "./use-autosave";
import { changedPaths, SECTIONS, sectionOf } from "./sections";
import { pathLabel, valueAt } from "@/lib/needs-reports/compare";

export type FormProps = {
  id: string;
  version: number;
  roundYear: number;
  /** The schemes the round offers (a scheme chosen earlier stays visible so it can be unticked). */
  roundSchemes: readonly string[];
  networkName: string;
  leadOwnerName: string;
  draft: NeedsReportDraft;
  owners: { id: string; name: string }[];
  uhInstitutions: { id: string; name: string; children: { id: string; name: string }[] }[];
};

function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-tittel`}
      className="flex scroll-mt-4 flex-col gap-4 border-t border-neutral-border-subtle pt-6"
    >
      <Heading level={2} data-size="sm" id={`${id}-tittel`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

const timeFmt = new Intl.DateTimeFormat("nb-NO", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Oslo" });
const dateFmt = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "long", timeZone: "Europe/Oslo" });

function StatusLine({ status }: { status: SaveStatus }) {
  const t = useTranslations("form");
  const text =
    status.kind === "saving"
      ? t("saving")
      : status.kind === "saved"
        ? t("savedAt", { time: timeFmt.format(status.at).replace(":", ".") })
        : status.kind === "invalid"
          ? t("savedExceptErrors")
          : status.kind === "dirty" ||
              status.kind === "offline" ||
              status.kind === "signed-out" ||
              status.kind === "conflict"
            ? t("localOnly")
            : "";
  return (
    <p role="status" aria-live="polite" className="text-sm text-neutral-text-subtle">
      {text}
    </p>
  );
}

function Totals() {
  const t = useTranslations();
  const measures = useWatch<NeedsReportDraft, "measures">({ name: "measures" }) ?? [];
  const totals = reportTotals(
    measures.map((m) => ({
      scheme: m.scheme,
      ownerAmount: kronerOrZero(m.ownerAmount),
      uhAmount: kronerOrZero(m.uhAmount),
    })),
  );
  return (
    <DataTable caption={t("form.official.totalsCaption")}>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">{t("form.official.scheme")}</TableHeaderCell>
          <TableHeaderCell scope="col" className="num">
            {t("form.official.owner")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="num">
            {t("form.official.uh")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="num">
            {t("form.official.total")}
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {SCHEMES.map((s) => (
          <TableRow key={s}>
            <TableHeaderCell scope="row">{t(`schemes.${s}`)}</TableHeaderCell>
            <TableCell className="num">{formatKroner(totals.byScheme[s].owner)}</TableCell>
            <TableCell className="num">{formatKroner(totals.byScheme[s].uh)}</TableCell>
            <TableCell className="num">{formatKroner(totals.byScheme[s].total)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFoot>
        <TableRow>
          <TableHeaderCell scope="row">{t("form.official.sum")}</TableHeaderCell>
          <TableCell className="num font-semibold">{formatKroner(totals.total.owner)}</TableCell>
          <TableCell className="num font-semibold">{formatKroner(totals.total.uh)}</TableCell>
          <TableCell className="num font-semibold">{formatKroner(totals.total.total)}</TableCell>
        </TableRow>
      </TableFoot>
    </DataTable>
  );
}

function Rows({
  name,
  fields,
  suggest = [],
}: {
  name: "partners" | "codetermination.participants";
  fields: { key: string; label: string; kind?: "select" }[];
  suggest?: string[];
}) {
  const t = useTranslations("form");
  const { fields: rows, append, remove } = useFieldArray<NeedsReportDraft, typeof name>({ name });
  const current = (useWatch<NeedsReportDraft>({ name }) ?? []) as { name?: string | null }[];
  // The owners chosen in part 2 that are not yet a row: one click each (part 14 of the form lists the same partners).
  const missing = suggest.filter((n) => !current.some((r) => (r.name ?? "").trim().toLowerCase() === n.toLowerCase()));
  const addOwner = (names: string[]) =>
    append(names.map((n) => ({ name: n, contactPerson: "", kind: "OWNER" as const })) as never);
  return (
    <div className="flex flex-col gap-3">
      {missing.length ? (
        <div className="flex flex-col gap-2 rounded bg-neutral-background-tinted p-3">
          <p>{t("partnerSuggest")}</p>
          <ul className="flex flex-wrap gap-2">
            {missing.map((n) => (
              <li key={n}>
                <Button type="button" variant="secondary" data-size="sm" onClick={() => addOwner([n])}>
                  {t("partnerAdd", { name: n })}
                </Button>
              </li>
            ))}
            {missing.length > 1 ? (
              <li>
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => addOwner(missing)}>
                  {t("partnerAddAll", { count: missing.length })}
                </Button>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      {rows.map((row, i) => (
        <div key={row.id} className="grid items-end gap-3 md:grid-cols-[2fr_2fr_1fr_auto]">
          {fields.map((f) =>
            f.kind === "select" ? (
              <KindSelect key={f.key} path={`${name}.${i}.${f.key}`} label={`${f.label} (rad ${i + 1})`} />
            ) : (
              <TextField key={f.key} path={`${name}.${i}.${f.key}`} label={`${f.label} (rad ${i + 1})`} />
            ),
          )}
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)}>
            {t("removeRow")} {i + 1}
          </Button>
        </div>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() =>
            append(
              name === "partners" ? { name: "", contactPerson: "", kind: "OWNER" } : ({ role: "", name: "" } as never),
            )
          }
        >
          {t("addRow")}
        </Button>
      </div>
    </div>
  );
}

function KindSelect({ path, label }: { path: string; label: string }) {
  const t = useTranslations("form.official");
  const { register } = useFormContextTyped();
  return (
    <Field>
      <Label htmlFor={fieldId(path)}>{label}</Label>
      <Select id={fieldId(path)} {...register(path as "partners.0.kind")}>
        <SelectOption value="OWNER">{t("owner")}</SelectOption>
        <SelectOption value="UH">{t("uh")}</SelectOption>
      </Select>
    </Field>
  );
}

const useFormContextTyped = () => useFormContext<NeedsReportDraft>();

function UhChoice({ institutions }: { institutions: FormProps["uhInstitutions"] }) {
  const t = useTranslations("form");
  const { register, setValue } = useFormContextTyped();
  const institutionId = useWatch<NeedsReportDraft, "uhInstitutionId">({ name: "uhInstitutionId" });
  const error = useFieldError("uhInstitutionId");
  const units = institutions.find((i) => i.id === institutionId)?.children ?? [];
  return (
    <>
      <Field>
        <Label htmlFor={fieldId("uhInstitutionId")}>{t("uhInstitution")}</Label>
        <Select
          id={fieldId("uhInstitutionId")}
          aria-invalid={Boolean(error)}
          {...register("uhInstitutionId", {
            setValueAs: (v) => (v === "" ? null : v),
            onChange: () => setValue("uhUnitIds", []),
          })}
        >
          <SelectOption value="">{t("chooseUh")}</SelectOption>
          {institutions.map((i) => (
            <SelectOption key={i.id} value={i.id}>
              {i.name}
            </SelectOption>
          ))}
        </Select>
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Field>
      {units.length ? (
        <CheckboxGroup
          path="uhUnitIds"
          legend={t("uhUnits")}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
        />
      ) : null}
    </>
  );
}

function Contact({ side }: { side: "owner" | "uh" }) {
  const t = useTranslations("form");
  const p = (k: string) => `contacts.${side}.${k}`;
  return (
    <Fieldset>
      <FieldsetLegend>{side === "owner" ? t("official.contactOwner") : t("official.contactUh")}</FieldsetLegend>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField path={p("name")} label={t("contactName")} autoComplete="off" />
        <TextField path={p("role")} label={t("contactRole")} />
        <TextField path={p("phone")} label={t("phone")} inputMode="tel" />
        <TextField path={p("email")} label={t("email")} inputMode="email" />
        <TextField
          path={p("accountNumber")}
          label={t("accountNumber")}
          description={t("accountHint")}
          inputMode="numeric"
        />
        <TextField path={p("orgNumber")} label={t("orgNumber")} description={t("orgHint")} inputMode="numeric" />
      </div>
      <TextField path={p("paymentMarking")} label={t("paymentMarking")} />
    </Fieldset>
  );
}

/** All errors in the form as links to their fields, in form order. */
function collectErrors(errors: object, prefix = ""): { path: string; message: string }[] {
  return Object.entries(errors).flatMap(([k, v]) => {
    if (!v || typeof v !== "object") return [];
    const path = prefix ? `${prefix}.${k}` : k;
    const own =
      typeof (v as { message?: unknown }).message === "string"
        ? [{ path, message: (v as { message: string }).message }]
        : [];
    const root = (v as { root?: { message?: string } }).root?.message
      ? [{ path, message: (v as { root: { message: string } }).root.message }]
      : [];
    const nested = Object.entries(v)
      .filter(([kk]) => !["message", "type", "ref", "root", "types"].includes(kk))
      .flatMap(([kk, vv]) => (vv && typeof vv === "object" ? collectErrors({ [kk]: vv }, path) : []));
    return [...own, ...root, ...nested];
  });
}

/**
 * zod and the form's schema (41 kB gzipped) load after the page has shown: the form
 * validates with them from the first change on, as before; warnings appear once loaded.
 */
type Validation = { schema: typeof draftSchema; resolver: Resolver<NeedsReportDraft> };
let validation: Promise<Validation> | null = null;
function loadValidation(): Promise<Validation> {
  validation ??= Promise.all([import("@hookform/resolvers/zod"), import("@/lib/needs-reports/schema")]).then(
    ([{ zodResolver }, { draftSchema: schema }]) => ({
      schema,
      resolver: zodResolver(schema) as never,
    }),
  );
  return validation;
}
const lazyResolver: Resolver<NeedsReportDraft> = async (values, context, options) =>
  (await loadValidation()).resolver(values, context, options);

export function NeedsReportForm(props: FormProps) {
  const t = useTranslations();
  const form = useForm<NeedsReportDraft>({ defaultValues: props.draft, resolver: lazyResolver, mode: "onBlur" });
  const [schema, setSchema] = useState<typeof draftSchema | null>(null);
  useEffect(() => {
    void loadValidation().then((v) => setSchema(() => v.schema));
  }, []);
  const { status, save, resolveConflict } = useAutosave(props.id, props.version, form);
  const { fields: measures, append, remove } = useFieldArray({ control: form.control, name: "measures" });
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const values = useWatch({ control: form.control }) as NeedsReportDraft;
  const warnings = useMemo(() => {
    if (!schema) return [];
    try {
      return warningsFor(schema.parse(values));
    } catch {
      return [];
    }
  }, [values, schema]);

  // A copy kept in this browser that the portal does not have yet (reload, expired session, network loss): bring it back.
  useEffect(() => {
    const backup = readBackup(props.id);
    if (!backup) return;
    if (JSON.stringify(backup.values) === JSON.stringify(props.draft)) return;
    form.reset(backup.values, { keepDefaultValues: true });
    setRestoredAt(backup.at);
    if (backup.baseVersion === props.version) void save();
    // Older base: someone saved in between; the save reports the conflict and shows what changed.
    else void save();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const errors = collectErrors(form.formState.errors);
  const measuresError = (form.formState.errors.measures as { message?: string } | undefined)?.message;
  const tr = (key: string) => (key.includes(".") ? t(key as "validation.required") : key);
  const fieldName = (key: string) => (t.has(`form.paths.${key}`) ? t(`form.paths.${key}` as "form.paths.name") : key);
  const yesNo = { yes: t("common.yes"), no: t("common.no") };

  return (
    <FormProvider {...form}>
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <nav aria-label={t("form.overview")} className="lg:sticky lg:top-4 lg:self-start">
          <Heading level={2} data-size="xs">
            {t("form.overview")}
          </Heading>
          <ul className="mt-2 flex flex-col gap-1">
            {SECTIONS.map((key) => {
              const count = errors.filter((e) => sectionOf(e.path) === key).length;
              return (
                <li key={key}>
                  <Link href={`#${key}`}>
                    {t(`form.sections.${key}`)}
                    {count ? (
                      <span className="ml-1 text-danger-text-default">
                        {t("form.official.errorsInPart", { count })}
                      </span>
                    ) : null}
                  </Link>
                </li>
              );
            })}
          </ul>
          <div className="mt-4 flex flex-col gap-2">
            <StatusLine status={status} />
            {status.kind === "conflict" ? (
              // Next to the save status, where the eye goes after typing (sticky beside the form on a wide screen, along the
              // bottom of a narrow one): who saved, when, and the two ways on. What changed is listed above the form.
              <div
                role="alert"
                className="flex flex-col gap-2 rounded border-2 border-danger-border-default bg-danger-background-tinted p-3 max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-20 max-lg:rounded-none"
              >
                <p className="font-semibold">{t("form.conflictTitle")}</p>
                <p>
                  {status.theirs.savedBy
                    ? t("form.conflictBy", {
                        name: status.theirs.savedBy,
                        time: timeFmt.format(new Date(status.theirs.savedAt)).replace(":", "."),
                        date: dateFmt.format(new Date(status.theirs.savedAt)),
                      })
                    : t("form.conflictAt", {
                        time: timeFmt.format(new Date(status.theirs.savedAt)).replace(":", "."),
                        date: dateFmt.format(new Date(status.theirs.savedAt)),
                      })}{" "}
                  <Link href="#konflikt">{t("form.conflictSee")}</Link>
                </p>
                <Button type="button" data-size="sm" onClick={() => void resolveConflict("mine", status.theirs)}>
                  {t("form.conflictKeepMine")}
                </Button>
                <Button
                  type="button"
                  data-size="sm"
                  variant="secondary"
                  onClick={() => void resolveConflict("theirs", status.theirs)}
                >
                  {t("form.conflictTakeTheirs")}
                </Button>
              </div>
            ) : null}
            <Button type="button" variant="secondary" onClick={() => void save()}>
              {t("form.save")}
            </Button>
            <Button asChild>
              <NextLink
                href={`/behovsmeldinger/${props.id}/send-inn`}
                onClick={(e) => {
                  e.preventDefault();
                  void save().then((ok) => {
                    if (ok || form.formState.isDirty === false)
                      window.location.assign(`/behovsmeldinger/${props.id}/send-inn`);
                  });
                }}
              >
                {t("form.checkAndSubmit")}
              </NextLink>
            </Button>
          </div>
        </nav>

        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          noValidate
          className="flex min-w-0 flex-col gap-6"
          aria-label={t("form.editTitle", { year: props.roundYear, network: props.networkName })}
        >
          {restoredAt ? (
            <Alert data-color="info">
              <Heading level={2} data-size="xs">
                {t("form.restoredTitle")}
              </Heading>
              <Paragraph>
                {t("form.restoredText", {
                  time: new Date(restoredAt).toLocaleString("nb-NO", { timeZone: "Europe/Oslo" }),
                })}
              </Paragraph>
            </Alert>
          ) : null}
          {status.kind === "signed-out" ? (
            <Alert data-color="warning" role="alert">
              <Paragraph>{t("form.sessionExpired")}</Paragraph>
              <Paragraph>
                <Link href={`/logg-inn?tilbake=${encodeURIComponent(`/behovsmeldinger/${props.id}/rediger`)}`}>
                  {t("form.signInAgain")}
                </Link>
              </Paragraph>
            </Alert>
          ) : null}
          {status.kind === "offline" ? (
            <Alert data-color="warning" role="alert">
              {t("form.offline")}
            </Alert>
          ) : null}
          {status.kind === "conflict" ? (
            <Alert data-color="danger" id="konflikt" tabIndex={-1}>
              <Heading level={2} data-size="xs">
                {t("form.conflictChangedTitle")}
              </Heading>
              <Paragraph>{t("form.conflictText")}</Paragraph>
              <ul className="list-disc pl-6">
                {[...new Set(changedPaths(form.getValues(), status.theirs.draft).map(sectionOf))].map((key) => (
                  <li key={key}>{t(`form.sections.${key}`)}</li>
                ))}
              </ul>
              <details className="mt-2">
                <summary>{t("form.conflictDetails")}</summary>
                <ul className="list-disc pl-6">
                  {changedPaths(form.getValues(), status.theirs.draft)
                    .slice(0, 20)
                    .map((path) => (
                      <li key={path}>
                        {pathLabel(path, fieldName)}: {t("form.conflictTheirs")} «
                        {valueAt(status.theirs.draft, path, yesNo)}», {t("form.conflictMine")} «
                        {valueAt(form.getValues(), path, yesNo)}»
                      </li>
                    ))}
                </ul>
              </details>
            </Alert>
          ) : null}
          <FormErrorSummary
            title={t("form.errorSummary")}
            items={errors.map((e) => ({
              key: e.path,
              href: `#${fieldId(e.path)}`,
              text: `${pathLabel(e.path, fieldName)}: ${tr(e.message)}`,
            }))}
          />
          <WarningSummary
            title={t("form.warningsTitle")}
            items={warnings.map((w) => ({
              key: w.path,
              href: `#${fieldId(w.path)}`,
              text: t(w.key as "warnings.coordinatorShare"),
            }))}
          />

          <Part id="del-1" title={t("form.official.part1")}>
            <CheckboxGroup
              path="schemes"
              legend={t("form.official.schemeLegend")}
              options={SCHEME_VALUES.filter(
                (s) => props.roundSchemes.includes(s) || props.draft.schemes.includes(s),
              ).map((s) => ({ value: s, label: t(`schemes.${s}`) }))}
            />
          </Part>
          <Part id="del-2" title={t("form.official.part2")}>
            <Paragraph>
              {t.rich("form.official.leadLine", {
                owner: props.leadOwnerName,
                network: props.networkName,
                b: (chunks) => <strong>{chunks}</strong>,
              })}
            </Paragraph>
            {props.owners.length ? (
              <CheckboxGroup
                path="otherOwnerIds"
                legend={t("form.otherOwners")}
                options={props.owners.map((o) => ({ value: o.id, label: o.name }))}
              />
            ) : (
              <Paragraph>{t("form.noOtherOwners")}</Paragraph>
            )}
          </Part>
          <Part id="del-3" title={t("form.official.part3")}>
            <UhChoice institutions={props.uhInstitutions} />
          </Part>
          <Part id="del-4" title={t("form.official.part4")}>
            <Contact side="owner" />
            <Contact side="uh" />
          </Part>
          <Part id="del-5" title={t("form.official.part5")}>
            <YesNo path="multipleOwners" legend={t("form.official.multipleOwners")} />
            <YesNo path="multipleUh" legend={t("form.official.multipleUh")} />
            <YesNo path="multipleSchemes" legend={t("form.official.multipleSchemes")} />
            <Paragraph>{t("form.official.measureCount", { count: measures.length })}</Paragraph>
          </Part>
          <Part id="del-6" title={t("form.official.part6", { year: props.roundYear })}>
            <Paragraph>{t("form.official.totalsFromMeasures")}</Paragraph>
            <Totals />
          </Part>
          <Part id="tiltak" title={t("form.official.partMeasures")}>
            {measures.map((m, i) => (
              <MeasurePart key={m.id} index={i} roundYear={props.roundYear} onRemove={() => remove(i)} />
            ))}
            {measuresError ? <ValidationMessage id={fieldId("measures")}>{tr(measuresError)}</ValidationMessage> : null}
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() => append(emptyMeasure(values.schemes?.[0] ?? "DESENTRALISERT"))}
              >
                {t("form.addMeasure")}
              </Button>
            </div>
          </Part>
          <Part id="del-14" title={t("form.official.part14")}>
            <Rows
              name="partners"
              fields={[
                { key: "name", label: t("form.partnerName") },
                { key: "contactPerson", label: t("form.partnerContact") },
                { key: "kind", label: t("form.partnerKind"), kind: "select" },
              ]}
              suggest={props.owners.filter((o) => (values.otherOwnerIds ?? []).includes(o.id)).map((o) => o.name)}
            />
          </Part>
          <Part id="del-15" title={t("form.official.part15")}>
            <YesNo path="codetermination.discussed" legend={t("form.official.codeterminationDiscussed")} />
            <Fieldset>
              <FieldsetLegend>{t("form.official.participants")}</FieldsetLegend>
              <Rows
                name="codetermination.participants"
                fields={[
                  { key: "role", label: t("form.participantRole") },
                  { key: "name", label: t("form.participantName") },
                ]}
              />
            </Fieldset>
            <TextField path="codetermination.remark" label={t("form.official.remark")} multiline rows={3} />
          </Part>
          <Part id="del-16" title={t("form.official.part16")}>
            <div id={fieldId("units")} tabIndex={-1} className="grid gap-4 md:grid-cols-5">
              <CountField path="units.kommunaleBarnehager" label={t("form.official.unitKommunaleBarnehager")} />
              <CountField path="units.privateBarnehager" label={t("form.official.unitPrivateBarnehager")} />
              <CountField path="units.offentligeSkoler" label={t("form.official.unitOffentligeSkoler")} />
              <CountField path="units.privateSkoler" label={t("form.official.unitPrivateSkoler")} />
              <CountField path="units.ppt" label={t("form.official.unitPpt")} />
            </div>
          </Part>
          <div className="flex flex-wrap gap-3 border-t border-neutral-border-subtle pt-6">
            <Button type="submit" variant="secondary">
              {t("form.save")}
            </Button>
          </div>
        </form>
      </div>
    </FormProvider>
  );
}
