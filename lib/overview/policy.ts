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
