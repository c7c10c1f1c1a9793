import "server-only";
import { holdsIn, thisYear } from "@/lib/networks/membership";
import { PAGE_SIZE, type ListFilters } from "@/lib/needs-reports/list-filters";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canEditNeedsReport, needsReportScope } from "@/lib/needs-reports/policy";
import {
  queryNeedsReportPage,
  queryNeedsReports,
  queryReportNetworks,
  type NeedsReportRow,
} from "@/lib/needs-reports/list-query";
import { draftInclude, toDraft } from "@/lib/needs-reports/mapping";
import { reportTotals } from "@/lib/needs-reports/totals";
import { compareNb } from "@/lib/i18n/collate";

/** The reports the actor may see, filtered, searched and sorted, with computed totals and frames: every matching row (the export). */
export async function listNeedsReports(actor: Actor, f: ListFilters = {}): Promise<NeedsReportRow[]> {
  return (await queryNeedsReports(actor, f)).rows;
}

export type { NeedsReportRow };

/** One page of the list (paged in the database), the page shown, how many pages and rows there are. */
export async function listNeedsReportPage(actor: Actor, f: ListFilters = {}) {
  return queryNeedsReportPage(actor, f);
}

/** One page of rows (1-based), and how many pages there are. */
export function pageOf<T>(rows: T[], page = 1) {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), page: current, pages, total: rows.length };
}

/** Networks that appear in the actor's reports (for the filter). */
export async function listReportNetworks(actor: Actor) {
  return queryReportNetworks(actor);
}

