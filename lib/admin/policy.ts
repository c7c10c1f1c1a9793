import type { Actor } from "@/lib/auth/actor";

/**
 * The administration pages (rounds, organisations, networks, forum members,
 * access) are for those who run something: the national administrator, a
 * county's Statsforvalter, an organisation's own administrator.
 */
export function canUseAdministration(actor: Actor): boolean {
  return actor.isAdmin || actor.statsforvalterCountyIds.length > 0 || actor.orgAdminOrgIds.length > 0;
}

/** Counties are created, and their first Statsforvalter user invited, by the national administrator. */
export function canManageCounties(actor: Actor): boolean {
  return actor.isAdmin;
}
