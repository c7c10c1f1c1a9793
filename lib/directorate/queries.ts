import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canUseDirectorate } from "@/lib/directorate/policy";
import { SUBMITTED_STATUSES } from "@/lib/needs-reports/policy";
import { osloDateTime } from "@/lib/dates";

type Row = {
  id: string;
  name: string;
  code: string;
  frames: number;
  applied: number;
  recommended: number;
  granted: number;
  used: number;
  reports: number;
  registered: number;
  present: number;
  annualDelivered: number;
  annualExpected: number;
};

/**
 * The national overview for a year: per county the directorate's amounts per
 * scheme and, from the county's own records, the decided frames, what was
 * applied for, recommended, granted and used, participation at the year's
 * gatherings and the annual reports delivered. One statement for the figures.
 */
export async function nationalOverview(actor: Actor, year: number) {
  if (!canUseDirectorate(actor)) throw new AppError("NOT_FOUND");
  const from = osloDateTime(`${year}-01-01`);
  const to = osloDateTime(`${year + 1}-01-01`);
  const [rows, allocations] = await Promise.all([
    db.$queryRaw<Row[]>(Prisma.sql`
      SELECT c.id, c.name, c.code,
        (SELECT coalesce(sum(nf.frame), 0)::int FROM "NetworkFrame" nf JOIN "FrameScenario" fs ON fs.id = nf."scenarioId" JOIN "YearBudget" b ON b.id = fs."budgetId" WHERE fs.decided AND b."countyId" = c.id AND b.year = ${year}) AS frames,
        (SELECT coalesce(sum(m."ownerAmount" + m."uhAmount"), 0)::int FROM "ReportMeasure" m JOIN "NeedsReport" r ON r.id = m."reportId" JOIN "Round" ro ON ro.id = r."roundId" WHERE ro."countyId" = c.id AND ro.year = ${year} AND r.status::text = ANY(${SUBMITTED_STATUSES}::text[])) AS applied,
        (SELECT coalesce(sum(rec.amount), 0)::int FROM "Recommendation" rec JOIN "YearBudget" b ON b.id = rec."budgetId" WHERE b."countyId" = c.id AND b.year = ${year}) AS recommended,
        (SELECT coalesce(sum(d.amount), 0)::int FROM "AllocationDecision" d JOIN "YearBudget" b ON b.id = d."budgetId" WHERE d.outcome = 'GRANTED' AND b."countyId" = c.id AND b.year = ${year}) AS granted,
        (SELECT coalesce(sum(coalesce(a."usedOwner", 0) + coalesce(a."usedUh", 0)), 0)::int FROM "AnnualReport" a JOIN "ReportMeasure" m ON m.id = a."reportMeasureId" JOIN "NeedsReport" r ON r.id = m."reportId" JOIN "Round" ro ON ro.id = r."roundId" WHERE ro."countyId" = c.id AND a.year = ${year} AND a.status IN ('SUBMITTED', 'APPROVED')) AS used,
        (SELECT count(*)::int FROM "NeedsReport" r JOIN "Round" ro ON ro.id = r."roundId" WHERE ro."countyId" = c.id AND ro.year = ${year} AND r.status::text = ANY(${SUBMITTED_STATUSES}::text[])) AS reports,
        (SELECT count(*)::int FROM "Registration" g JOIN "Gathering" ga ON ga.id = g."gatheringId" JOIN "Measure" me ON me.id = ga."measureId" WHERE me."countyId" = c.id AND NOT ga.cancelled AND ga."startsAt" >= ${from} AND ga."startsAt" < ${to} AND g.status = 'REGISTERED') AS registered,
        (SELECT count(*)::int FROM "Registration" g JOIN "Gathering" ga ON ga.id = g."gatheringId" JOIN "Measure" me ON me.id = ga."measureId" WHERE me."countyId" = c.id AND NOT ga.cancelled AND ga."startsAt" >= ${from} AND ga."startsAt" < ${to} AND g.attendance = 'PRESENT') AS present,
        (SELECT count(*)::int FROM "AnnualReport" a JOIN "ReportMeasure" m ON m.id = a."reportMeasureId" JOIN "NeedsReport" r ON r.id = m."reportId" JOIN "Round" ro ON ro.id = r."roundId" WHERE ro."countyId" = c.id AND a.year = ${year} AND a.status IN ('SUBMITTED', 'APPROVED')) AS "annualDelivered",
        (SELECT count(*)::int FROM "ReportMeasure" m JOIN "NeedsReport" r ON r.id = m."reportId" JOIN "Round" ro ON ro.id = r."roundId" WHERE ro."countyId" = c.id AND ro.year = ${year} AND r.status = 'GRANTED') AS "annualExpected"
      FROM "County" c ORDER BY c.name`),
    db.countyAllocation.findMany({
      where: { year },
      select: {
        id: true,
        countyId: true,
        scheme: true,
        amount: true,
        version: true,
        updatedAt: true,
        enteredBy: { select: { name: true } },
      },
    }),
  ]);
  const byCounty = new Map<string, typeof allocations>();
  for (const a of allocations) byCounty.set(a.countyId, [...(byCounty.get(a.countyId) ?? []), a]);
  const counties = rows.map((r) => ({
    ...r,
    allocations: byCounty.get(r.id) ?? [],
    allocated: (byCounty.get(r.id) ?? []).reduce((s, a) => s + a.amount, 0),
  }));
  const total = (
    k:
      | "allocated"
      | "frames"
      | "applied"
      | "recommended"
      | "granted"
      | "used"
      | "reports"
      | "registered"
      | "present"
      | "annualDelivered"
      | "annualExpected",
  ) => counties.reduce((s, c) => s + c[k], 0);
  return {
    year,
    counties,
    totals: {
      allocated: total("allocated"),
      frames: total("frames"),
      applied: total("applied"),
      recommended: total("recommended"),
      granted: total("granted"),
      used: total("used"),
      reports: total("reports"),
      registered: total("registered"),
      present: total("present"),
      annualDelivered: total("annualDelivered"),
      annualExpected: total("annualExpected"),
    },
  };
}

/** The directorate's amount for a county, scheme and year, as the year budget takes it. */
export async function countyAllocation(
  countyId: string,
  year: number,
  scheme: "DESENTRALISERT" | "REGIONAL" | "KOMPETANSELOFTET",
) {
  return db.countyAllocation.findUnique({
    where: { countyId_year_scheme: { countyId, year, scheme } },
    select: { amount: true, updatedAt: true },
  });
}

/** One county's amounts for a year (one per scheme at most); null when there is no such county. */
export async function countyAllocations(countyId: string, year: number) {
  const county = await db.county.findUnique({ where: { id: countyId }, select: { id: true, name: true } });
  if (!county) return null;
  const allocations = await db.countyAllocation.findMany({
    where: { countyId, year },
    select: {
      scheme: true,
      amount: true,
      note: true,
      version: true,
      updatedAt: true,
      enteredBy: { select: { name: true } },
    },
  });
  return { county, allocations };
}
