import "server-only";
import ExcelJS from "exceljs";
import type { NeedsReportRow } from "@/lib/needs-reports/queries";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";

type Translator = Awaited<ReturnType<typeof translatorFor>>;
const COLUMNS = [
  "common.year",
  "common.county",
  "exports.reports.network",
  "exports.reports.leadOwner",
  "exports.reports.schemes",
  "common.status",
  "exports.reports.version",
  "exports.reports.submittedAt",
  "exports.reports.owner",
  "exports.reports.uh",
  "exports.reports.total",
] as const;
const columns = (t: Translator) => COLUMNS.map((c) => t(c));

function values(t: Translator, r: NeedsReportRow) {
  return [
    r.round.year,
    r.round.county.name,
    r.network.name,
    r.leadOwner.name,
    r.schemes.map((s) => t(`schemes.${s}`)).join(", "),
    t(`status.${r.status}`),
    r.submittedVersion || "",
    r.submittedAt ? r.submittedAt.toISOString().slice(0, 10) : "",
    r.owner,
    r.uh,
    r.total,
  ] as const;
}

/** XLSX with whole-kroner number cells (formatted "# ##0"), a header row and a computed sum row. */
export async function reportsToXlsx(rows: NeedsReportRow[], locale: Locale = "nb"): Promise<Buffer> {
  const t = await translatorFor(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kompetanseportalen";
  const ws = wb.addWorksheet(t("exports.reports.sheet"));
  ws.addRow(columns(t)).font = { bold: true };
  for (const r of rows) ws.addRow([...values(t, r)]);
  if (rows.length) {
    const last = rows.length + 1;
    const sum = ws.addRow([
      t("exports.sum"),
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      { formula: `SUM(I2:I${last})`, result: rows.reduce((a, r) => a + r.owner, 0) },
      { formula: `SUM(J2:J${last})`, result: rows.reduce((a, r) => a + r.uh, 0) },
      { formula: `SUM(K2:K${last})`, result: rows.reduce((a, r) => a + r.total, 0) },
    ]);
    sum.font = { bold: true };
  }
  for (const col of [9, 10, 11]) ws.getColumn(col).numFmt = "# ##0";
  ws.columns.forEach((c, i) => (c.width = [6, 12, 32, 28, 30, 20, 8, 12, 14, 14, 14][i]));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV as Norwegian Excel opens it: semicolons, UTF-8 with BOM, amounts as plain integers; headings and labels in `locale`. */
export async function reportsToCsv(rows: NeedsReportRow[], locale: Locale = "nb"): Promise<string> {
  const t = await translatorFor(locale);
  const cell = (v: string | number) => {
    // A text that a spreadsheet would read as a formula (=, +, -, @, tab, CR first) is prefixed with ' (OWASP, CSV injection).
    const s = typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
    return /[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns(t).join(";"), ...rows.map((r) => values(t, r).map(cell).join(";"))];
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
