/**
 * The overview (dashboards) and the county summary are for the Statsforvalter
 * and the members of Samarbeidsforum, for their own county only.
 */
import type { Actor } from "@/lib/auth/actor";

export function overviewCountyIds(actor: Actor): string[] {
  return [...new Set([...actor.statsforvalterCountyIds, ...actor.forumCountyIds])];
}

export function canSeeOverview(actor: Actor): boolean {
  return overviewCountyIds(actor).length > 0;
}

/** The county summary is also for Utdanningsdirektoratet, for every county (the directorate reads; it keeps nothing of a county's). */
export function canSeeCountySummary(actor: Actor): boolean {
  return canSeeOverview(actor) || actor.isDirectorate;
}

/**
 * The actor as the summary of one county reads it: their own bindings in
 * that county only, or — for the directorate — a reader of that county.
 */
export function summaryReader(actor: Actor, countyId: string): Actor | null {
  if (overviewCountyIds(actor).includes(countyId)) {
    return {
      ...actor,
      statsforvalterCountyIds: actor.statsforvalterCountyIds.filter((c) => c === countyId),
      forumCountyIds: actor.forumCountyIds.filter((c) => c === countyId),
    };
  }
  return actor.isDirectorate ? { ...actor, statsforvalterCountyIds: [], forumCountyIds: [countyId] } : null;
}
