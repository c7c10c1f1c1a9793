import type { Prisma } from "@/lib/generated/prisma/client";
import type { NeedsReportStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";

/** Statuses a report is in once it has left the owners' hands. */
export const SUBMITTED_STATUSES: NeedsReportStatus[] = [
  "SUBMITTED",
  "IN_REVIEW",
  "RETURNED",
  "RECOMMENDED",
  "GRANTED",
  "REJECTED",
];

/** Statuses in which the partnership may edit the report. */
export const EDITABLE_STATUSES: NeedsReportStatus[] = ["DRAFT", "RETURNED"];

/**
 * The needs reports an actor may see, as a Prisma `where`. A report outside it is "not found".
 * - OWNER: reports where their organisation is lead owner or one of the other owners;
 * - COORDINATOR: reports of the networks they coordinate;
 * - UH: reports naming their institution or unit;
 * - STATSFORVALTER and FORUM_MEMBER: submitted reports (never drafts) in their county.
 * ADMIN operates the portal and sees no reports through that role.
 */
export function needsReportScope(actor: Actor): Prisma.NeedsReportWhereInput {
  const or: Prisma.NeedsReportWhereInput[] = [];
  if (actor.ownerOrgIds.length > 0) {
    or.push({ leadOwnerId: { in: actor.ownerOrgIds } });
    or.push({ owners: { some: { organisationId: { in: actor.ownerOrgIds } } } });
  }
  if (actor.coordinatorNetworkIds.length > 0) {
    or.push({ networkId: { in: actor.coordinatorNetworkIds } });
  }
  if (actor.uhOrgIds.length > 0) {
    or.push({ uhInstitutionId: { in: actor.uhOrgIds } });
    or.push({ uhUnits: { some: { organisationId: { in: actor.uhOrgIds } } } });
  }
  const reviewCounties = [...new Set([...actor.statsforvalterCountyIds, ...actor.forumCountyIds])];
  if (reviewCounties.length > 0) {
    or.push({ round: { countyId: { in: reviewCounties } }, status: { in: SUBMITTED_STATUSES } });
  }
  if (actor.statsforvalterCountyIds.length > 0) {
    // A draft the owners asked to submit after the deadline is shown to the Statsforvalter, who may reopen it.
    or.push({
      round: { countyId: { in: actor.statsforvalterCountyIds } },
      status: "DRAFT",
      reopenRequestedAt: { not: null },
    });
  }
  // Never `{ OR: [] }`: Prisma ignores an empty OR inside AND, which would match everything.
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

type ReportFacts = {
  leadOwnerId: string;
  ownerIds: string[];
  networkId: string;
  countyId: string;
  uhOrgIds: string[];
  status: NeedsReportStatus;
  reopenRequested?: boolean;
};

/** Pure mirror of `needsReportScope` for one report (used where the record is already loaded). */
export function canViewNeedsReport(actor: Actor, r: ReportFacts): boolean {
  if (actor.ownerOrgIds.includes(r.leadOwnerId) || r.ownerIds.some((id) => actor.ownerOrgIds.includes(id))) return true;
  if (actor.coordinatorNetworkIds.includes(r.networkId)) return true;
  if (r.uhOrgIds.some((id) => actor.uhOrgIds.includes(id))) return true;
  const reviewer = actor.statsforvalterCountyIds.includes(r.countyId) || actor.forumCountyIds.includes(r.countyId);
  if (reviewer && SUBMITTED_STATUSES.includes(r.status)) return true;
  return actor.statsforvalterCountyIds.includes(r.countyId) && r.status === "DRAFT" && r.reopenRequested === true;
}

/** The lead owner and the network's coordinator write the report while it is a draft or returned. */
export function canEditNeedsReport(
  actor: Actor,
  r: Pick<ReportFacts, "leadOwnerId" | "networkId" | "status">,
): boolean {
  if (!EDITABLE_STATUSES.includes(r.status)) return false;
  return actor.ownerOrgIds.includes(r.leadOwnerId) || actor.coordinatorNetworkIds.includes(r.networkId);
}

/** Owners and coordinators start reports. */
export function canCreateNeedsReport(actor: Actor): boolean {
  return actor.ownerOrgIds.length > 0 || actor.coordinatorNetworkIds.length > 0;
}

/** Who may see the needs-report list at all (drives navigation). */
export function canListNeedsReports(actor: Actor): boolean {
  return (
    actor.ownerOrgIds.length > 0 ||
    actor.coordinatorNetworkIds.length > 0 ||
    actor.uhOrgIds.length > 0 ||
    actor.statsforvalterCountyIds.length > 0 ||
    actor.forumCountyIds.length > 0
  );
}

/**
 * Whether the round's deadline still allows submitting this report: before the
 * deadline, or while a Statsforvalter has reopened it for this one report.
 */
export function deadlineAllowsSubmit(
  round: { deadline: Date },
  report: { reopenedUntil: Date | null },
  now: Date,
): boolean {
  return now <= round.deadline || (report.reopenedUntil !== null && now <= report.reopenedUntil);
}

/**
 * An owner (or the network's coordinator) takes a submitted report back to
 * draft to correct it: only while the round's deadline allows submitting
 * again and before the Statsforvalter has started the review (status still
 * SUBMITTED, not marked reviewed). The submitted version stays; the next
 * submit makes the next version.
 */
export function canWithdrawNeedsReport(
  actor: Actor,
  r: Pick<ReportFacts, "leadOwnerId" | "networkId" | "status"> & {
    reviewedAt: Date | null;
    reopenedUntil: Date | null;
  },
  round: { deadline: Date },
  now: Date,
): boolean {
  if (r.status !== "SUBMITTED" || r.reviewedAt !== null || !deadlineAllowsSubmit(round, r, now)) return false;
  return actor.ownerOrgIds.includes(r.leadOwnerId) || actor.coordinatorNetworkIds.includes(r.networkId);
}

/** An owner starts a report for an owner it acts for; a coordinator for a member of its network. Both in an open round of the network's county. */
export function canStartNeedsReport(
  actor: Actor,
  target: {
    leadOwnerId: string;
    networkId: string;
    networkMemberIds: string[];
    networkCountyId: string;
    round: { countyId: string; status: string };
  },
): boolean {
  if (target.round.status !== "OPEN" || target.round.countyId !== target.networkCountyId) return false;
  if (!target.networkMemberIds.includes(target.leadOwnerId)) return false;
  return actor.ownerOrgIds.includes(target.leadOwnerId) || actor.coordinatorNetworkIds.includes(target.networkId);
}

type ReviewFacts = { countyId: string; status: NeedsReportStatus };

/** The internal review notes: written and read by the Statsforvalter of the report's county only, never by the owners. */
export function canSeeReviewNotes(actor: Actor, r: Pick<ReviewFacts, "countyId">): boolean {
  return actor.statsforvalterCountyIds.includes(r.countyId);
}

/** The Statsforvalter of the report's county reviews submitted reports. */
export function canReviewNeedsReport(actor: Actor, r: ReviewFacts): boolean {
  return (
    actor.statsforvalterCountyIds.includes(r.countyId) && ["SUBMITTED", "IN_REVIEW", "RETURNED"].includes(r.status)
  );
}

/** Review steps allowed from each status. */
export const REVIEW_TRANSITIONS = {
  startReview: ["SUBMITTED"],
  returnForCorrection: ["SUBMITTED", "IN_REVIEW"],
  markReviewed: ["SUBMITTED", "IN_REVIEW"],
  reopen: ["RETURNED", "DRAFT"],
} as const satisfies Record<string, readonly NeedsReportStatus[]>;

export type ReviewStep = keyof typeof REVIEW_TRANSITIONS;

export function canTakeReviewStep(actor: Actor, r: ReviewFacts, step: ReviewStep): boolean {
  return (
    actor.statsforvalterCountyIds.includes(r.countyId) &&
    (REVIEW_TRANSITIONS[step] as readonly NeedsReportStatus[]).includes(r.status)
  );
}
