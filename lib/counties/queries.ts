import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageCounties } from "@/lib/admin/policy";

/** The counties with how many Statsforvalter users, organisations and networks each has (for the national administrator). */
export async function listCounties(actor: Actor) {
  if (!canManageCounties(actor)) return [];
  const counties = await db.county.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      code: true,
      _count: { select: { organisations: true, networks: true } },
      roleBindings: { where: { role: "STATSFORVALTER" }, select: { id: true } },
    },
  });
  return counties.map((c) => ({ ...c, statsforvalterUsers: c.roleBindings.length }));
}
