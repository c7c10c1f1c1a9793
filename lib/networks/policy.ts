import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

/**
 * Networks are public facts of the scheme, but the portal shows a person the
 * networks of the counties they work in; an administrator sees all.
 */
export function networkScope(actor: Actor): Prisma.NetworkWhereInput {
  if (actor.isAdmin) return {};
  return { countyId: { in: actor.countyIds } };
}

/** Member owners' contact data and account numbers are for the Statsforvalter, the coordinator and admin. */
export function canSeeNetworkContacts(actor: Actor, network: { id: string; countyId: string }): boolean {
  return (
    actor.isAdmin ||
    actor.statsforvalterCountyIds.includes(network.countyId) ||
    actor.coordinatorNetworkIds.includes(network.id)
  );
}

/** The county's Statsforvalter (and the national administrator) creates, renames and ends networks and sets their members and UH partners. */
export function canManageNetworks(actor: Actor, countyId: string): boolean {
  return actor.isAdmin || actor.statsforvalterCountyIds.includes(countyId);
}
