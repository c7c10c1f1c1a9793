import type { Actor } from "@/lib/auth/actor";
import type { Criterion } from "@/lib/generated/prisma/enums";

/** The three criteria every measure is judged by (seed 002, «Kriterier for tildeling»), in order. */
export const CRITERIA: Criterion[] = ["LOCAL_NEEDS", "COLLECTIVE_PROCESSES", "PARTNERSHIP"];
export const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * The criteria sheet: each network's basis for decision is assessed by the
 * forum members of the county — by "the others" (seed 002): not by a member
 * who acts for one of the network's owners or coordinates it. Everyone who
 * may read the budget reads the summary.
 */
export function canAssessNetwork(
  actor: Actor,
  network: { id: string; countyId: string; memberOrgIds: string[] },
): boolean {
  if (!actor.forumCountyIds.includes(network.countyId)) return false;
  if (actor.coordinatorNetworkIds.includes(network.id)) return false;
  return !network.memberOrgIds.some((id) => actor.ownerOrgIds.includes(id));
}

/** Average score to one decimal, or null when nobody has scored. */
export function averageScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
}
