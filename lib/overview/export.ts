import "server-only";
import ExcelJS from "exceljs";
import type { OverviewTable } from "@/lib/overview/tables";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";

/** One overview table as XLSX (labels are string cells, never formulas): a heading with the filter, whole numbers as numbers ("# ##0"), rates as percent. */
export async function tableToXlsx(table: OverviewTable, subtitle: string, locale: Locale = "nb"): Promise<Buffer> {
  const t = await translatorFor(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kompetanseportalen";
  const ws = wb.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, " "));
  ws.addRow([table.title]).font = { bold: true, size: 13 };
  ws.addRow([subtitle]);
  ws.addRow([
    table.rowHeader,
    ...table.columns.map((c) => (c.kind === "kroner" ? t("exports.kroner", { label: c.label }) : c.label)),
  ]).font = { bold: true };
  for (const r of table.rows) ws.addRow([r.label, ...r.values]);
  if (table.total) ws.addRow([t("exports.sum"), ...table.total]).font = { bold: true };
  table.columns.forEach((c, i) => (ws.getColumn(i + 2).numFmt = c.kind === "percent" ? "0.0 %" : "# ##0"));
  ws.getColumn(1).numFmt = "@";
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 40 : 16));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
