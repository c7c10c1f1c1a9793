import "server-only";
import { cache } from "react";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Scheme } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { osloDateTime } from "@/lib/dates";
import {
  annualReportScope,
  canManageAnnualReporting,
  canReviewAnnualReport,
  canWriteAnnualReport,
  grantedReportScope,
} from "@/lib/annual-reports/policy";
import {
  annualDeadline,
  grantPerMeasure,
  ledgerTotals,
  reportState,
  requiredCoFinancing,
  unspent,
} from "@/lib/annual-reports/rules";
import { participationSummary } from "@/lib/annual-reports/participation";
import { submitIssues } from "@/lib/annual-reports/schema";
import { compareNb } from "@/lib/i18n/collate";

type Reader = Tx | typeof db;

/**
 * The annual reports expected: one per measure of a granted needs report (in
 * the scheme of the budget that granted it) and budget year, with what was
 * granted to it, the deadline, and the report as far as it has come.
 */
export async function listExpectedAnnualReports(
  actor: Actor,
  filter: { year?: number; countyId?: string } = {},
  now = new Date(),
  r: Reader = db,
) {
  return loadExpected(r, grantedReportScope(actor), filter, now, actor);
}

/** The same for the reminder job, which acts for no one: every county, or one. */
export async function expectedForCounty(countyId: string | null, now: Date, r: Reader = db) {
  return loadExpected(r, countyId ? { round: { countyId } } : {}, {}, now, null);
}

async function loadExpected(
  r: Reader,
  scope: Prisma.NeedsReportWhereInput,
  filter: { year?: number; countyId?: string },
  now: Date,
  actor: Actor | null,
) {
  const granted: Prisma.AllocationDecisionWhereInput = {
    outcome: "GRANTED",
    ...(filter.year ? { budget: { year: filter.year } } : {}),
    ...(filter.countyId
      ? { budget: { countyId: filter.countyId, ...(filter.year ? { year: filter.year } : {}) } }
      : {}),
  };
  // The annual reports of those decisions' measures, by relation rather than by a list of ids (a
  // county has thousands; Prisma's query compiler pays for every element of an `in` list).
  const ofGranted: Prisma.AnnualReportWhereInput = {
    reportMeasure: { report: { AND: [scope, { decisions: { some: granted } }] } },
  };
  const [decisions, reports, readable] = await Promise.all([
    r.allocationDecision.findMany({
      where: { ...granted, needsReport: scope },
      select: {
        id: true,
        budget: { select: { year: true, scheme: true, countyId: true } },
        payments: { select: { side: true, amount: true } },
        needsReport: {
          select: {
            id: true,
            networkId: true,
            leadOwnerId: true,
            leadOwner: { select: { name: true } },
            network: { select: { name: true } },
            round: { select: { id: true, year: true, annualReportDeadline: true, countyId: true, version: true } },
            measures: {
              orderBy: { position: "asc" },
              select: { id: true, position: true, name: true, scheme: true, ownerAmount: true, uhAmount: true },
            },
          },
        },
      },
    }),
    r.annualReport.findMany({
      where: ofGranted,
      select: { id: true, reportMeasureId: true, year: true, status: true, submittedAt: true, updatedAt: true },
    }),
    actor
      ? r.annualReport.findMany({ where: { AND: [ofGranted, annualReportScope(actor)] }, select: { id: true } })
      : [],
  ]);
  const byMeasureYear = new Map(reports.map((x) => [`${x.reportMeasureId}:${x.year}`, x]));
  const visible = new Set(readable.map((x) => x.id));
  const rows = decisions.flatMap((d) => {
    const measures = d.needsReport.measures.filter((m) => m.scheme === d.budget.scheme);
    const granted = grantPerMeasure(d.payments, measures);
    const deadline = annualDeadline({
      year: d.budget.year,
      annualReportDeadline:
        d.needsReport.round.year === d.budget.year ? d.needsReport.round.annualReportDeadline : null,
    });
    return measures.map((m) => {
      const report = byMeasureYear.get(`${m.id}:${d.budget.year}`) ?? null;
      const state = reportState(report, deadline, now);
      return {
        key: `${m.id}:${d.budget.year}`,
        reportMeasureId: m.id,
        measureName: m.name,
        measurePosition: m.position,
        needsReportId: d.needsReport.id,
        year: d.budget.year,
        scheme: d.budget.scheme as Scheme,
        countyId: d.budget.countyId,
        roundId: d.needsReport.round.id,
        network: { id: d.needsReport.networkId, name: d.needsReport.network.name },
        leadOwner: { id: d.needsReport.leadOwnerId, name: d.needsReport.leadOwner.name },
        granted: granted.get(m.id)!,
        deadline,
        report: report ? { ...report, readable: visible.has(report.id) } : null,
        ...state,
        canStart:
          !report &&
          actor !== null &&
          canWriteAnnualReport(actor, {
            leadOwnerId: d.needsReport.leadOwnerId,
            networkId: d.needsReport.networkId,
            status: "NOT_STARTED",
          }),
      };
    });
  });
  return rows.sort(
    (a, b) =>
      b.year - a.year ||
      compareNb(a.network.name, b.network.name) ||
      compareNb(a.leadOwner.name, b.leadOwner.name) ||
      a.measurePosition - b.measurePosition,
  );
}
export type ExpectedAnnualReport = Awaited<ReturnType<typeof listExpectedAnnualReports>>[number];

