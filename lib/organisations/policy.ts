import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

/**
 * Organisations (name, kind, organisation number) are public register data; the
 * portal lists those in the actor's counties plus UH institutions, which serve
 * several counties. An administrator sees all.
 */
export function organisationScope(actor: Actor): Prisma.OrganisationWhereInput {
  if (actor.isAdmin) return {};
  return {
    OR: [
      { countyId: { in: actor.countyIds } },
      { kind: "UH" },
      { id: { in: [...actor.ownerOrgIds, ...actor.uhOrgIds, ...actor.orgAdminOrgIds] } },
    ],
  };
}

/** The county's Statsforvalter adds organisations to the county (and the national administrator anywhere). */
export function canAddOrganisations(actor: Actor, countyId: string): boolean {
  return actor.isAdmin || actor.statsforvalterCountyIds.includes(countyId);
}

/**
 * An organisation's details (written standard, account, contact data, UH
 * units) are kept by the Statsforvalter of its county, the national
 * administrator and the organisation's own administrator (a unit's by its
 * institution's). The name comes from Enhetsregisteret.
 */
export function canManageOrganisation(
  actor: Actor,
  org: { id: string; countyId: string | null; parentId: string | null },
): boolean {
  if (actor.isAdmin) return true;
  if (actor.orgAdminOrgIds.includes(org.id) || (org.parentId !== null && actor.orgAdminOrgIds.includes(org.parentId)))
    return true;
  return org.countyId !== null && actor.statsforvalterCountyIds.includes(org.countyId);
}

/** Bank accounts are shown to the organisation itself, the county's Statsforvalter and admin. */
export function canSeeAccountNumber(
  actor: Actor,
  org: { id: string; countyId: string | null; parentId: string | null },
): boolean {
  if (actor.isAdmin) return true;
  if (actor.ownerOrgIds.includes(org.id) || actor.uhOrgIds.includes(org.id) || actor.orgAdminOrgIds.includes(org.id))
    return true;
  return org.countyId !== null && actor.statsforvalterCountyIds.includes(org.countyId);
}
