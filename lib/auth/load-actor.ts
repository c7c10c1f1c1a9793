import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { buildActor, type Actor } from "@/lib/auth/actor";

type Row = {
  id: string;
  name: string;
  email: string;
  bindings: {
    role: Role;
    organisationId: string | null;
    networkId: string | null;
    countyId: string | null;
    /** the bound organisation's county, and its child units (a UH institution's) */
    organisationCountyId: string | null;
    children: string[];
    /** the bound network's county */
    networkCountyId: string | null;
  }[];
};

/**
 * Loads the actor for a person id from the database (bindings are read fresh on every request,
 * so a removed binding, or one whose validity has ended — a forum member's term — is gone at the next request).
 * One statement: every page and every action starts here, twice for an action that redirects.
 */
export async function loadActor(personId: string): Promise<Actor | null> {
  const [person] = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT p.id, p.name, p.email,
      coalesce((
        SELECT json_agg(json_build_object(
          'role', b.role, 'organisationId', b."organisationId", 'networkId', b."networkId", 'countyId', b."countyId",
          'organisationCountyId', o."countyId", 'networkCountyId', n."countyId",
          'children', CASE WHEN b."organisationId" IS NULL THEN '[]'::json
                      ELSE coalesce((SELECT json_agg(c.id ORDER BY c.id) FROM "Organisation" c WHERE c."parentId" = b."organisationId"), '[]'::json) END
        ) ORDER BY b.id)
        FROM "RoleBinding" b
        LEFT JOIN "Organisation" o ON o.id = b."organisationId"
        LEFT JOIN "Network" n ON n.id = b."networkId"
        WHERE b."personId" = p.id
          AND (b."validFrom" IS NULL OR b."validFrom" <= now())
          AND (b."validUntil" IS NULL OR b."validUntil" > now())
      ), '[]'::json) AS bindings
    FROM "Person" p
    WHERE p.id = ${personId} AND p.active`);
  if (!person) return null;
  const organisations: Record<string, string | null> = {};
  const networks: Record<string, string> = {};
  const uhChildren: Record<string, string[]> = {};
  for (const b of person.bindings) {
    if (b.organisationId) {
      organisations[b.organisationId] = b.organisationCountyId;
      uhChildren[b.organisationId] = b.children;
    }
    if (b.networkId && b.networkCountyId) networks[b.networkId] = b.networkCountyId;
  }
  return buildActor({
    personId: person.id,
    name: person.name,
    email: person.email,
    bindings: person.bindings.map(({ role, organisationId, networkId, countyId }) => ({
      role,
      organisationId,
      networkId,
      countyId,
    })),
    countyOf: { organisations, networks },
    uhChildren,
  });
}
