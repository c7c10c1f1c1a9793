import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import {
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  SelectOption,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ds";
import { z } from "zod";
import { requireActor } from "@/lib/session";
import { getNeedsReportVersions } from "@/lib/needs-reports/queries";
import { changedPaths, pathLabel, snapshotDraft, valueAt } from "@/lib/needs-reports/compare";
import { orNotFound } from "@/lib/not-found";
import { getDates } from "@/lib/i18n/dates";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";

const params = z.object({
  a: z.coerce.number().int().min(1).optional().catch(undefined),
  b: z.coerce.number().int().min(1).optional().catch(undefined),
});

export async function generateMetadata() {
  const t = await getTranslations("review");
  return { title: t("compareTitle") };
}

/** Two submitted versions side by side: every field that differs. */
export default async function CompareVersionsPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { formatDateTime } = await getDates();
  const { id } = await props.params;
  const actor = await requireActor();
  const report = await orNotFound(getNeedsReportVersions(actor, id));
  const [t, tAll] = await Promise.all([getTranslations("review"), getTranslations()]);
  const fieldName = (key: string) =>
    tAll.has(`form.paths.${key}`) ? tAll(`form.paths.${key}` as "form.paths.name") : key;
  const yesNo = { yes: tAll("common.yes"), no: tAll("common.no") };
  const q = params.parse(await props.searchParams);
  const numbers = report.versions.map((v) => v.number);
  const b = q.b && numbers.includes(q.b) ? q.b : (numbers.at(-1) ?? 1);
  const a = q.a && numbers.includes(q.a) ? q.a : (numbers.at(-2) ?? b);
  const va = report.versions.find((v) => v.number === a);
  const vb = report.versions.find((v) => v.number === b);
  const da = va ? snapshotDraft(va.snapshot) : null;
  const db_ = vb ? snapshotDraft(vb.snapshot) : null;
  const changed = da && db_ ? changedPaths(da, db_) : [];
  const heading = (v: typeof va) =>
    v ? t("versionLine", { n: v.number, date: formatDateTime(v.submittedAt), name: v.submittedBy?.name ?? "–" }) : "–";
  return (
    <>
      <PageHeading
        title={`${t("compareTitle")}: ${report.network.name} ${report.round.year}`}
        intro={t("compareIntro", { a, b })}
      >
        <Paragraph>
          <AppLink href={`/behovsmeldinger/${id}`}>← {tAll("form.viewReport")}</AppLink>
        </Paragraph>
      </PageHeading>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        {(["a", "b"] as const).map((k) => (
          <Field key={k}>
            <Label htmlFor={`versjon-${k}`}>{k === "a" ? t("chooseA") : t("chooseB")}</Label>
            <Select id={`versjon-${k}`} name={k} defaultValue={String(k === "a" ? a : b)}>
              {numbers.map((n) => (
                <SelectOption key={n} value={String(n)}>
                  {n}
                </SelectOption>
              ))}
            </Select>
          </Field>
        ))}
        <Button type="submit" variant="secondary">
          {t("compareButton")}
        </Button>
      </form>
      {changed.length === 0 ? (
        <Paragraph>{t("noDifferences")}</Paragraph>
      ) : (
        <DataTable caption={t("compareTitle")} zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("field")}</TableHeaderCell>
              <TableHeaderCell scope="col">{heading(va)}</TableHeaderCell>
              <TableHeaderCell scope="col">{heading(vb)}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changed.map((path) => (
              <TableRow key={path}>
                <TableHeaderCell scope="row">{pathLabel(path, fieldName)}</TableHeaderCell>
                <TableCell className="whitespace-pre-line">{valueAt(da, path, yesNo)}</TableCell>
                <TableCell className="whitespace-pre-line">{valueAt(db_, path, yesNo)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </>
  );
}
