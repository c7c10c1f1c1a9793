import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { budgetCountyIds } from "@/lib/budget/policy";

/**
 * Samarbeidsforum: its meetings, cases, attachments and minutes are for the
 * county's Statsforvalter (secretariat) and the forum's members; anyone else
 * finds nothing.
 */
export function forumScope(actor: Actor): Prisma.ForumWhereInput {
  const counties = budgetCountyIds(actor);
  return counties.length > 0 ? { countyId: { in: counties } } : { id: { in: [] } };
}

export const meetingScope = (actor: Actor): Prisma.ForumMeetingWhereInput => ({ forum: forumScope(actor) });
export const caseScope = (actor: Actor): Prisma.ForumCaseWhereInput => ({ forum: forumScope(actor) });

export function canUseForum(actor: Actor): boolean {
  return budgetCountyIds(actor).length > 0;
}

/** The Statsforvalter is the forum's secretariat: creates meetings and cases, keeps the agenda, attendance, decisions and minutes. */
export function canManageForum(actor: Actor, countyId: string): boolean {
  return actor.statsforvalterCountyIds.includes(countyId);
}

/** Decisions and minutes are kept until the minutes are approved; then they are the record. */
export function canEditMeeting(actor: Actor, meeting: { countyId: string; status: string }): boolean {
  return canManageForum(actor, meeting.countyId) && meeting.status !== "MINUTES_APPROVED";
}

/** A member of the forum declares their own conflict of interest (habilitet) on a case. */
export function canDeclareConflict(actor: Actor, forum: { countyId: string; memberPersonIds: string[] }): boolean {
  return actor.forumCountyIds.includes(forum.countyId) && forum.memberPersonIds.includes(actor.personId);
}

/** The rule by which minutes are approved, as the forum has decided it. */
export type MinutesRuleName = "LEADER" | "TWO_MEMBERS";

/** Voting members who approve by the TWO_MEMBERS rule. */
export const MINUTES_APPROVERS = 2;

/**
 * A member approves the minutes of a meeting that has been held: by the
 * LEADER rule only the forum's leader; by the TWO_MEMBERS rule any voting
 * member who was not recorded absent. The secretariat writes the minutes and
 * does not approve them.
 */
export function canApproveMinutes(
  actor: Actor,
  m: {
    countyId: string;
    status: string;
    rule: MinutesRuleName;
    seat: { role: string; voting: boolean; present: boolean | null } | null;
  },
): boolean {
  if (!actor.forumCountyIds.includes(m.countyId) || m.status !== "HELD" || !m.seat || !m.seat.voting) return false;
  return m.rule === "LEADER" ? m.seat.role === "LEADER" : m.seat.present === true;
}

/** Whether the approvals given satisfy the forum's rule. */
export function minutesApproved(
  rule: MinutesRuleName,
  approvals: { role: string; voting: boolean; present: boolean | null }[],
): boolean {
  return rule === "LEADER"
    ? approvals.some((a) => a.role === "LEADER" && a.voting)
    : approvals.filter((a) => a.voting && a.present === true).length >= MINUTES_APPROVERS;
}
