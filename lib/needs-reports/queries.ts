import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canEditNeedsReport, needsReportScope } from "@/lib/needs-reports/policy";
import { draftInclude, toDraft } from "@/lib/needs-reports/mapping";
import { reportTotals } from "@/lib/needs-reports/totals";

/** The reports the actor may see, newest round first, with computed totals. */
export async function listNeedsReports(actor: Actor) {
  const reports = await db.needsReport.findMany({
    where: needsReportScope(actor),
    orderBy: [{ round: { year: "desc" } }, { network: { name: "asc" } }],
    select: {
      id: true,
      status: true,
      schemes: true,
      submittedAt: true,
      round: { select: { year: true, deadline: true, county: { select: { name: true } } } },
      network: { select: { id: true, name: true } },
      leadOwner: { select: { id: true, name: true } },
      measures: { select: { scheme: true, ownerAmount: true, uhAmount: true } },
    },
  });
  return reports.map(({ measures, ...r }) => ({ ...r, total: reportTotals(measures).total.total }));
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
      versions: { orderBy: { number: "asc" }, select: { number: true, submittedAt: true, submittedBy: { select: { name: true } } } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  const uhInstitution = report.uhInstitutionId
    ? await db.organisation.findUnique({ where: { id: report.uhInstitutionId }, select: { id: true, name: true, orgNumber: true } })
    : null;
  return { ...report, uhInstitution, totals: reportTotals(report.measures) };
}

export type NeedsReportView = Awaited<ReturnType<typeof getNeedsReport>>;

/** What the edit form needs: the draft, its version, and the choices the form offers. "Not found" outside scope. */
export async function getNeedsReportForEdit(actor: Actor, id: string) {
  const report = await db.needsReport.findFirst({
    where: { AND: [{ id }, needsReportScope(actor)] },
    include: { ...draftInclude, round: true, network: { include: { members: { include: { organisation: { select: { id: true, name: true } } } } } }, leadOwner: true },
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
    round: { year: report.round.year, deadline: report.round.deadline },
    network: { id: report.network.id, name: report.network.name },
    leadOwner: { id: report.leadOwner.id, name: report.leadOwner.name },
    updatedAt: report.updatedAt,
    draft: toDraft(report),
    options: {
      owners: report.network.members
        .map((m) => m.organisation)
        .filter((o) => o.id !== report.leadOwnerId)
        .sort((a, b) => a.name.localeCompare(b.name, "nb")),
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
        { members: { some: { organisationId: { in: actor.ownerOrgIds } } } },
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
        .filter((m) => actor.ownerOrgIds.includes(m.organisationId) || actor.coordinatorNetworkIds.includes(n.id))
        .map((m) => ({ roundId: round.id, year: round.year, deadline: round.deadline, networkId: n.id, networkName: n.name, ownerId: m.organisation.id, ownerName: m.organisation.name })),
    ),
  );
}

/** The submitted versions of a report the actor may see, with their content. */
export async function getNeedsReportVersions(actor: Actor, id: string) {
  const report = await db.needsReport.findFirst({
    where: { AND: [{ id }, needsReportScope(actor)] },
    select: {
      id: true,
      round: { select: { year: true } },
      network: { select: { name: true } },
      versions: { orderBy: { number: "asc" }, select: { number: true, submittedAt: true, snapshot: true, submittedBy: { select: { name: true } } } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  return report;
}
