import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scheme } from "@/lib/generated/prisma/enums";
import { osloDateTime, osloYear } from "@/lib/dates";
import { SUBMITTED_STATUSES } from "@/lib/needs-reports/policy";
import { overviewCountyIds } from "@/lib/overview/policy";
import {
  countBy,
  fundsBy,
  fundTotals,
  participationBy,
  type FundFact,
  type ParticipationFact,
} from "@/lib/overview/figures";
import { listExpectedAnnualReports } from "@/lib/annual-reports/queries";
import { DELIVERED } from "@/lib/annual-reports/rules";
import { compareNb } from "@/lib/i18n/collate";

export type OverviewFilter = { year?: number; scheme?: Scheme; networkId?: string };
const SCHEMES: Scheme[] = ["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"];
const NEEDS_STATUSES = ["SUBMITTED", "IN_REVIEW", "RETURNED", "RECOMMENDED", "GRANTED", "REJECTED"] as const;
const ANNUAL_STATUSES = ["NOT_STARTED", "DRAFT", "RETURNED", "SUBMITTED", "APPROVED"] as const;

/**
 * The facts behind every chart of the overview, for the actor's counties and
 * the filter: money (frame, applied, recommended, granted, used) by year,
 * scheme and network; attendance at held gatherings; needs reports and
 * annual reports by status.
 */
