import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { sum } from "@/lib/money";
import { overviewCountyIds, summaryReader } from "@/lib/overview/policy";
import { loadOverview } from "@/lib/overview/queries";
import { heldParticipation, listExpectedAnnualReports, participationFor } from "@/lib/annual-reports/queries";
import { DELIVERED, requiredCoFinancing } from "@/lib/annual-reports/rules";
import { compareNb } from "@/lib/i18n/collate";

/**
 * The county summary for the directorate for one year: money per scheme,
 * the networks and the measures granted, the UH partners and what they
 * received, participation at the year's gatherings and the owners'
 * co-financing required, promised and delivered. Everything is computed from
 * the records; nothing is typed.
 */
export async function countySummary(actor: Actor, input: { countyId?: string; year: number }, now = new Date()) {
  const countyId = input.countyId ?? overviewCountyIds(actor)[0];
  const scoped = countyId ? summaryReader(actor, countyId) : null;
  const county =
    countyId && scoped
      ? await db.county.findUnique({ where: { id: countyId }, select: { id: true, name: true } })
      : null;
  if (!county || !scoped) throw new AppError("NOT_FOUND");
  const [overview, expected, uhPayments, ledgers] = await Promise.all([
    loadOverview(scoped, { year: input.year }, now),
    listExpectedAnnualReports(scoped, { year: input.year, countyId }, now),
    db.allocationPayment.groupBy({
      by: ["organisationId"],
      where: { side: "UH", decision: { outcome: "GRANTED", budget: { countyId, year: input.year } } },
      _sum: { amount: true },
    }),
    db.annualReport.findMany({
      where: { year: input.year, status: { in: DELIVERED }, reportMeasure: { report: { round: { countyId } } } },
      select: { reportMeasureId: true, coFinancing: { select: { promised: true, delivered: true } } },
    }),
  ]);
  const uhNames = new Map(
    (
      await db.organisation.findMany({
        where: { id: { in: uhPayments.map((u) => u.organisationId) } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  );
  const measures = await Promise.all(
    expected.map(async (e) => {
      const p = await participationFor(e.reportMeasureId, e.year, now);
      return { ...e, coRequired: requiredCoFinancing(e.granted.total, e.scheme), participation: p };
    }),
  );
  const ledgerBy = new Map(ledgers.map((l) => [l.reportMeasureId, l.coFinancing]));
  const networks = overview.funds.byNetwork.filter(
    (n) => n.values.granted > 0 || n.values.frame > 0 || n.values.applied > 0,
  );
  const participation = await heldParticipation({ measure: { countyId } }, input.year, now);
  return {
    county,
    year: input.year,
    schemes: overview.funds.byScheme.filter((s) => Object.values(s.values).some((v) => v > 0)),
    totals: overview.funds.totals,
    networks,
    measures,
    uhPartners: uhPayments
      .map((u) => ({
        id: u.organisationId,
        name: uhNames.get(u.organisationId) ?? u.organisationId,
        amount: u._sum.amount ?? 0,
      }))
      .sort((a, b) => compareNb(a.name, b.name)),
    participation: {
      ...participation.totals,
      gatherings: participation.gatherings.length,
      unitsReached: participation.unitsReached,
      peopleReached: participation.peopleReached,
      noShowRate: participation.noShowRate,
    },
    coFinancing: {
      required: sum(measures.map((m) => m.coRequired)),
      promised: sum(measures.map((m) => sum((ledgerBy.get(m.reportMeasureId) ?? []).map((l) => l.promised)))),
      delivered: sum(measures.map((m) => sum((ledgerBy.get(m.reportMeasureId) ?? []).map((l) => l.delivered)))),
    },
    annualReports: { delivered: measures.filter((m) => m.delivered).length, expected: measures.length },
  };
}
export type CountySummary = Awaited<ReturnType<typeof countySummary>>;
