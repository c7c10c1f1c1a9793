import { DataTable } from "@/components/ui/data-table";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import {
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Textfield,
} from "@/components/ds";
import { requireActor } from "@/lib/session";
import { listNeedsReportPage, listReportNetworks } from "@/lib/needs-reports/queries";
import { canCreateNeedsReport } from "@/lib/needs-reports/policy";
import { filterParams, listFilterSchema, STATUS_VALUES, type ListFilters } from "@/lib/needs-reports/list-filters";
import { SCHEMES } from "@/lib/needs-reports/totals";
import { Money } from "@/components/ui/money";
import { StatusTag } from "@/components/ui/status-tag";
import { PageHeading } from "@/components/ui/page-heading";
import { AppLink } from "@/components/ui/app-link";
import { PageLinks } from "@/components/ui/page-links";

export async function generateMetadata() {
  const t = await getTranslations("needsReports");
  return { title: t("title") };
}

function SortHeader({
  f,
  sort,
  label,
  numeric,
}: {
  f: ListFilters;
  sort: NonNullable<ListFilters["sort"]>;
  label: string;
  numeric?: boolean;
}) {
  const active = (f.sort ?? "year") === sort;
  const dir = active ? (f.dir ?? (sort === "year" || sort === "total" ? "desc" : "asc")) : undefined;
  const next = active && dir === "asc" ? "desc" : active ? "asc" : sort === "total" || sort === "year" ? "desc" : "asc";
  return (
    <TableHeaderCell
      scope="col"
      className={numeric ? "num" : undefined}
      aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}
    >
      <AppLink href={`/behovsmeldinger${filterParams(f, { sort, dir: next, page: undefined })}`}>{label}</AppLink>
    </TableHeaderCell>
  );
}

export default async function NeedsReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  const f = listFilterSchema.parse(await searchParams);
  const [t, { rows, page, pages, total }, networks] = await Promise.all([
    getTranslations(),
    listNeedsReportPage(actor, f),
    listReportNetworks(actor),
  ]);
  return (
    <>
      <PageHeading title={t("needsReports.title")} intro={t("needsReports.intro")}>
        {canCreateNeedsReport(actor) ? (
          <div>
            <Button asChild>
              <NextLink href="/behovsmeldinger/ny">{t("form.newLink")}</NextLink>
            </Button>
          </div>
        ) : null}
      </PageHeading>
      <form
        method="get"
        role="search"
        aria-label={t("list.filters")}
        className="mb-6 grid gap-3 md:grid-cols-3 lg:grid-cols-4 lg:items-end"
      >
        <Textfield id="q" name="q" label={t("list.search")} defaultValue={f.q ?? ""} className="lg:col-span-2" />
        <Field>
          <Label htmlFor="scheme">{t("needsReports.schemes")}</Label>
          <Select id="scheme" name="scheme" defaultValue={f.scheme ?? ""}>
            <SelectOption value="">{t("list.all")}</SelectOption>
            {SCHEMES.map((s) => (
              <SelectOption key={s} value={s}>
                {t(`schemes.${s}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="network">{t("needsReports.network")}</Label>
          <Select id="network" name="network" defaultValue={f.network ?? ""}>
            <SelectOption value="">{t("list.all")}</SelectOption>
            {networks.map((n) => (
              <SelectOption key={n.id} value={n.id}>
                {n.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="status">{t("common.status")}</Label>
          <Select id="status" name="status" defaultValue={f.status ?? ""}>
            <SelectOption value="">{t("list.all")}</SelectOption>
            {STATUS_VALUES.map((s) => (
              <SelectOption key={s} value={s}>
                {t(`status.${s}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="frame">{t("list.frame")}</Label>
          <Select id="frame" name="frame" defaultValue={f.frame ?? ""}>
            <SelectOption value="">{t("list.all")}</SelectOption>
            <SelectOption value="over">{t("list.overFrame")}</SelectOption>
            <SelectOption value="under">{t("list.underFrame")}</SelectOption>
          </Select>
        </Field>
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">
            {t("list.apply")}
          </Button>
          <Button asChild variant="tertiary">
            <NextLink href="/behovsmeldinger">{t("list.reset")}</NextLink>
          </Button>
        </div>
        {f.year ? <input type="hidden" name="year" value={f.year} /> : null}
        {f.sort ? <input type="hidden" name="sort" value={f.sort} /> : null}
        {f.dir ? <input type="hidden" name="dir" value={f.dir} /> : null}
      </form>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <Paragraph role="status">{t("list.count", { count: total })}</Paragraph>
        <div className="flex gap-3">
          <AppLink
            href={`/behovsmeldinger/eksport${filterParams(f, { page: undefined })}${filterParams(f, { page: undefined }) ? "&" : "?"}format=xlsx`}
          >
            {t("list.exportXlsx")}
          </AppLink>
          <AppLink
            href={`/behovsmeldinger/eksport${filterParams(f, { page: undefined })}${filterParams(f, { page: undefined }) ? "&" : "?"}format=csv`}
          >
            {t("list.exportCsv")}
          </AppLink>
        </div>
      </div>
      {rows.length === 0 ? (
        <Paragraph>{t("needsReports.empty")}</Paragraph>
      ) : (
        <DataTable caption={t("needsReports.title")} zebra>
          <TableHead>
            <TableRow>
              <SortHeader f={f} sort="year" label={t("needsReports.round")} />
              <SortHeader f={f} sort="network" label={t("needsReports.network")} />
              <SortHeader f={f} sort="owner" label={t("needsReports.leadOwner")} />
              <TableHeaderCell scope="col">{t("needsReports.schemes")}</TableHeaderCell>
              <SortHeader f={f} sort="status" label={t("common.status")} />
              <SortHeader f={f} sort="total" label={t("needsReports.total")} numeric />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.round.year}</TableCell>
                <TableCell>
                  <AppLink href={`/behovsmeldinger/${r.id}`}>{r.network.name}</AppLink>
                </TableCell>
                <TableCell>{r.leadOwner.name}</TableCell>
                <TableCell>{r.schemes.map((s) => t(`schemes.${s}`)).join(", ") || "–"}</TableCell>
                <TableCell>
                  <StatusTag status={r.status} />
                  {r.overFrame ? (
                    <span className="block text-sm text-danger-text-default">{t("list.networkOverFrame")}</span>
                  ) : null}
                </TableCell>
                <TableCell className="num">
                  <Money amount={r.total} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
      <PageLinks
        page={page}
        pages={pages}
        href={(n) => `/behovsmeldinger${filterParams(f, { page: n })}`}
        label={t("list.pages")}
      />
    </>
  );
}
