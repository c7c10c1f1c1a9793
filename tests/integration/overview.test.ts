/**
 * The overview's charts recomputed independently: every figure is summed
 * here with plain SQL over the underlying records and compared with what the
 * page shows, for each county and for a filtered view.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/load-actor";
import { seedDemoData } from "@/prisma/seed";
import { loadOverview, type OverviewFilter } from "@/lib/overview/queries";
import { countySummary } from "@/lib/overview/summary";
import { saveAnnualReport, startAnnualReport, submitAnnualReport } from "@/lib/annual-reports/mutations";
import { getAnnualReport } from "@/lib/annual-reports/queries";

const NOW = new Date("2026-11-26T10:00:00Z");
type Row = { networkId: string; year: number; scheme: string; amount: bigint };

/** One SQL per kind of money, grouped by network, year and scheme. */
async function fundRows(countyId: string): Promise<Record<string, Row[]>> {
  const [frame, applied, recommended, granted, used] = await Promise.all([
    db.$queryRaw<
      Row[]
    >`SELECT nf."networkId", yb.year, yb.scheme::text, SUM(nf.frame)::bigint AS amount FROM "NetworkFrame" nf JOIN "FrameScenario" fs ON fs.id = nf."scenarioId" AND fs.decided JOIN "YearBudget" yb ON yb.id = fs."budgetId" WHERE yb."countyId" = ${countyId} GROUP BY 1, 2, 3`,
    db.$queryRaw<
      Row[]
    >`SELECT nr."networkId", r.year, rm.scheme::text, SUM(rm."ownerAmount" + rm."uhAmount")::bigint AS amount FROM "ReportMeasure" rm JOIN "NeedsReport" nr ON nr.id = rm."reportId" JOIN "Round" r ON r.id = nr."roundId" WHERE r."countyId" = ${countyId} AND nr.status <> 'DRAFT' GROUP BY 1, 2, 3`,
    db.$queryRaw<
      Row[]
    >`SELECT x."networkId", yb.year, yb.scheme::text, SUM(x.amount)::bigint AS amount FROM "Recommendation" x JOIN "YearBudget" yb ON yb.id = x."budgetId" WHERE yb."countyId" = ${countyId} GROUP BY 1, 2, 3`,
    db.$queryRaw<
      Row[]
    >`SELECT d."networkId", yb.year, yb.scheme::text, SUM(d.amount)::bigint AS amount FROM "AllocationDecision" d JOIN "YearBudget" yb ON yb.id = d."budgetId" WHERE yb."countyId" = ${countyId} AND d.outcome = 'GRANTED' GROUP BY 1, 2, 3`,
    db.$queryRaw<
      Row[]
    >`SELECT nr."networkId", a.year, rm.scheme::text, SUM(COALESCE(a."usedOwner", 0) + COALESCE(a."usedUh", 0))::bigint AS amount FROM "AnnualReport" a JOIN "ReportMeasure" rm ON rm.id = a."reportMeasureId" JOIN "NeedsReport" nr ON nr.id = rm."reportId" JOIN "Round" r ON r.id = nr."roundId" WHERE r."countyId" = ${countyId} AND a.status IN ('SUBMITTED', 'APPROVED') GROUP BY 1, 2, 3`,
  ]);
  return { frame, applied, recommended, granted, used };
}

const total = (rows: Row[], pick: (r: Row) => boolean) => rows.filter(pick).reduce((a, r) => a + Number(r.amount), 0);

