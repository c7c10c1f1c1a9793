import type { Actor } from "@/lib/auth/actor";
import type { NeedsReportStatus } from "@/lib/generated/prisma/enums";

/**
 * The forum decides its recommendation (innstilling) in a case; the
 * Statsforvalter, as its secretariat, records it, and then decides the
 * allocation per report. Forum members read both; nobody else sees them.
 */
export function canRecordRecommendation(actor: Actor, countyId: string): boolean {
  return actor.statsforvalterCountyIds.includes(countyId);
}

export function canAllocate(actor: Actor, countyId: string): boolean {
  return actor.statsforvalterCountyIds.includes(countyId);
}

/** Reports a recommendation moves on: submitted and in review. */
export const RECOMMENDABLE: NeedsReportStatus[] = ["SUBMITTED", "IN_REVIEW"];

/** A recommendation is never above the network's frame, and a reason is given when it is below. */
export function checkRecommendation(
  frame: number,
  amount: number,
  reason: string | null,
): "ok" | "aboveFrame" | "reasonRequired" {
  if (amount > frame) return "aboveFrame";
  if (amount < frame && !(reason && reason.trim().length >= 5)) return "reasonRequired";
  return "ok";
}

/** A grant keeps the network within its recommendation: what is granted to its reports never adds up to more. */
export function checkGrant(input: {
  recommendation: number;
  grantedToOthers: number;
  amount: number;
}): "ok" | "zero" | "aboveRecommendation" {
  if (input.amount <= 0) return "zero";
  if (input.grantedToOthers + input.amount > input.recommendation) return "aboveRecommendation";
  return "ok";
}
