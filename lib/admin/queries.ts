import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/** The counties whose Statsforvalter the actor is, and the organisations they administer (ORG_ADMIN), for the administration page. */
export async function listAdministeredScopes(actor: Actor) {
  const [counties, organisations] = await Promise.all([
    db.county.findMany({
      where: { id: { in: actor.statsforvalterCountyIds } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.organisation.findMany({
      where: { id: { in: actor.orgAdminOrgIds } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { counties, organisations };
}
