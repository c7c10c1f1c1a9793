/**
 * Stored text is data, never a formula, in every export: names
 * that start with =, +, - or @ come out of the XLSX files as text cells with
 * the same text, and out of the CSV prefixed with ' so a spreadsheet does not
 * evaluate them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/load-actor";
import { seedDemoData } from "@/prisma/seed";
import { listNeedsReports } from "@/lib/needs-reports/queries";
import { reportsToCsv, reportsToXlsx } from "@/lib/needs-reports/export";
import { getGathering } from "@/lib/gatherings/queries";
import { participantsToXlsx } from "@/lib/gatherings/export";
import { getBudgetOverview } from "@/lib/budget/overview";
import { overviewToXlsx } from "@/lib/budget/export";
import { loadOverview } from "@/lib/overview/queries";
import { overviewTables } from "@/lib/overview/tables";
import { tableToXlsx } from "@/lib/overview/export";

const OWNER = '=HYPERLINK("http://evil.example","Vågan kommune")';
const NETWORK = "+Lofoten-1+1";
const PERSON = "@SUM(1+1)*cmd|' /C calc'!A0";
const FOSEN = "-2+3 Fosen";

/** Every cell of every sheet whose text is one of ours: it must be a plain string with exactly that text. */
async function cellsWith(buf: Buffer, texts: string[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const found: { text: string; type: ExcelJS.ValueType }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === "string" && texts.some((t) => v.includes(t))) found.push({ text: v, type: cell.type });
        if (v && typeof v === "object" && "formula" in v && texts.some((t) => String(v.formula).includes(t.slice(1))))
          found.push({ text: String(v.formula), type: cell.type });
      }),
    ),
  );
  return found;
}

beforeAll(async () => {
  await seedDemoData(db);
  await db.organisation.update({ where: { id: "org-vagan-kommune" }, data: { name: OWNER } });
  await db.network.update({ where: { id: "net-nor-lofoten" }, data: { name: NETWORK } });
  await db.network.updateMany({ where: { name: "Kompetansenettverk Fosen" }, data: { name: FOSEN } });
  const reg = await db.registration.findFirstOrThrow({
    where: { gatheringId: "gath-lofoten-2024-fagsamling-1" },
    orderBy: { name: "asc" },
  });
  await db.registration.update({ where: { id: reg.id }, data: { name: PERSON, unitName: "=1+2" } });
}, 120_000);

describe("exports keep stored text as text", () => {
  it("the needs-report list: XLSX string cells, CSV prefixed with '", async () => {
    const jonas = (await loadActor("person-jonas-berg"))!;
    const rows = await listNeedsReports(jonas, {});
    const cells = await cellsWith(await reportsToXlsx(rows), [OWNER, NETWORK]);
    expect(cells.length).toBeGreaterThanOrEqual(4);
    expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    expect(cells.map((c) => c.text)).toEqual(expect.arrayContaining([OWNER, NETWORK]));
    const csv = await reportsToCsv(rows);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Vågan kommune"")"`);
    expect(csv).toContain(`;'${NETWORK};`);
    expect(csv).not.toMatch(/(^|;)[=+\-@]/m);
  });

  it("the participant list of a gathering", async () => {
    const eirik = (await loadActor("person-eirik-solstad"))!;
    const cells = await cellsWith(
      await participantsToXlsx(await getGathering(eirik, "gath-lofoten-2024-fagsamling-1")),
      [PERSON, "=1+2"],
    );
    expect(cells.map((c) => c.text)).toEqual(expect.arrayContaining([PERSON, "=1+2"]));
    expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
  });

  it("the budget overview and the overview's tables", async () => {
    const marte = (await loadActor("person-marte-lien"))!;
    const budgetCells = await cellsWith(await overviewToXlsx(await getBudgetOverview(marte, "budget-trd-2023")), [
      FOSEN,
    ]);
    expect(budgetCells).toEqual([{ text: FOSEN, type: ExcelJS.ValueType.String }]);
    const jonas = (await loadActor("person-jonas-berg"))!;
    const table = overviewTables(await loadOverview(jonas, {}), (k) => k).find((t) => t.key === "midler-nettverk")!;
    const tableCells = await cellsWith(await tableToXlsx(table, "alle"), [NETWORK]);
    expect(tableCells).toEqual([{ text: NETWORK, type: ExcelJS.ValueType.String }]);

    // In English: the sheet, the title with the scheme's English name, the headings, yes/no and the sum row.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await overviewToXlsx(await getBudgetOverview(marte, "budget-trd-2023"), "en")) as unknown as ArrayBuffer,
    );
    const ws = wb.getWorksheet("Summary")!;
    expect(String(ws.getRow(1).getCell(1).value)).toMatch(/^Summary 2023 – .+ – Decentralised/);
    expect(ws.getRow(3).values).toEqual(
      expect.arrayContaining(["Competence network", "Frame (NOK)", "Over the frame"]),
    );
    expect(ws.getColumn(5).values).not.toContain("Nei");
    expect(ws.getRow(ws.rowCount).getCell(1).value).toBe("Total");
  });
});
