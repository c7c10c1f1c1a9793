import "server-only";
import ExcelJS from "exceljs";
import type { BudgetOverview } from "@/lib/budget/overview";
import { SCHEME_LABEL, STATUS_LABEL } from "@/lib/needs-reports/labels";

const COLUMNS = ["Kompetansenettverk", "Ramme (kr)", "Omsøkt (kr)", "Differanse (kr)", "Over ramme", "Innstilling (kr)", "Begrunnelse for innstilling", "Innvilget (kr)", "Behovsmeldinger"] as const;

/**
 * The overview as XLSX: whole-kroner number cells ("# ##0"), the difference
 * and the totals as formulas with their computed results, and text cells that
 * are always text (a name starting with "=" stays a name, never a formula).
 */
export async function overviewToXlsx(o: BudgetOverview): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kompetanseportalen";
  const ws = wb.addWorksheet("Sammenstilling");
  ws.addRow([`Sammenstilling ${o.budget.year} – ${o.budget.county.name} – ${SCHEME_LABEL[o.budget.scheme]}`]).font = { bold: true, size: 13 };
  ws.addRow([o.budget.decided ? `Rammer: ${o.budget.decided.name}` : "Rammene er ikke vedtatt"]);
  const header = ws.addRow([...COLUMNS]);
  header.font = { bold: true };
  const first = ws.rowCount + 1;
  for (const r of o.rows) {
    const row = ws.rowCount + 1;
    ws.addRow([
      r.network.name,
      r.frame,
      r.applied,
      r.frame === null ? null : { formula: `C${row}-B${row}`, result: r.difference! },
      r.overFrame ? "Ja" : "Nei",
      r.recommendation?.amount ?? null,
      r.recommendation?.reason ?? "",
      r.granted,
      r.reports.map((x) => `${x.leadOwner.name} (${STATUS_LABEL[x.status]})`).join("; "),
    ]);
  }
  const last = ws.rowCount;
  const total = (col: string, result: number) => ({ formula: `SUM(${col}${first}:${col}${last})`, result });
  ws.addRow(["Sum", total("B", o.totals.frame), total("C", o.totals.applied), total("D", o.totals.applied - o.totals.frame), "", total("F", o.totals.recommended), "", total("H", o.totals.granted), ""]).font = { bold: true };
  for (const col of [2, 3, 4, 6, 8]) ws.getColumn(col).numFmt = "# ##0";
  for (const col of [1, 7, 9]) ws.getColumn(col).numFmt = "@";
  ws.columns.forEach((c, i) => (c.width = [34, 14, 14, 14, 11, 14, 40, 14, 50][i]));
  ws.views = [{ state: "frozen", ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
