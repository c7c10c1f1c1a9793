import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

/**
 * Organisations (name, kind, organisation number) are public register data; the
 * portal lists those in the actor's counties plus UH institutions, which serve
 * several counties. An administrator sees all.
 */
export function organisationScope(actor: Actor): Prisma.OrganisationWhereInput {
  if (actor.isAdmin) return {};
  return { OR: [{ countyId: { in: actor.countyIds } }, { kind: "UH" }, { id: { in: [...actor.ownerOrgIds, ...actor.uhOrgIds] } }] };
}

/** Bank accounts are shown to the organisation itself, the county's Statsforvalter and admin. */
export function canSeeAccountNumber(actor: Actor, org: { id: string; countyId: string | null; parentId: string | null }): boolean {
  if (actor.isAdmin) return true;
  if (actor.ownerOrgIds.includes(org.id) || actor.uhOrgIds.includes(org.id)) return true;
  return org.countyId !== null && actor.statsforvalterCountyIds.includes(org.countyId);
}