/** One report in full for the read view; "not found" when outside the actor's scope. */
export async function getNeedsReport(actor: Actor, id: string) {
  const report = await db.needsReport.findFirst({
    where: { AND: [{ id }, needsReportScope(actor)] },
    include: {
      round: { include: { county: true } },
      network: true,
      leadOwner: true,
      owners: { include: { organisation: true }, orderBy: { organisation: { name: "asc" } } },
      uhUnits: { include: { organisation: { include: { parent: true } } } },
      contacts: true,
      measures: {
        orderBy: { position: "asc" },
        include: {
          budgetLines: { orderBy: [{ side: "asc" }, { position: "asc" }] },
          semesters: true,
          laterNeeds: { orderBy: { position: "asc" } },
        },
      },
      partners: { orderBy: { position: "asc" } },
      codetermination: { orderBy: { position: "asc" } },
      versions: {
        orderBy: { number: "asc" },
        select: { number: true, submittedAt: true, submittedBy: { select: { name: true } } },
      },
      decisions: {
        orderBy: { decidedAt: "asc" },
        select: {
          budget: { select: { scheme: true } },
          outcome: true,
          amount: true,
          decidedAt: true,
          reason: true,
          case: { select: { number: true, year: true, title: true } },
          payments: {
            orderBy: { side: "asc" },
            select: { side: true, amount: true, organisation: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  const [uhInstitution, recommendations] = await Promise.all([
    report.uhInstitutionId
      ? db.organisation.findUnique({
          where: { id: report.uhInstitutionId },
          select: { id: true, name: true, orgNumber: true },
        })
      : null,
    // The forum's recommendation for the report's network in the round (a decision of a case), for the schemes the report applies in.
    db.recommendation.findMany({
      where: { networkId: report.networkId, budget: { roundId: report.roundId, scheme: { in: report.schemes } } },
      select: {
        amount: true,
        reason: true,
        budget: { select: { scheme: true } },
        case: { select: { number: true, year: true, title: true } },
      },
    }),
  ]);
  return { ...report, uhInstitution, recommendations, totals: reportTotals(report.measures) };
}

export type NeedsReportView = Awaited<ReturnType<typeof getNeedsReport>>;

/** What the edit form needs: the draft, its version, and the choices the form offers. "Not found" outside scope. */
export async function getNeedsReportForEdit(actor: Actor, id: string) {
  const report = await db.needsReport.findFirst({
    where: { AND: [{ id }, needsReportScope(actor)] },
    include: {
      ...draftInclude,
      round: true,
      network: { include: { members: { include: { organisation: { select: { id: true, name: true } } } } } },
      leadOwner: true,
      copiedFrom: {
        select: {
          id: true,
          round: { select: { year: true } },
          network: { select: { name: true } },
          leadOwner: { select: { name: true } },
        },
      },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  const uh = await db.organisation.findMany({
    where: { kind: "UH", parentId: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, children: { select: { id: true, name: true }, orderBy: { name: "asc" } } },
  });
  return {
    id: report.id,
    version: report.version,
    status: report.status,
    canEdit: canEditNeedsReport(actor, report),
    returnReason: report.returnReason,
    round: { year: report.round.year, deadline: report.round.deadline, schemes: report.round.schemes },
    network: { id: report.network.id, name: report.network.name },
    leadOwner: { id: report.leadOwner.id, name: report.leadOwner.name },
    updatedAt: report.updatedAt,
    copiedFrom: report.copiedFrom
      ? {
          id: report.copiedFrom.id,
          year: report.copiedFrom.round.year,
          network: report.copiedFrom.network.name,
          owner: report.copiedFrom.leadOwner.name,
        }
      : null,
    draft: toDraft(report),
    options: {
      // The network's members in the report's year: the owners the partnership can be made of.
      owners: report.network.members
        .filter((m) => holdsIn(m, report.round.year))
        .map((m) => m.organisation)
        .filter((o) => o.id !== report.leadOwnerId)
        .sort((a, b) => compareNb(a.name, b.name)),
      uhInstitutions: uh,
    },
  };
}

export type NeedsReportEdit = Awaited<ReturnType<typeof getNeedsReportForEdit>>;

/** Where the actor may start a new report: open rounds × (owner, network) pairs they act for. */
export async function listStartOptions(actor: Actor) {
  const networks = await db.network.findMany({
    where: {
      OR: [
        { id: { in: actor.coordinatorNetworkIds } },
        { members: { some: { organisationId: { in: actor.ownerOrgIds }, toYear: null } } },
        { members: { some: { organisationId: { in: actor.ownerOrgIds }, toYear: { gte: thisYear() } } } },
      ],
    },
    include: {
      members: { include: { organisation: { select: { id: true, name: true } } } },
      county: { include: { rounds: { where: { status: "OPEN" }, orderBy: { year: "asc" } } } },
    },
    orderBy: { name: "asc" },
  });
  return networks.flatMap((n) =>
    n.county.rounds.flatMap((round) =>
      n.members
        .filter((m) => holdsIn(m, round.year) && holdsIn({ fromYear: n.fromYear, toYear: n.endedYear }, round.year))
        .filter((m) => actor.ownerOrgIds.includes(m.organisationId) || actor.coordinatorNetworkIds.includes(n.id))
        .map((m) => ({
          roundId: round.id,
          year: round.year,
          deadline: round.deadline,
          networkId: n.id,
          networkName: n.name,
          ownerId: m.organisation.id,
          ownerName: m.organisation.name,
        })),
    ),
  );
}

/**
 * The earlier reports a new one can start from: those of the networks and
 * lead owners the actor may start reports for, that the actor can see, newest
 * first. (createNeedsReport checks the one chosen again.)
 */
export async function listCopySources(actor: Actor) {
  if (!actor.ownerOrgIds.length && !actor.coordinatorNetworkIds.length) return [];
  return db.needsReport.findMany({
    where: {
      AND: [
        needsReportScope(actor),
        { OR: [{ leadOwnerId: { in: actor.ownerOrgIds } }, { networkId: { in: actor.coordinatorNetworkIds } }] },
      ],
    },
    orderBy: [{ round: { year: "desc" } }, { network: { name: "asc" } }],
    take: 50,
    select: {
      id: true,
      status: true,
      submittedVersion: true,
      round: { select: { year: true } },
      network: { select: { name: true } },
      leadOwner: { select: { name: true } },
    },
  });
}

/** The submitted versions of a report the actor may see, with their content. */
export async function getNeedsReportVersions(actor: Actor, id: string) {
  const report = await db.needsReport.findFirst({
    where: { AND: [{ id }, needsReportScope(actor)] },
    select: {
      id: true,
      round: { select: { year: true } },
      network: { select: { name: true } },
      versions: {
        orderBy: { number: "asc" },
        select: { number: true, submittedAt: true, snapshot: true, submittedBy: { select: { name: true } } },
      },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  return report;
}
