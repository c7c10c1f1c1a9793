import "server-only";
import ExcelJS from "exceljs";
import type { BudgetOverview } from "@/lib/budget/overview";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";

const COLUMNS = [
  "network",
  "frame",
  "applied",
  "difference",
  "overFrame",
  "recommended",
  "reason",
  "granted",
  "reports",
] as const;

/**
 * The overview as XLSX: whole-kroner number cells ("# ##0"), the difference
 * and the totals as formulas with their computed results, and text cells that
 * are always text (a name starting with "=" stays a name, never a formula).
 */
export async function overviewToXlsx(o: BudgetOverview, locale: Locale = "nb"): Promise<Buffer> {
  const t = await translatorFor(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kompetanseportalen";
  const ws = wb.addWorksheet(t("exports.budget.sheet"));
  ws.addRow([
    t("exports.budget.title", {
      year: String(o.budget.year),
      county: o.budget.county.name,
      scheme: t(`schemes.${o.budget.scheme}`),
    }),
  ]).font = { bold: true, size: 13 };
  ws.addRow([
    o.budget.decided ? t("exports.budget.frames", { name: o.budget.decided.name }) : t("exports.budget.notDecided"),
  ]);
  const header = ws.addRow(COLUMNS.map((c) => t(`exports.budget.${c}`)));
  header.font = { bold: true };
  const first = ws.rowCount + 1;
  for (const r of o.rows) {
    const row = ws.rowCount + 1;
    ws.addRow([
      r.network.name,
      r.frame,
      r.applied,
      r.frame === null ? null : { formula: `C${row}-B${row}`, result: r.difference! },
      r.overFrame ? t("common.yes") : t("common.no"),
      r.recommendation?.amount ?? null,
      r.recommendation?.reason ?? "",
      r.granted,
      r.reports.map((x) => `${x.leadOwner.name} (${t(`status.${x.status}`)})`).join("; "),
    ]);
  }
  const last = ws.rowCount;
  const total = (col: string, result: number) => ({ formula: `SUM(${col}${first}:${col}${last})`, result });
  ws.addRow([
    t("exports.sum"),
    total("B", o.totals.frame),
    total("C", o.totals.applied),
    total("D", o.totals.applied - o.totals.frame),
    "",
    total("F", o.totals.recommended),
    "",
    total("H", o.totals.granted),
    "",
  ]).font = { bold: true };
  for (const col of [2, 3, 4, 6, 8]) ws.getColumn(col).numFmt = "# ##0";
  for (const col of [1, 7, 9]) ws.getColumn(col).numFmt = "@";
  ws.columns.forEach((c, i) => (c.width = [34, 14, 14, 14, 11, 14, 40, 14, 50][i]));
  ws.views = [{ state: "frozen", ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