/** The rounds of the actor's counties with granted reports, for setting the reporting deadline. */
export async function listReportingRounds(actor: Actor) {
  const rounds = await db.round.findMany({
    where: {
      countyId: { in: actor.statsforvalterCountyIds },
      budgets: { some: { decisions: { some: { outcome: "GRANTED" } } } },
    },
    orderBy: [{ year: "desc" }],
    select: {
      id: true,
      year: true,
      version: true,
      annualReportDeadline: true,
      countyId: true,
      county: { select: { name: true } },
    },
  });
  return rounds
    .filter((x) => canManageAnnualReporting(actor, x.countyId))
    .map((x) => ({ ...x, deadline: annualDeadline(x) }));
}

/** Gatherings held (not cancelled, started) in a year that match `where`, with their registrations, summarised. */
export async function heldParticipation(
  where: Prisma.GatheringWhereInput,
  year: number,
  now = new Date(),
  r: Reader = db,
) {
  const gatherings = await r.gathering.findMany({
    where: {
      AND: [
        where,
        {
          cancelled: false,
          startsAt: { gte: osloDateTime(`${year}-01-01`), lt: osloDateTime(`${year + 1}-01-01`), lte: now },
        },
      ],
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      title: true,
      number: true,
      startsAt: true,
      registrations: {
        select: {
          walkIn: true,
          status: true,
          attendance: true,
          name: true,
          email: true,
          organisationId: true,
          unitName: true,
        },
      },
    },
  });
  return participationSummary(gatherings);
}

/** The participation of the measures a needs-report measure funds, in the year. */
export const participationFor = (reportMeasureId: string, year: number, now = new Date(), r: Reader = db) =>
  heldParticipation({ measure: { reportMeasureId } }, year, now, r);

