import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canGrant, canManageAccess, invitationState, rolesFor } from "@/lib/access/policy";
import { loadScope, scopeColumns, type ScopeRef } from "@/lib/access/scope";
import { hashToken } from "@/lib/access/tokens";
import { parseGrants } from "@/lib/access/mutations";

/**
 * A scope's access list: who holds which role there, since when, invited by
 * whom, last sign-in; the invitations still waiting; and the roles the actor
 * may give. "Not found" for anyone who may grant nothing in the scope.
 */
export async function getAccessList(actor: Actor, ref: ScopeRef, now = new Date()) {
  const found = await loadScope(db, ref);
  if (!found || !canManageAccess(actor, found.scope)) throw new AppError("NOT_FOUND");
  const columns = scopeColumns(found.scope);
  const where: Prisma.RoleBindingWhereInput =
    found.scope.kind === "national" ? { ...columns, role: { in: rolesFor(found.scope) } } : columns;
  const [bindings, invitations] = await Promise.all([
    db.roleBinding.findMany({
      where,
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        role: true,
        createdAt: true,
        validFrom: true,
        validUntil: true,
        person: { select: { id: true, name: true, email: true, lastLoginAt: true } },
        grantedBy: { select: { name: true } },
      },
    }),
    db.invitation.findMany({
      where: { ...columns, usedAt: null, revokedAt: null, replacedById: null },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        email: true,
        name: true,
        grants: true,
        createdAt: true,
        expiresAt: true,
        usedAt: true,
        revokedAt: true,
        replacedById: true,
        invitedBy: { select: { name: true } },
      },
    }),
  ]);
  return {
    scope: found.scope,
    name: found.name,
    countyId: found.countyId,
    grantable: rolesFor(found.scope).filter((role) => canGrant(actor, role, found.scope)),
    bindings: bindings.map((b) => ({
      ...b,
      ended: b.validUntil !== null && b.validUntil <= now,
      canRemove: canGrant(actor, b.role, found.scope),
    })),
    invitations: invitations.map((i) => ({
      ...i,
      roles: parseGrants(i.grants).map((g) => g.role),
      state: invitationState(i, now),
    })),
  };
}

export type AccessList = Awaited<ReturnType<typeof getAccessList>>;

/** What an invitation link shows before sign-in: whom it is for, from whom, which roles where, and whether it can still be used. */
export async function getInvitation(token: string, now = new Date()) {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      name: true,
      email: true,
      grants: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      replacedById: true,
      organisationId: true,
      networkId: true,
      countyId: true,
      invitedBy: { select: { name: true } },
    },
  });
  if (!inv) return null;
  const scope = await loadScope(db, {
    kind: inv.organisationId ? "organisation" : inv.networkId ? "network" : inv.countyId ? "county" : "national",
    id: inv.organisationId ?? inv.networkId ?? inv.countyId,
  });
  return {
    name: inv.name,
    email: inv.email,
    invitedBy: inv.invitedBy?.name ?? null,
    scopeName: scope?.name ?? "",
    roles: parseGrants(inv.grants).map((g) => g.role),
    expiresAt: inv.expiresAt,
    state: invitationState(inv, now),
  };
}
