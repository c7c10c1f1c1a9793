import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { listNeedsReports, pageOf } from "@/lib/needs-reports/queries";
import { reportsToCsv, reportsToXlsx } from "@/lib/needs-reports/export";
import * as f from "@/tests/support/factory";

let w: Awaited<ReturnType<typeof world>>;
async function world() {
  const county = await f.county();
  const a = await f.organisation(county.id);
  const b = await f.organisation(county.id);
  const netA = await f.network(county.id, [a.id]);
  const netB = await f.network(county.id, [b.id]);
  const round = await f.round(county.id, 2025);
  const r1 = await f.needsReport({ roundId: round.id, networkId: netA.id, leadOwnerId: a.id, status: "SUBMITTED" });
  const r2 = await f.needsReport({ roundId: round.id, networkId: netB.id, leadOwnerId: b.id, status: "RETURNED" });
  await db.reportMeasure.create({
    data: {
      reportId: r2.id,
      position: 2,
      name: "Skrivesenteret i Salten",
      scheme: "REGIONAL",
      ownerAmount: 100_000,
      uhAmount: 50_001,
    },
  });
  const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }]);
  return { county, a, b, netA, netB, r1, r2, sf };
}
beforeAll(async () => {
  w = await world();
});

describe("the Statsforvalter's list of needs reports", () => {
  it("filters by scheme, network, status and searches names and measures", async () => {
    const ids = async (filters: Parameters<typeof listNeedsReports>[1]) =>
      (await listNeedsReports(w.sf, filters)).map((r) => r.id).sort();
    expect(await ids({})).toEqual([w.r1.id, w.r2.id].sort());
    expect(await ids({ scheme: "DESENTRALISERT" })).toEqual([w.r1.id, w.r2.id].sort());
    expect(await ids({ status: "RETURNED" })).toEqual([w.r2.id]);
    expect(await ids({ network: w.netA.id })).toEqual([w.r1.id]);
    expect(await ids({ q: "skrivesenteret i salten" })).toEqual([w.r2.id]);
    expect(await ids({ q: "finnes ikke" })).toEqual([]);
  });

  it("lists a new draft whose schemes were never chosen (the column is NULL) with no schemes", async () => {
    const draft = await f.needsReport({
      roundId: w.r1.roundId,
      networkId: w.netA.id,
      leadOwnerId: w.a.id,
      status: "DRAFT",
    });
    await db.$executeRaw`UPDATE "NeedsReport" SET schemes = NULL WHERE id = ${draft.id}`;
    const owner = await f.actor([{ role: "OWNER", organisationId: w.a.id }]);
    const row = (await listNeedsReports(owner, {})).find((r) => r.id === draft.id);
    expect(row?.schemes).toEqual([]);
    await db.needsReport.delete({ where: { id: draft.id } });
  });

  it("filters networks that applied over or within their decided frame", async () => {
    const ids = async (frame: "over" | "under") => (await listNeedsReports(w.sf, { frame })).map((r) => r.id);
    // Before a frame is decided, neither filter matches.
    expect(await ids("over")).toEqual([]);
    const round = await db.round.findFirstOrThrow({ where: { countyId: w.county.id } });
    await db.yearBudget.create({
      data: {
        countyId: w.county.id,
        roundId: round.id,
        year: round.year,
        allocatedAmount: 3_000_000,
        scenarios: {
          create: {
            name: "Vedtatt",
            keyYear: round.year,
            baseAmount: 0,
            proRataAmount: 3_000_000,
            decided: true,
            frames: {
              create: [
                { networkId: w.netA.id, keyValue: 1, baseShare: 0, proRataShare: 1_000_000, frame: 1_000_000 },
                { networkId: w.netB.id, keyValue: 2, baseShare: 0, proRataShare: 2_000_000, frame: 2_000_000 },
              ],
            },
          },
        },
      },
    });
    expect(await ids("over")).toEqual([w.r1.id]); // 1 580 000 applied, frame 1 000 000
    expect(await ids("under")).toEqual([w.r2.id]); // 1 730 001 applied, frame 2 000 000
  });

  it("sorts by total and pages", async () => {
    const rows = await listNeedsReports(w.sf, { sort: "total", dir: "desc" });
    expect(rows.map((r) => r.total)).toEqual([1_730_001, 1_580_000]);
    const page = pageOf(rows, 1);
    expect(page).toMatchObject({ page: 1, pages: 1, total: 2 });
  });

  it("exports the same rows to CSV and XLSX with totals that add up", async () => {
    const rows = await listNeedsReports(w.sf, { sort: "total" });
    const csv = await reportsToCsv(rows);
    expect(csv.startsWith("\ufeffÅr;Fylke;Kompetansenettverk")).toBe(true);
    expect(csv.trim().split("\r\n")).toHaveLength(3);
    expect(csv).toContain(";1730001\r\n");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportsToXlsx(rows)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Behovsmeldinger")!;
    expect(ws.getRow(1).getCell(3).value).toBe("Kompetansenettverk");
    expect(ws.getRow(2).getCell(11).value).toBe(1_730_001);
    const sumCell = ws.getRow(4).getCell(11).value as { result: number };
    expect(sumCell.result).toBe(1_730_001 + 1_580_000);
  });

  it("writes the exports in the reader's language: headings, sheet, statuses, schemes and the sum row", async () => {
    const rows = await listNeedsReports(w.sf, { sort: "total" });
    const csv = await reportsToCsv(rows, "en");
    expect(csv.startsWith("\ufeffYear;County;Competence network;Lead owner;Schemes;Status")).toBe(true);
    expect(csv).toContain(";Returned for correction;");
    expect(csv).not.toContain("Returnert");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportsToXlsx(rows, "nn")) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Behovsmeldingar")!;
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(["Hovudeigar", "Ordningar", "Eigar (kr)"]));
    expect(ws.getRow(4).getCell(1).value).toBe("Sum");
  });
});
