/**
 * Who may see and do what with annual reports (årsrapporter), as Prisma
 * scopes and pure checks. Owners see the reports of their partnerships,
 * coordinators those of their networks, the Statsforvalter and the forum
 * those of their county once delivered. A record outside a scope is "not found".
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnualReportStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";

const reviewCounties = (actor: Actor) => [...new Set([...actor.statsforvalterCountyIds, ...actor.forumCountyIds])];

/** The granted needs reports whose measures are expected to report: the partnership's owners, the network's coordinators, the county's Statsforvalter and forum. */
export function grantedReportScope(actor: Actor): Prisma.NeedsReportWhereInput {
  const or: Prisma.NeedsReportWhereInput[] = [];
  if (actor.ownerOrgIds.length) {
    or.push(
      { leadOwnerId: { in: actor.ownerOrgIds } },
      { owners: { some: { organisationId: { in: actor.ownerOrgIds } } } },
    );
  }
  if (actor.coordinatorNetworkIds.length) or.push({ networkId: { in: actor.coordinatorNetworkIds } });
  const counties = reviewCounties(actor);
  if (counties.length) or.push({ round: { countyId: { in: counties } } });
  return or.length ? { OR: or } : { id: { in: [] } };
}

/** Statuses the Statsforvalter and the forum see (never a draft). */
export const REVIEW_VISIBLE: AnnualReportStatus[] = ["SUBMITTED", "RETURNED", "APPROVED"];

export function annualReportScope(actor: Actor): Prisma.AnnualReportWhereInput {
  const or: Prisma.AnnualReportWhereInput[] = [];
  if (actor.ownerOrgIds.length) {
    or.push({ organisationId: { in: actor.ownerOrgIds } });
    or.push({ reportMeasure: { report: { owners: { some: { organisationId: { in: actor.ownerOrgIds } } } } } });
  }
  if (actor.coordinatorNetworkIds.length)
    or.push({ reportMeasure: { report: { networkId: { in: actor.coordinatorNetworkIds } } } });
  const counties = reviewCounties(actor);
  if (counties.length)
    or.push({ reportMeasure: { report: { round: { countyId: { in: counties } } } }, status: { in: REVIEW_VISIBLE } });
  return or.length ? { OR: or } : { id: { in: [] } };
}

export function canListAnnualReports(actor: Actor): boolean {
  return actor.ownerOrgIds.length > 0 || actor.coordinatorNetworkIds.length > 0 || reviewCounties(actor).length > 0;
}

/** The lead owner and the network's coordinators write the report while it is a draft or returned. */
export function canWriteAnnualReport(
  actor: Actor,
  r: { leadOwnerId: string; networkId: string; status: AnnualReportStatus | "NOT_STARTED" },
): boolean {
  if (!["NOT_STARTED", "DRAFT", "RETURNED"].includes(r.status)) return false;
  return actor.ownerOrgIds.includes(r.leadOwnerId) || actor.coordinatorNetworkIds.includes(r.networkId);
}

/** The county's Statsforvalter returns or approves a submitted report. */
export function canReviewAnnualReport(actor: Actor, r: { countyId: string; status: AnnualReportStatus }): boolean {
  return actor.statsforvalterCountyIds.includes(r.countyId) && r.status === "SUBMITTED";
}

/** The county's Statsforvalter sets deadlines and sends reminders. */
export function canManageAnnualReporting(actor: Actor, countyId: string): boolean {
  return actor.statsforvalterCountyIds.includes(countyId);
}
