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
export function canPlanMeasure(actor: Actor, measure: { countyId: string; ownerNetworkId: string | null; isJoint: boolean }): boolean {
  if (actor.statsforvalterCountyIds.includes(measure.countyId)) return true;
  if (measure.ownerNetworkId && actor.coordinatorNetworkIds.includes(measure.ownerNetworkId)) return true;
  return false;
}
