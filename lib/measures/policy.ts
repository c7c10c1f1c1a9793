import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

/**
 * Measures are offered to networks in a county: a person sees the measures of
 * the counties they work in, plus any measure their UH unit contributes to.
 */
export function measureScope(actor: Actor): Prisma.MeasureWhereInput {
  if (actor.isAdmin) return {};
  const or: Prisma.MeasureWhereInput[] = [{ countyId: { in: actor.countyIds } }];
  if (actor.uhOrgIds.length > 0) or.push({ contributors: { some: { organisationId: { in: actor.uhOrgIds } } } });
  return { OR: or };
}

/** Coordinators plan measures for their networks; the Statsforvalter for the county (joint measures). */
export function canPlanMeasure(
  actor: Actor,
  measure: { countyId: string; ownerNetworkId: string | null; isJoint: boolean },
): boolean {
  if (actor.statsforvalterCountyIds.includes(measure.countyId)) return true;
  if (measure.ownerNetworkId && actor.coordinatorNetworkIds.includes(measure.ownerNetworkId)) return true;
  return false;
}

/** Who may start a measure: the Statsforvalter (own or joint, in the county); a coordinator for a network they coordinate. */
export function canCreateMeasure(
  actor: Actor,
  m: { countyId: string; ownerNetworkId: string | null; isJoint: boolean },
): boolean {
  return canPlanMeasure(actor, m);
}

/**
 * Who plans the semesters and gatherings of a measure: whoever plans the
 * measure, and for a joint measure also the coordinators of the networks
 * taking part (they run the gatherings in their networks).
 */
export function canPlanGatherings(
  actor: Actor,
  m: { countyId: string; ownerNetworkId: string | null; isJoint: boolean; networkIds: string[] },
): boolean {
  if (canPlanMeasure(actor, m)) return true;
  return m.isJoint && m.networkIds.some((id) => actor.coordinatorNetworkIds.includes(id));
}
