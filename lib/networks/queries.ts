import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { OWNER_KINDS } from "@/lib/access/policy";
import { canManageNetworks, canSeeNetworkContacts, networkScope } from "@/lib/networks/policy";
import { holdsIn, inYear, thisYear } from "@/lib/networks/membership";

/** Networks in the actor's counties with this year's members and UH partners, coordinators and summed teacher FTEs. */
export async function listNetworks(actor: Actor) {
  const year = thisYear();
  const networks = await db.network.findMany({
    where: networkScope(actor),
    orderBy: [{ county: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      sector: true,
      countyId: true,
      fromYear: true,
      endedYear: true,
      county: { select: { name: true } },
      members: {
        where: inYear(year),
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
      uhPartners: { where: inYear(year), select: { organisation: { select: { id: true, name: true } } } },
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
      ended: !holdsIn({ fromYear: n.fromYear, toYear: n.endedYear }, year),
      endedYear: n.endedYear,
      canManage: canManageNetworks(actor, n.countyId),
      members: n.members.map((m) => m.organisation.name),
      uhPartners: n.uhPartners.map((u) => u.organisation.name),
      coordinators: n.roleBindings.map((b) => (showContacts ? `${b.person.name} (${b.person.email})` : b.person.name)),
      teacherFte: latestYear > 0 ? { year: latestYear, value: Math.round(fte * 10) / 10 } : null,
    };
  });
}

/** One network with every membership period, its UH partners over the years, and what may be added. "Not found" outside the actor's counties. */
export async function getNetwork(actor: Actor, id: string) {
  const n = await db.network.findFirst({
    where: { AND: [{ id }, networkScope(actor)] },
    include: {
      county: { select: { id: true, name: true } },
      members: {
        orderBy: [{ organisation: { name: "asc" } }, { fromYear: "asc" }],
        select: { id: true, fromYear: true, toYear: true, organisation: { select: { id: true, name: true } } },
      },
      uhPartners: {
        orderBy: [{ organisation: { name: "asc" } }, { fromYear: "asc" }],
        select: {
          id: true,
          fromYear: true,
          toYear: true,
          organisation: { select: { id: true, name: true, parent: { select: { name: true } } } },
        },
      },
    },
  });
  if (!n) throw new AppError("NOT_FOUND");
  const manage = canManageNetworks(actor, n.countyId);
  const [owners, uh] = manage
    ? await Promise.all([
        db.organisation.findMany({
          where: { countyId: n.countyId, kind: { in: OWNER_KINDS } },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        }),
        db.organisation.findMany({
          where: { kind: "UH" },
          orderBy: [{ name: "asc" }],
          select: { id: true, name: true, parent: { select: { name: true } } },
        }),
      ])
    : [[], []];
  return {
    ...n,
    canManage: manage,
    year: thisYear(),
    options: { owners, uh: uh.map((u) => ({ id: u.id, name: u.parent ? `${u.parent.name} – ${u.name}` : u.name })) },
  };
}

export type NetworkView = Awaited<ReturnType<typeof getNetwork>>;

/** The counties the actor creates networks in. */
export async function listNetworkCounties(actor: Actor) {
  return db.county.findMany({
    where: actor.isAdmin ? {} : { id: { in: actor.statsforvalterCountyIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