type Part = { key: string; gatherings: bigint; registered: bigint; present: bigint; noShows: bigint; walkIns: bigint };
async function participationRows(countyId: string, by: "network" | "measure"): Promise<Part[]> {
  if (by === "measure") {
    return db.$queryRaw<Part[]>`SELECT g."measureId" AS key, COUNT(DISTINCT g.id) AS gatherings,
        COUNT(*) FILTER (WHERE reg.status = 'REGISTERED' AND NOT reg."walkIn") AS registered,
        COUNT(*) FILTER (WHERE reg.status = 'REGISTERED' AND reg.attendance = 'PRESENT') AS present,
        COUNT(*) FILTER (WHERE reg.status = 'REGISTERED' AND NOT reg."walkIn" AND reg.attendance = 'ABSENT') AS "noShows",
        COUNT(*) FILTER (WHERE reg.status = 'REGISTERED' AND reg."walkIn") AS "walkIns"
      FROM "Registration" reg JOIN "Gathering" g ON g.id = reg."gatheringId" JOIN "Measure" m ON m.id = g."measureId"
      WHERE m."countyId" = ${countyId} AND NOT g.cancelled AND g."startsAt" <= ${NOW} GROUP BY 1`;
  }
  // A registration counts for a network when the gathering is for it alone, or the participant's organisation is a member.
  return db.$queryRaw<Part[]>`SELECT gn."networkId" AS key, COUNT(DISTINCT g.id) AS gatherings,
      COUNT(*) FILTER (WHERE reg.status = 'REGISTERED' AND NOT reg."walkIn") AS registered,
      COUNT(*) FILTER (WHERE reg.status = 'REGISTERED' AND reg.attendance = 'PRESENT') AS present,
      COUNT(*) FILTER (WHERE reg.status = 'REGISTERED' AND NOT reg."walkIn" AND reg.attendance = 'ABSENT') AS "noShows",
      COUNT(*) FILTER (WHERE reg.status = 'REGISTERED' AND reg."walkIn") AS "walkIns"
    FROM "Registration" reg JOIN "Gathering" g ON g.id = reg."gatheringId" JOIN "Measure" m ON m.id = g."measureId" JOIN "GatheringNetwork" gn ON gn."gatheringId" = g.id
    WHERE m."countyId" = ${countyId} AND NOT g.cancelled AND g."startsAt" <= ${NOW}
      AND ((SELECT COUNT(*) FROM "GatheringNetwork" x WHERE x."gatheringId" = g.id) = 1
        OR EXISTS (SELECT 1 FROM "NetworkMember" nm WHERE nm."networkId" = gn."networkId" AND nm."organisationId" = reg."organisationId"))
    GROUP BY 1`;
}

async function check(personId: string, countyId: string, filter: OverviewFilter = {}) {
  const actor = (await loadActor(personId))!;
  const o = await loadOverview(actor, filter, NOW);
  const rows = await fundRows(countyId);
  const keep = (r: Row) =>
    (!filter.year || r.year === filter.year) &&
    (!filter.scheme || r.scheme === filter.scheme) &&
    (!filter.networkId || r.networkId === filter.networkId);
  let nonZero = 0;
  for (const kind of ["frame", "applied", "recommended", "granted", "used"] as const) {
    const list = rows[kind]!.filter(keep);
    for (const n of o.funds.byNetwork)
      expect(n.values[kind], `${kind} ${n.label}`).toBe(total(list, (r) => r.networkId === n.key));
    for (const s of o.funds.byScheme)
      expect(s.values[kind], `${kind} ${s.key}`).toBe(total(list, (r) => r.scheme === s.key));
    for (const y of o.funds.byYear)
      expect(y.values[kind], `${kind} ${y.key}`).toBe(total(list, (r) => String(r.year) === y.key));
    expect(o.funds.totals[kind]).toBe(total(list, () => true));
    if (o.funds.totals[kind] > 0) nonZero++;
  }
  if (!filter.year && !filter.scheme && !filter.networkId) {
    for (const by of ["network", "measure"] as const) {
      const sql = await participationRows(countyId, by);
      const shown = by === "network" ? o.participation.byNetwork : o.participation.byMeasure;
      for (const g of shown) {
        const r = sql.find((x) => x.key === g.key);
        expect({ gatherings: g.gatherings, ...g.figures, unmarked: undefined }, `${by} ${g.label}`).toEqual({
          gatherings: Number(r?.gatherings ?? 0),
          registered: Number(r?.registered ?? 0),
          present: Number(r?.present ?? 0),
          noShows: Number(r?.noShows ?? 0),
          walkIns: Number(r?.walkIns ?? 0),
          unmarked: undefined,
        });
      }
      expect(shown.filter((g) => g.figures.registered > 0).length).toBe(
        sql.filter((x) => Number(x.registered) > 0).length,
      );
    }
    const statuses = await db.$queryRaw<
      { status: string; n: bigint }[]
    >`SELECT nr.status::text, COUNT(*) AS n FROM "NeedsReport" nr JOIN "Round" r ON r.id = nr."roundId" WHERE r."countyId" = ${countyId} AND nr.status <> 'DRAFT' GROUP BY 1`;
    for (const s of o.needsStatus)
      expect(s.count, s.status).toBe(Number(statuses.find((x) => x.status === s.status)?.n ?? 0));
  }
  return { o, nonZero };
}

