import "server-only";
import { db } from "@/lib/db";
import { demoLoginEnabled } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { compareNb } from "@/lib/i18n/collate";
import type { DemoPerson } from "@/lib/auth/demo-search";

export { matchesDemoSearch, type DemoPerson } from "@/lib/auth/demo-search";

const ROLE_ORDER: Role[] = ["OWNER", "COORDINATOR", "UH", "STATSFORVALTER", "FORUM_MEMBER", "ADMIN"];

/** The people a demo visitor may sign in as, with their roles; empty unless DEMO_LOGIN is on. */
export async function listDemoPeople(): Promise<DemoPerson[]> {
  if (!demoLoginEnabled()) return [];
  const people = await db.person.findMany({
    where: { active: true, roleBindings: { some: {} } },
    select: {
      id: true,
      name: true,
      title: true,
      roleBindings: {
        select: {
          role: true,
          organisation: { select: { name: true } },
          network: { select: { name: true } },
          county: { select: { name: true } },
        },
      },
    },
  });
  const firstRole = (p: (typeof people)[number]) => Math.min(...p.roleBindings.map((b) => ROLE_ORDER.indexOf(b.role)));
  return people
    .sort((a, b) => firstRole(a) - firstRole(b) || compareNb(a.name, b.name))
    .map((p) => ({
      id: p.id,
      name: p.name,
      title: p.title,
      roles: p.roleBindings.map((b) => ({
        role: b.role,
        scope: b.organisation?.name ?? b.network?.name ?? b.county?.name ?? "",
      })),
    }));
}
