import type { Actor } from "@/lib/auth/actor";
import type { OrganisationKind, Role } from "@/lib/generated/prisma/enums";

/**
 * Who may give whom which role. A role binding is always granted *in* a
 * scope — an organisation, a network, a county, or the nation — and a person
 * may grant only what their own bindings let them administer there:
 *
 * - the national administrator: anything, and is the only one who makes
 *   administrators, the directorate and a county's first Statsforvalter user;
 * - the directorate: its own colleagues;
 * - the county's Statsforvalter: colleagues, forum members, coordinators of
 *   the county's networks, and the contacts and administrators of the
 *   county's organisations (a UH institution counts for a county when it is
 *   there or partners one of its networks);
 * - an organisation's administrator (ORG_ADMIN, the Altinn role holder):
 *   that organisation's contacts and administrators — never anything else.
 *
 * Removing a binding needs the same right as granting it. The access lists
 * of a scope are for those who may grant something in it.
 */

export const OWNER_KINDS: OrganisationKind[] = ["KOMMUNE", "FYLKESKOMMUNE", "PRIVAT"];

/** What a role binding is bound to, with the facts the rules need. */
export type GrantScope =
  | {
      kind: "organisation";
      id: string;
      orgKind: OrganisationKind;
      countyId: string | null;
      parentId: string | null;
      uhCountyIds: string[];
    }
  | { kind: "network"; id: string; countyId: string }
  | { kind: "county"; id: string }
  | { kind: "national" };

/** The roles that can be bound in each kind of scope (the invitation form offers these). */
export function rolesFor(scope: GrantScope): Role[] {
  switch (scope.kind) {
    case "organisation":
      return scope.orgKind === "UH"
        ? ["UH", "ORG_ADMIN"]
        : OWNER_KINDS.includes(scope.orgKind)
          ? ["OWNER", "ORG_ADMIN"]
          : [];
    case "network":
      return ["COORDINATOR"];
    case "county":
      return ["STATSFORVALTER", "FORUM_MEMBER"];
    case "national":
      return ["ADMIN", "DIRECTORATE"];
  }
}

const sfOf = (actor: Actor, countyId: string | null) =>
  countyId !== null && actor.statsforvalterCountyIds.includes(countyId);

/** May the actor grant (or remove) `role` in `scope`? */
export function canGrant(actor: Actor, role: Role, scope: GrantScope): boolean {
  if (!rolesFor(scope).includes(role)) return false;
  if (actor.isAdmin) return true;
  switch (scope.kind) {
    case "national":
      return role === "DIRECTORATE" && actor.isDirectorate;
    case "county":
      return sfOf(actor, scope.id);
    case "network":
      return sfOf(actor, scope.countyId);
    case "organisation": {
      const admins =
        actor.orgAdminOrgIds.includes(scope.id) ||
        (scope.parentId !== null && actor.orgAdminOrgIds.includes(scope.parentId));
      const counties =
        scope.orgKind === "UH"
          ? [...scope.uhCountyIds, ...(scope.countyId ? [scope.countyId] : [])]
          : scope.countyId
            ? [scope.countyId]
            : [];
      return admins || counties.some((c) => sfOf(actor, c));
    }
  }
}

/** May the actor see a scope's access list and invite people into it? */
export function canManageAccess(actor: Actor, scope: GrantScope): boolean {
  return rolesFor(scope).some((role) => canGrant(actor, role, scope));
}

/** The scope a role binding is bound in. */
export function scopeKindOf(binding: {
  organisationId: string | null;
  networkId: string | null;
  countyId: string | null;
}): GrantScope["kind"] {
  if (binding.organisationId) return "organisation";
  if (binding.networkId) return "network";
  if (binding.countyId) return "county";
  return "national";
}

/** Invitation links are valid this long (and once). */
export const INVITATION_DAYS = 14;

export type InvitationState = "open" | "used" | "expired" | "revoked" | "replaced";

/** What an invitation link can still do. */
export function invitationState(
  inv: { usedAt: Date | null; revokedAt: Date | null; replacedById: string | null; expiresAt: Date },
  now = new Date(),
): InvitationState {
  if (inv.usedAt) return "used";
  if (inv.revokedAt) return "revoked";
  if (inv.replacedById) return "replaced";
  if (inv.expiresAt <= now) return "expired";
  return "open";
}