/** One annual report with everything the read view, the form and the submission need; "not found" outside the actor's scope. */
export async function getAnnualReport(actor: Actor, id: string, now = new Date(), r: Reader = db) {
  const report = await r.annualReport.findFirst({
    where: { AND: [{ id }, annualReportScope(actor)] },
    include: {
      organisation: { select: { name: true } },
      coFinancing: { orderBy: { position: "asc" } },
      versions: { orderBy: { number: "desc" }, select: { number: true, submittedAt: true, submittedById: true } },
      reportMeasure: {
        select: {
          id: true,
          name: true,
          scheme: true,
          targetGroup: true,
          measures: { select: { id: true, name: true, goal: true } },
          report: {
            select: {
              id: true,
              networkId: true,
              leadOwnerId: true,
              uhInstitutionId: true,
              network: { select: { name: true } },
              round: { select: { year: true, countyId: true, annualReportDeadline: true } },
              measures: {
                orderBy: { position: "asc" },
                select: { id: true, scheme: true, ownerAmount: true, uhAmount: true },
              },
              decisions: {
                where: { outcome: "GRANTED" },
                select: {
                  decidedAt: true,
                  payments: { select: { side: true, amount: true } },
                  budget: { select: { year: true, scheme: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  const rm = report.reportMeasure;
  const decision =
    rm.report.decisions.find((d) => d.budget.year === report.year && d.budget.scheme === rm.scheme) ?? null;
  const granted = decision
    ? grantPerMeasure(
        decision.payments,
        rm.report.measures.filter((m) => m.scheme === rm.scheme),
      ).get(rm.id)!
    : { owner: 0, uh: 0, total: 0 };
  const uhName = rm.report.uhInstitutionId
    ? ((await r.organisation.findUnique({ where: { id: rm.report.uhInstitutionId }, select: { name: true } }))?.name ??
      null)
    : null;
  const submitterIds = report.versions.map((v) => v.submittedById).filter((x): x is string => Boolean(x));
  const submitters = new Map(
    (await r.person.findMany({ where: { id: { in: submitterIds } }, select: { id: true, name: true } })).map((p) => [
      p.id,
      p.name,
    ]),
  );
  const participation = await participationFor(rm.id, report.year, now, r);
  const required = requiredCoFinancing(granted.total, rm.scheme);
  const ledger = ledgerTotals(report.coFinancing);
  const deadline = annualDeadline({
    year: report.year,
    annualReportDeadline: rm.report.round.year === report.year ? rm.report.round.annualReportDeadline : null,
  });
  const facts = {
    leadOwnerId: rm.report.leadOwnerId,
    networkId: rm.report.networkId,
    status: report.status,
    countyId: rm.report.round.countyId,
  };
  return {
    ...report,
    measureName: rm.name,
    scheme: rm.scheme,
    goals: rm.measures.map((m) => ({ id: m.id, name: m.name, goal: m.goal })),
    needsReportId: rm.report.id,
    network: { id: rm.report.networkId, name: rm.report.network.name },
    countyId: rm.report.round.countyId,
    uhName,
    granted,
    decidedAt: decision?.decidedAt ?? null,
    unspent: unspent(granted, { owner: report.usedOwner, uh: report.usedUh }),
    participation,
    coFinancingRequired: required,
    ledger,
    deadline,
    state: reportState(report, deadline, now),
    versions: report.versions.map((v) => ({
      ...v,
      submittedBy: v.submittedById ? (submitters.get(v.submittedById) ?? null) : null,
    })),
    issues: submitIssues({
      values: report,
      granted,
      requiredCoFinancing: required,
      ledgerRows: report.coFinancing.length,
    }),
    can: {
      write: canWriteAnnualReport(actor, facts),
      review: canReviewAnnualReport(actor, facts),
    },
  };
}
export type AnnualReportView = Awaited<ReturnType<typeof getAnnualReport>>;

/** The same read once per request, shared by a page and its metadata. */
export const getAnnualReportOnce = cache((actor: Actor, id: string) => getAnnualReport(actor, id));

/**
 * A submitted version of a report the caller has already read through
 * `getAnnualReport` (which applies the scope), with the snapshot's dates revived.
 */
export async function getAnnualReportVersion(annualReportId: string, number: number) {
  const v = await db.annualReportVersion.findUnique({ where: { annualReportId_number: { annualReportId, number } } });
  if (!v) throw new AppError("NOT_FOUND");
  type Snapshot = Omit<AnnualReportView, "can" | "issues" | "versions">;
  const raw = v.snapshot as unknown as Snapshot & { participation: { gatherings: { startsAt: string | Date }[] } };
  const snapshot: Snapshot = {
    ...raw,
    participation: {
      ...raw.participation,
      gatherings: raw.participation.gatherings.map((g) => ({ ...g, startsAt: new Date(g.startsAt) })),
    },
  } as Snapshot;
  return { number: v.number, submittedAt: v.submittedAt, snapshot };
}