beforeAll(async () => {
  await seedDemoData(db);
  // A delivered annual report, so "used" has figures: the Lofoten measure's 2024 report.
  const kari = (await loadActor("person-kari-nordvik"))!;
  const { id } = await startAnnualReport(kari, { reportMeasureId: "report-nor-lofoten-2024-m1", year: 2024 });
  const r = await getAnnualReport(kari, id, NOW);
  const text = "Beskrevet i årsrapporten.";
  await saveAnnualReport(kari, {
    id,
    version: r.version,
    usedOwner: 650_000,
    usedUh: 870_000,
    unspentPlan: text,
    overspendReason: null,
    activities: text,
    uhContribution: text,
    evaluation: text,
    criterionLocalNeeds: text,
    criterionCollective: text,
    criterionPartnership: text,
    planOnward: text,
    coFinancing: [{ kind: "SALARY", description: "Frikjøp", promised: 474_000, delivered: 400_000 }],
  });
  await submitAnnualReport(kari, { id, version: r.version + 1 }, NOW);
  // A recommendation and a grant in Trøndelag 2023, recorded as the forum and the Statsforvalter would.
  const forum = await db.forum.findUniqueOrThrow({ where: { countyId: "county-trondelag" } });
  const sak = await db.forumCase.findFirstOrThrow({
    where: { forumId: forum.id, year: 2023 },
    orderBy: { number: "asc" },
  });
  const report = await db.needsReport.findFirstOrThrow({
    where: { round: { countyId: "county-trondelag", year: 2023 }, status: "SUBMITTED" },
    include: { measures: true },
  });
  await db.recommendation.create({
    data: {
      budgetId: "budget-trd-2023",
      networkId: report.networkId,
      caseId: sak.id,
      amount: 1_000_000,
      reason: "Innstilt under rammen.",
    },
  });
  await db.allocationDecision.create({
    data: {
      budgetId: "budget-trd-2023",
      networkId: report.networkId,
      needsReportId: report.id,
      outcome: "GRANTED",
      amount: 900_000,
      decidedAt: NOW,
      payments: { create: [{ organisationId: report.leadOwnerId, side: "OWNER", amount: 900_000 }] },
    },
  });
}, 120_000);

describe("the overview's figures equal the sums of the records", () => {
  it("in Nordland (frame, applied, recommended, granted, used; participation; statuses)", async () => {
    const { o, nonZero } = await check("person-jonas-berg", "county-nordland");
    expect(nonZero).toBe(5); // every kind has figures, so the comparison is not of zeros
    expect(o.funds.totals).toEqual({
      frame: 1_600_000,
      applied: 3_160_000,
      recommended: 1_580_000,
      granted: 1_580_000,
      used: 1_520_000,
    });
    expect(o.participation.byNetwork[0]!.figures).toMatchObject({ registered: 308, noShows: 29, walkIns: 12 });
  });

  it("in Trøndelag, and with filters by year, scheme and network", async () => {
    const { o } = await check("person-marte-lien", "county-trondelag");
    expect(o.funds.totals.frame).toBe(14_122_000);
    const network = o.funds.byNetwork.find((n) => n.values.granted > 0)!.key;
    await check("person-marte-lien", "county-trondelag", { year: 2023 });
    await check("person-marte-lien", "county-trondelag", { scheme: "DESENTRALISERT" });
    await check("person-marte-lien", "county-trondelag", { year: 2023, scheme: "DESENTRALISERT", networkId: network });
    // A forum member of Trøndelag sees Trøndelag only.
    const siri = (await loadActor("person-siri-aune"))!;
    const forumView = await loadOverview(siri, {}, NOW);
    expect(forumView.funds.totals).toEqual(o.funds.totals);
  });

  it("the county summary adds up to the overview of its year", async () => {
    const jonas = (await loadActor("person-jonas-berg"))!;
    const s = await countySummary(jonas, { year: 2024 }, NOW);
    const o = await loadOverview(jonas, { year: 2024 }, NOW);
    expect(s.totals).toEqual(o.funds.totals);
    expect(s.measures.map((m) => m.granted.total)).toEqual([1_580_000]);
    expect(s.uhPartners).toEqual([{ id: "org-ntnu", name: expect.any(String), amount: 880_000 }]);
    expect(s.coFinancing).toEqual({ required: 474_000, promised: 474_000, delivered: 400_000 });
    expect(s.participation).toMatchObject({ gatherings: 6, registered: 308, noShows: 29, walkIns: 12, present: 291 });
    expect(s.annualReports).toEqual({ delivered: 1, expected: 1 });
    // Another county's summary is not found.
    await expect(countySummary(jonas, { year: 2024, countyId: "county-trondelag" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
