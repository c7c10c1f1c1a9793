import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { GrantScope } from "@/lib/access/policy";

type Reader = Tx | Db;

export type ScopeRef = { kind: GrantScope["kind"]; id?: string | null };

/** A scope with its display name and the facts the grant rules need; null when there is no such record. */
export async function loadScope(
  r: Reader,
  ref: ScopeRef,
): Promise<{ scope: GrantScope; name: string; countyId: string | null } | null> {
  switch (ref.kind) {
    case "national":
      return { scope: { kind: "national" }, name: "", countyId: null };
    case "county": {
      if (!ref.id) return null;
      const c = await r.county.findUnique({ where: { id: ref.id }, select: { id: true, name: true } });
      return c && { scope: { kind: "county", id: c.id }, name: c.name, countyId: c.id };
    }
    case "network": {
      if (!ref.id) return null;
      const n = await r.network.findUnique({ where: { id: ref.id }, select: { id: true, name: true, countyId: true } });
      return n && { scope: { kind: "network", id: n.id, countyId: n.countyId }, name: n.name, countyId: n.countyId };
    }
    case "organisation": {
      if (!ref.id) return null;
      const o = await r.organisation.findUnique({
        where: { id: ref.id },
        select: { id: true, name: true, kind: true, countyId: true, parentId: true },
      });
      if (!o) return null;
      // A UH institution or unit counts for the counties whose networks it (or its institution, or one of its units) partners.
      const partners =
        o.kind === "UH"
          ? await r.networkUhPartner.findMany({
              where: {
                OR: [
                  { organisationId: o.id },
                  ...(o.parentId ? [{ organisationId: o.parentId }] : []),
                  { organisation: { parentId: o.id } },
                ],
              },
              select: { network: { select: { countyId: true } } },
            })
          : [];
      return {
        scope: {
          kind: "organisation",
          id: o.id,
          orgKind: o.kind,
          countyId: o.countyId,
          parentId: o.parentId,
          uhCountyIds: [...new Set(partners.map((p) => p.network.countyId))],
        },
        name: o.name,
        countyId: o.countyId,
      };
    }
  }
}

/** The scope's columns on a role binding or an invitation. */
export function scopeColumns(scope: GrantScope): {
  organisationId: string | null;
  networkId: string | null;
  countyId: string | null;
} {
  return {
    organisationId: scope.kind === "organisation" ? scope.id : null,
    networkId: scope.kind === "network" ? scope.id : null,
    countyId: scope.kind === "county" ? scope.id : null,
  };
}

/** Where a binding's or invitation's audit event goes: the record whose history shows it. */
export function auditTarget(scope: GrantScope, personId: string): { entityType: string; entityId: string } {
  switch (scope.kind) {
    case "organisation":
      return { entityType: "Organisation", entityId: scope.id };
    case "network":
      return { entityType: "Network", entityId: scope.id };
    case "county":
      return { entityType: "County", entityId: scope.id };
    case "national":
      return { entityType: "Person", entityId: personId };
  }
}

export type Grant = { role: Role; organisationId: string | null; networkId: string | null; countyId: string | null };
