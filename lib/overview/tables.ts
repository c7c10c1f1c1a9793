/**
 * Every chart of the overview as one table model (title, columns, rows,
 * total row), so the page's chart, its table view and its XLSX export show
 * the same figures.
 */
import type { Overview } from "@/lib/overview/queries";
import { FUND_KINDS } from "@/lib/overview/figures";

export type ColumnKind = "kroner" | "count" | "percent";
export type OverviewTable = {
  key: string;
  title: string;
  rowHeader: string;
  columns: { key: string; label: string; kind: ColumnKind }[];
  rows: { label: string; values: (number | null)[] }[];
  total: (number | null)[] | null;
  chart: boolean;
};

export const TABLE_KEYS = [
  "midler-nettverk",
  "midler-ordning",
  "midler-ar",
  "deltakelse-nettverk",
  "deltakelse-tiltak",
  "behovsmeldinger-status",
  "arsrapporter-status",
] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

type Tr = (key: string, values?: Record<string, string | number>) => string;

export function overviewTables(o: Overview, t: Tr): OverviewTable[] {
  const fundColumns = FUND_KINDS.map((k) => ({ key: k, label: t(`dashboard.${k}`), kind: "kroner" as const }));
  const fundRows = (groups: { label: string; values: Record<string, number> }[]) =>
    groups.map((g) => ({ label: g.label, values: FUND_KINDS.map((k) => g.values[k] ?? 0) }));
  const totals = FUND_KINDS.map((k) => o.funds.totals[k]);
  const partColumns = [
    { key: "gatherings", label: t("dashboard.gatherings"), kind: "count" as const },
    { key: "registered", label: t("dashboard.registered"), kind: "count" as const },
    { key: "present", label: t("dashboard.present"), kind: "count" as const },
    { key: "noShows", label: t("dashboard.noShows"), kind: "count" as const },
    { key: "walkIns", label: t("dashboard.walkIns"), kind: "count" as const },
    { key: "noShowRate", label: t("dashboard.noShowRate"), kind: "percent" as const },
  ];
  const partRows = (groups: Overview["participation"]["byNetwork"]) =>
    groups.map((g) => ({
      label: g.label,
      values: [
        g.gatherings,
        g.figures.registered,
        g.figures.present,
        g.figures.noShows,
        g.figures.walkIns,
        g.noShowRate,
      ],
    }));
  return [
    {
      key: "midler-nettverk",
      title: t("dashboard.fundsByNetwork"),
      rowHeader: t("dashboard.network"),
      columns: fundColumns,
      rows: fundRows(o.funds.byNetwork),
      total: totals,
      chart: true,
    },
    {
      key: "midler-ordning",
      title: t("dashboard.fundsByScheme"),
      rowHeader: t("dashboard.scheme"),
      columns: fundColumns,
      rows: fundRows(o.funds.byScheme.map((g) => ({ ...g, label: t(`schemes.${g.key}`) }))),
      total: totals,
      chart: true,
    },
    {
      key: "midler-ar",
      title: t("dashboard.fundsByYear"),
      rowHeader: t("dashboard.year"),
      columns: fundColumns,
      rows: fundRows(o.funds.byYear),
      total: totals,
      chart: true,
    },
    {
      key: "deltakelse-nettverk",
      title: t("dashboard.participationByNetwork"),
      rowHeader: t("dashboard.network"),
      columns: partColumns,
      rows: partRows(o.participation.byNetwork),
      total: null,
      chart: true,
    },
    {
      key: "deltakelse-tiltak",
      title: t("dashboard.participationByMeasure"),
      rowHeader: t("dashboard.measure"),
      columns: partColumns,
      rows: partRows(o.participation.byMeasure),
      total: null,
      chart: true,
    },
    {
      key: "behovsmeldinger-status",
      title: t("dashboard.needsStatus"),
      rowHeader: t("dashboard.statusCol"),
      columns: [{ key: "count", label: t("dashboard.count"), kind: "count" }],
      rows: o.needsStatus.map((s) => ({ label: t(`status.${s.status}`), values: [s.count] })),
      total: [o.needsStatus.reduce((a, s) => a + s.count, 0)],
      chart: true,
    },
    {
      key: "arsrapporter-status",
      title: t("dashboard.annualStatus"),
      rowHeader: t("dashboard.statusCol"),
      columns: [{ key: "count", label: t("dashboard.count"), kind: "count" }],
      rows: [
        ...o.annualStatus.map((s) => ({
          label: t(`annualStatus.${s.status}`),
          values: [s.count] as (number | null)[],
        })),
        { label: t("annualReports.missing"), values: [o.annualMissing] },
      ],
      total: [o.annualStatus.reduce((a, s) => a + s.count, 0)],
      chart: true,
    },
  ];
}
