import { TableRegion } from "@/components/ui/table-region";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { canSeeOverview } from "@/lib/overview/policy";
import { loadOverview } from "@/lib/overview/queries";
import { overviewTables, type OverviewTable } from "@/lib/overview/tables";
import { filterQuery, overviewFilterSchema } from "@/lib/overview/filter";
import { formatKroner } from "@/lib/money";
import { formatPercent } from "@/lib/percent";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { GroupedBarChart } from "@/components/ui/bar-chart";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

const COLORS = ["#1e5a8a", "#6b4e9b", "#b3541e", "#1f7a3d", "#5c6670"];
const PATTERNS = ["solid", "hatch", "dots", "solid", "hatch"] as const;
const nb = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 });
const cell = (v: number | null, kind: string) =>
  v === null ? "–" : kind === "kroner" ? formatKroner(v) : kind === "percent" ? formatPercent(v) : nb.format(v);

function ChartAndTable({
  table,
  query,
  chartOf,
  exportLabel,
  none,
}: {
  table: OverviewTable;
  query: string;
  chartOf: string;
  exportLabel: string;
  none: string;
}) {
  const chartColumns = table.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.kind !== "percent" && c.key !== "gatherings");
  const kind = chartColumns[0]?.c.kind ?? "count";
  return (
    <PageSection title={table.title}>
      {table.rows.length === 0 || table.rows.every((r) => r.values.every((v) => !v)) ? (
        <Paragraph>{none}</Paragraph>
      ) : (
        <>
          <GroupedBarChart
            title={table.title}
            description={chartOf}
            series={chartColumns.map(({ c }, i) => ({
              label: c.label,
              color: COLORS[i % COLORS.length]!,
              pattern: PATTERNS[i % PATTERNS.length],
            }))}
            rows={table.rows.map((r) => ({ label: r.label, values: chartColumns.map(({ i }) => r.values[i] ?? null) }))}
            format={(n) => cell(n, kind)}
          />
          <TableRegion label={table.title}>
            <Table zebra data-size="sm">
              <caption className="sr-only">{table.title}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{table.rowHeader}</TableHeaderCell>
                  {table.columns.map((c) => (
                    <TableHeaderCell key={c.key} scope="col" className="num">
                      {c.label}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {table.rows.map((r) => (
                  <TableRow key={r.label}>
                    <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
                    {r.values.map((v, i) => (
                      <TableCell key={table.columns[i]!.key} className="num">
                        {cell(v, table.columns[i]!.kind)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
                {table.total ? (
                  <TableRow>
                    <TableHeaderCell scope="row">Sum</TableHeaderCell>
                    {table.total.map((v, i) => (
                      <TableCell key={table.columns[i]!.key} className="num font-semibold">
                        {cell(v, table.columns[i]!.kind)}
                      </TableCell>
                    ))}
                  </TableRow>
                ) : null}
              </TableBody>
            </Table>
          </TableRegion>
        </>
      )}
      <div>
        <AppLink href={`/oversikt/eksport?tabell=${table.key}${query ? `&${query}` : ""}`}>{exportLabel}</AppLink>
      </div>
    </PageSection>
  );
}

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!canSeeOverview(actor)) notFound();
  const filter = overviewFilterSchema.parse(await searchParams);
  const [t, o] = await Promise.all([getTranslations(), loadOverview(actor, filter)]);
  const tables = overviewTables(o, t as never);
  const query = filterQuery(filter);
  // The latest year with grants, else the latest year with any money recorded.
  const yearsWith = (kind?: string) =>
    o.years.filter((y) => o.facts.some((f) => f.year === y && (!kind || f.kind === kind)));
  const summaryYear = filter.year ?? yearsWith("granted").at(-1) ?? yearsWith().at(-1);
  return (
    <>
      <PageHeading title={t("dashboard.title")} intro={t("dashboard.intro")}>
        {summaryYear ? (
          <div>
            <AppLink href={`/oversikt/sammendrag?ar=${summaryYear}`}>
              {t("dashboard.summaryLink", { year: summaryYear })}
            </AppLink>
          </div>
        ) : null}
      </PageHeading>
      <div className="flex flex-col gap-10">
        <FilterBar label={t("dashboard.filters")} apply={t("list.apply")} reset={t("list.reset")} resetHref="/oversikt">
          <FilterSelect
            name="ar"
            label={t("dashboard.year")}
            value={filter.year}
            options={[
              { value: "", label: t("dashboard.allYears") },
              ...[...o.years].reverse().map((y) => ({ value: y, label: String(y) })),
            ]}
          />
          <FilterSelect
            name="ordning"
            label={t("dashboard.scheme")}
            value={filter.scheme}
            options={[
              { value: "", label: t("dashboard.allSchemes") },
              ...(["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"] as const).map((s) => ({
                value: s,
                label: t(`schemes.${s}`),
              })),
            ]}
          />
          <FilterSelect
            name="nettverk"
            label={t("dashboard.network")}
            value={filter.networkId}
            options={[
              { value: "", label: t("dashboard.allNetworks") },
              ...o.networks.map((n) => ({ value: n.key, label: n.label })),
            ]}
          />
        </FilterBar>
        {tables.map((table) => (
          <ChartAndTable
            key={table.key}
            table={table}
            query={query}
            chartOf={t("dashboard.chartOf", { title: table.title })}
            exportLabel={t("dashboard.export", { title: table.title.toLowerCase() })}
            none={t("dashboard.none")}
          />
        ))}
      </div>
    </>
  );
}
