import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canSeeNetworkContacts, networkScope } from "@/lib/networks/policy";

/** Networks in the actor's counties with members, UH partners, coordinators and summed teacher FTEs. */
export async function listNetworks(actor: Actor) {
  const networks = await db.network.findMany({
    where: networkScope(actor),
    orderBy: [{ county: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      sector: true,
      countyId: true,
      county: { select: { name: true } },
      members: {
        select: {
          organisation: {
            select: {
              id: true,
              name: true,
              teacherFtes: { select: { year: true, teacherFte: true }, orderBy: { year: "desc" }, take: 1 },
            },
          },
        },
        orderBy: { organisation: { name: "asc" } },
      },
      uhPartners: { select: { organisation: { select: { id: true, name: true } } } },
      roleBindings: { where: { role: "COORDINATOR" }, select: { person: { select: { name: true, email: true } } } },
    },
  });
  return networks.map((n) => {
    const latestYear = Math.max(0, ...n.members.flatMap((m) => m.organisation.teacherFtes.map((f) => f.year)));
    const fte = n.members
      .flatMap((m) => m.organisation.teacherFtes.filter((f) => f.year === latestYear))
      .reduce((acc, f) => acc + Number(f.teacherFte), 0);
    const showContacts = canSeeNetworkContacts(actor, n);
    return {
      id: n.id,
      name: n.name,
      sector: n.sector,
      county: n.county.name,
      members: n.members.map((m) => m.organisation.name),
      uhPartners: n.uhPartners.map((u) => u.organisation.name),
      coordinators: n.roleBindings.map((b) => (showContacts ? `${b.person.name} (${b.person.email})` : b.person.name)),
      teacherFte: latestYear > 0 ? { year: latestYear, value: Math.round(fte * 10) / 10 } : null,
    };
  });
}
