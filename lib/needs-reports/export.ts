import "server-only";
import ExcelJS from "exceljs";
import type { NeedsReportRow } from "@/lib/needs-reports/queries";
import { SCHEME_LABEL, STATUS_LABEL } from "@/lib/needs-reports/labels";


const COLUMNS = ["År", "Fylke", "Kompetansenettverk", "Hovedeier", "Ordninger", "Status", "Versjon", "Sendt inn", "Eier (kr)", "UH (kr)", "Sum (kr)"] as const;

function values(r: NeedsReportRow) {
  return [
    r.round.year,
    r.round.county.name,
    r.network.name,
    r.leadOwner.name,
    r.schemes.map((s) => SCHEME_LABEL[s]).join(", "),
    STATUS_LABEL[r.status],
    r.submittedVersion || "",
    r.submittedAt ? r.submittedAt.toISOString().slice(0, 10) : "",
    r.owner,
    r.uh,
    r.total,
  ] as const;
}

/** XLSX with whole-kroner number cells (formatted "# ##0"), a header row and a computed sum row. */
export async function reportsToXlsx(rows: NeedsReportRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kompetanseportalen";
  const ws = wb.addWorksheet("Behovsmeldinger");
  ws.addRow([...COLUMNS]).font = { bold: true };
  for (const r of rows) ws.addRow([...values(r)]);
  if (rows.length) {
    const last = rows.length + 1;
    const sum = ws.addRow(["Sum", "", "", "", "", "", "", "", { formula: `SUM(I2:I${last})`, result: rows.reduce((a, r) => a + r.owner, 0) }, { formula: `SUM(J2:J${last})`, result: rows.reduce((a, r) => a + r.uh, 0) }, { formula: `SUM(K2:K${last})`, result: rows.reduce((a, r) => a + r.total, 0) }]);
    sum.font = { bold: true };
  }
  for (const col of [9, 10, 11]) ws.getColumn(col).numFmt = "# ##0";
  ws.columns.forEach((c, i) => (c.width = [6, 12, 32, 28, 30, 20, 8, 12, 14, 14, 14][i]));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV as Norwegian Excel opens it: semicolons, UTF-8 with BOM, amounts as plain integers. */
export function reportsToCsv(rows: NeedsReportRow[]): string {
  const cell = (v: string | number) => {
    // A text that a spreadsheet would read as a formula (=, +, -, @, tab, CR first) is prefixed with ' (OWASP, CSV injection).
    const s = typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
    return /[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [COLUMNS.join(";"), ...rows.map((r) => values(r).map(cell).join(";"))];
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