export async function loadOverview(actor: Actor, filter: OverviewFilter, now = new Date()) {
  const counties = overviewCountyIds(actor);
  const budgetWhere: Prisma.YearBudgetWhereInput = {
    countyId: { in: counties },
    ...(filter.year ? { year: filter.year } : {}),
    ...(filter.scheme ? { scheme: filter.scheme } : {}),
  };
  const net = filter.networkId ? { networkId: filter.networkId } : {};
  const [networks, frames, applied, recommendations, decisions, used, registrations, needsReports, years] =
    await Promise.all([
      db.network.findMany({
        where: { countyId: { in: counties } },
        orderBy: { name: "asc" },
        select: { id: true, name: true, members: { select: { organisationId: true } } },
      }),
      db.networkFrame.findMany({
        where: { ...net, scenario: { decided: true, budget: budgetWhere } },
        select: {
          networkId: true,
          frame: true,
          scenario: { select: { budget: { select: { year: true, scheme: true } } } },
        },
      }),
      db.reportMeasure.findMany({
        where: {
          ...(filter.scheme ? { scheme: filter.scheme } : {}),
          report: {
            status: { in: SUBMITTED_STATUSES },
            ...net,
            round: { countyId: { in: counties }, ...(filter.year ? { year: filter.year } : {}) },
          },
        },
        select: {
          scheme: true,
          ownerAmount: true,
          uhAmount: true,
          report: { select: { networkId: true, round: { select: { year: true } } } },
        },
      }),
      db.recommendation.findMany({
        where: { ...net, budget: budgetWhere },
        select: { networkId: true, amount: true, budget: { select: { year: true, scheme: true } } },
      }),
      db.allocationDecision.findMany({
        where: { ...net, outcome: "GRANTED", budget: budgetWhere },
        select: { networkId: true, amount: true, budget: { select: { year: true, scheme: true } } },
      }),
      db.annualReport.findMany({
        where: {
          status: { in: DELIVERED },
          ...(filter.year ? { year: filter.year } : {}),
          reportMeasure: {
            ...(filter.scheme ? { scheme: filter.scheme } : {}),
            report: { ...net, round: { countyId: { in: counties } } },
          },
        },
        select: {
          year: true,
          usedOwner: true,
          usedUh: true,
          reportMeasure: { select: { scheme: true, report: { select: { networkId: true } } } },
        },
      }),
      db.registration.findMany({
        where: {
          gathering: {
            cancelled: false,
            startsAt: {
              lte: now,
              ...(filter.year
                ? { gte: osloDateTime(`${filter.year}-01-01`), lt: osloDateTime(`${filter.year + 1}-01-01`) }
                : {}),
            },
            measure: { countyId: { in: counties }, ...(filter.scheme ? { scheme: filter.scheme } : {}) },
            ...(filter.networkId ? { networks: { some: { networkId: filter.networkId } } } : {}),
          },
        },
        select: {
          walkIn: true,
          status: true,
          attendance: true,
          organisationId: true,
          gathering: {
            select: {
              id: true,
              measureId: true,
              measure: { select: { name: true } },
              networks: { select: { networkId: true } },
            },
          },
        },
      }),
      db.needsReport.findMany({
        where: {
          status: { in: SUBMITTED_STATUSES },
          ...net,
          round: { countyId: { in: counties }, ...(filter.year ? { year: filter.year } : {}) },
          ...(filter.scheme ? { schemes: { has: filter.scheme } } : {}),
        },
        select: { status: true },
      }),
      db.round.findMany({
        where: { countyId: { in: counties } },
        select: { year: true },
        distinct: ["year"],
        orderBy: { year: "desc" },
      }),
    ]);

  const facts: FundFact[] = [
    ...frames.map((f) => ({
      kind: "frame" as const,
      year: f.scenario.budget.year,
      scheme: f.scenario.budget.scheme,
      networkId: f.networkId,
      amount: f.frame,
    })),
    ...applied.map((m) => ({
      kind: "applied" as const,
      year: m.report.round.year,
      scheme: m.scheme,
      networkId: m.report.networkId,
      amount: m.ownerAmount + m.uhAmount,
    })),
    ...recommendations.map((r) => ({
      kind: "recommended" as const,
      year: r.budget.year,
      scheme: r.budget.scheme,
      networkId: r.networkId,
      amount: r.amount,
    })),
    ...decisions.map((d) => ({
      kind: "granted" as const,
      year: d.budget.year,
      scheme: d.budget.scheme,
      networkId: d.networkId,
      amount: d.amount,
    })),
    ...used.map((u) => ({
      kind: "used" as const,
      year: u.year,
      scheme: u.reportMeasure.scheme,
      networkId: u.reportMeasure.report.networkId,
      amount: (u.usedOwner ?? 0) + (u.usedUh ?? 0),
    })),
  ];

  // A registration counts for a network when the gathering is held for it and, at a gathering of several networks, the participant's organisation is a member of it.
  const members = new Map(networks.map((n) => [n.id, new Set(n.members.map((m) => m.organisationId))]));
  const participation: (ParticipationFact & { organisationId: string | null; measureName: string })[] =
    registrations.map((r) => ({
      walkIn: r.walkIn,
      status: r.status,
      attendance: r.attendance,
      organisationId: r.organisationId,
      gatheringId: r.gathering.id,
      measureId: r.gathering.measureId,
      measureName: r.gathering.measure.name,
      networkIds: r.gathering.networks.map((n) => n.networkId),
    }));
  const inNetwork = (f: (typeof participation)[number], networkId: string) =>
    f.networkIds.includes(networkId) &&
    (f.networkIds.length === 1 ||
      (f.organisationId !== null && (members.get(networkId)?.has(f.organisationId) ?? false)));
  const measureGroups = [
    ...new Map(participation.map((p) => [p.measureId, { key: p.measureId, label: p.measureName }])).values(),
  ].sort((a, b) => compareNb(a.label, b.label));

  const expected = (await listExpectedAnnualReports(actor, { year: filter.year }, now)).filter(
    (e) =>
      counties.includes(e.countyId) &&
      (!filter.scheme || e.scheme === filter.scheme) &&
      (!filter.networkId || e.network.id === filter.networkId),
  );

  const allNetworks = networks.map((n) => ({ key: n.id, label: n.name }));
  const networkGroups = allNetworks.filter((n) => !filter.networkId || n.key === filter.networkId);
  const yearsWithFacts = [...new Set([...years.map((y) => y.year), ...facts.map((f) => f.year)])].sort((a, b) => a - b);
  return {
    filter,
    networks: allNetworks,
    years: yearsWithFacts,
    facts,
    funds: {
      byNetwork: fundsBy(facts, networkGroups, (f) => f.networkId),
      byScheme: fundsBy(
        facts,
        SCHEMES.map((s) => ({ key: s, label: s })),
        (f) => f.scheme,
      ),
      byYear: fundsBy(
        facts,
        (filter.year ? [filter.year] : yearsWithFacts).map((y) => ({ key: String(y), label: String(y) })),
        (f) => String(f.year),
      ),
      totals: fundTotals(facts),
    },
    participation: {
      byNetwork: participationBy(participation, networkGroups, inNetwork),
      byMeasure: participationBy(participation, measureGroups, (f, key) => f.measureId === key),
    },
    needsStatus: countBy(
      needsReports.map((r) => r.status as (typeof NEEDS_STATUSES)[number]),
      NEEDS_STATUSES,
    ),
    annualStatus: countBy(
      expected.map((e) => e.status),
      ANNUAL_STATUSES,
    ),
    annualMissing: expected.filter((e) => e.missing).length,
    now: osloYear(now),
  };
}
export type Overview = Awaited<ReturnType<typeof loadOverview>>;
