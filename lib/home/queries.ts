import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { needsReportScope, SUBMITTED_STATUSES } from "@/lib/needs-reports/policy";
import { reportTotals } from "@/lib/needs-reports/totals";
import { measureScope } from "@/lib/measures/policy";
import type { NeedsReportStatus } from "@/lib/generated/prisma/enums";
import { byName } from "@/lib/i18n/collate";
import { sum } from "@/lib/money";
import type { Prisma } from "@/lib/generated/prisma/client";

const reportSelect = {
  id: true,
  status: true,
  leadOwnerId: true,
  networkId: true,
  round: { select: { year: true, deadline: true, countyId: true } },
  network: { select: { name: true } },
  leadOwner: { select: { name: true } },
  measures: { select: { scheme: true, ownerAmount: true, uhAmount: true } },
} as const;

/** Everything the home page shows, one section per role the actor holds. */
export async function getHomeData(actor: Actor, now = new Date()) {
  const [reports, owner, coordinator, uh, statsforvalter, forum, orgAdmin, admin] = await Promise.all([
    listedReports(actor),
    ownerOrgs(actor),
    coordinatedNetworks(actor, now),
    uhInstitutions(actor),
    statsforvalterCounties(actor),
    forumCounties(actor),
    orgAdminOrgs(actor),
    actor.isAdmin ? adminCounts() : null,
  ]);
  return {
    orgAdmin,
    owner: owner.map(({ org, openRounds }) => ({
      org,
      reports: reports.filter((r) => r.leadOwnerId === org.id || r.owners.some((o) => o.organisationId === org.id)),
      openRounds,
    })),
    coordinator: coordinator.map(({ network, measures, upcoming }) => ({
      network,
      reports: reports.filter((r) => r.networkId === network.id),
      measures,
      upcoming,
    })),
    uh: uh.map(({ org, networks, measures }) => ({
      org,
      networks,
      measures,
      reports: reports.filter(
        (r) => r.uhInstitutionId === org.id || r.uhUnits.some((u) => actor.uhOrgIds.includes(u.organisationId)),
      ),
    })),
    statsforvalter,
    forum,
    admin,
  };
}

/**
 * The reports the owner, coordinator and UH sections list: only those of the actor's own
 * organisations and networks (a Statsforvalter's or the forum's view of a whole county is counted
 * in SQL, never read row by row).
 */
async function listedReports(actor: Actor) {
  const mine: Prisma.NeedsReportWhereInput[] = [];
  if (actor.ownerOrgIds.length)
    mine.push(
      { leadOwnerId: { in: actor.ownerOrgIds } },
      { owners: { some: { organisationId: { in: actor.ownerOrgIds } } } },
    );
  if (actor.coordinatorNetworkIds.length) mine.push({ networkId: { in: actor.coordinatorNetworkIds } });
  if (actor.uhOrgIds.length)
    mine.push(
      { uhInstitutionId: { in: actor.uhOrgIds } },
      { uhUnits: { some: { organisationId: { in: actor.uhOrgIds } } } },
    );
  if (!mine.length) return [];
  const reports = await db.needsReport.findMany({
    where: { AND: [needsReportScope(actor), { OR: mine }] },
    orderBy: [{ round: { year: "desc" } }],
    select: {
      ...reportSelect,
      owners: { select: { organisationId: true } },
      uhInstitutionId: true,
      uhUnits: { select: { organisationId: true } },
    },
  });
  return reports.map((r) => ({ ...r, total: reportTotals(r.measures).total.total }));
}

/** The actor's owner organisations, each with its county's open rounds. */
async function ownerOrgs(actor: Actor) {
  if (!actor.ownerOrgIds.length) return [];
  const orgs = await db.organisation.findMany({
    where: { id: { in: actor.ownerOrgIds } },
    select: { id: true, name: true, countyId: true },
    orderBy: { name: "asc" },
  });
  const openRounds = await db.round.findMany({
    where: { countyId: { in: orgs.map((o) => o.countyId ?? "") }, status: "OPEN" },
    select: { id: true, year: true, deadline: true, countyId: true },
    orderBy: { year: "desc" },
  });
  return orgs.map((org) => ({ org, openRounds: openRounds.filter((r) => r.countyId === org.countyId) }));
}

/** The networks the actor coordinates: members, measures and the next five gatherings. */
async function coordinatedNetworks(actor: Actor, now: Date) {
  if (!actor.coordinatorNetworkIds.length) return [];
  const networks = await db.network.findMany({
    where: { id: { in: actor.coordinatorNetworkIds } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      _count: { select: { members: true } },
      participations: { select: { measure: { select: { id: true, name: true } } } },
      ownMeasures: { select: { id: true, name: true } },
      gatherings: {
        where: { gathering: { startsAt: { gte: now }, cancelled: false } },
        orderBy: { gathering: { startsAt: "asc" } },
        take: 5,
        select: {
          gathering: {
            select: {
              id: true,
              title: true,
              startsAt: true,
              place: true,
              measure: { select: { id: true, name: true } },
            },
          },
        },
      },
    },
  });
  return networks.map((n) => ({
    network: { id: n.id, name: n.name, memberCount: n._count.members },
    measures: byName([
      ...new Map([...n.ownMeasures, ...n.participations.map((p) => p.measure)].map((m) => [m.id, m])).values(),
    ]),
    upcoming: n.gatherings.map((g) => g.gathering),
  }));
}

/** The actor's UH institutions: their partner networks (also the parent's) and the measures they contribute to. */
async function uhInstitutions(actor: Actor) {
  if (!actor.uhOrgIds.length) return [];
  const [orgs, measures] = await Promise.all([
    db.organisation.findMany({
      where: { id: { in: actor.bindings.filter((b) => b.role === "UH").map((b) => b.organisationId ?? "") } },
      select: {
        id: true,
        name: true,
        uhPartnerships: { select: { network: { select: { id: true, name: true } } } },
        parent: { select: { uhPartnerships: { select: { network: { select: { id: true, name: true } } } } } },
      },
    }),
    db.measure.findMany({
      where: { AND: [measureScope(actor), { contributors: { some: { organisationId: { in: actor.uhOrgIds } } } }] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return orgs.map((o) => ({
    org: { id: o.id, name: o.name },
    networks: byName([
      ...new Map(
        [...o.uhPartnerships, ...(o.parent?.uhPartnerships ?? [])].map((p) => [p.network.id, p.network]),
      ).values(),
    ]),
    measures,
  }));
}

/** Submitted reports the actor sees, counted per round and status in the database. */
async function submittedCounts(actor: Actor, countyIds: string[]) {
  const groups = await db.needsReport.groupBy({
    by: ["roundId", "status"],
    where: {
      AND: [
        needsReportScope(actor),
        { round: { countyId: { in: countyIds } } },
        { status: { in: [...SUBMITTED_STATUSES] } },
      ],
    },
    _count: { _all: true },
  });
  return groups.map((g) => ({ roundId: g.roundId, status: g.status, count: g._count._all }));
}

/** The Statsforvalter's counties: the last three rounds with their submitted reports by status, the latest budget, the last two meetings. */
async function statsforvalterCounties(actor: Actor) {
  if (!actor.statsforvalterCountyIds.length) return [];
  const [counties, counts] = await Promise.all([
    db.county.findMany({
      where: { id: { in: actor.statsforvalterCountyIds } },
      select: {
        id: true,
        name: true,
        _count: { select: { networks: true } },
        rounds: { orderBy: { year: "desc" }, take: 3, select: { id: true, year: true, deadline: true, status: true } },
        budgets: {
          orderBy: { year: "desc" },
          take: 1,
          select: { id: true, year: true, allocatedAmount: true, lines: { select: { amount: true } } },
        },
        forum: {
          select: {
            meetings: {
              orderBy: { startsAt: "desc" },
              take: 2,
              select: { id: true, title: true, startsAt: true, _count: { select: { cases: true } } },
            },
          },
        },
      },
    }),
    submittedCounts(actor, actor.statsforvalterCountyIds),
  ]);
  const countsOf = (roundId: string) => {
    const byStatus: Partial<Record<NeedsReportStatus, number>> = {};
    for (const g of counts) if (g.roundId === roundId) byStatus[g.status] = g.count;
    return byStatus;
  };
  return counties.map((c) => {
    const budget = c.budgets[0];
    const reserved = budget ? sum(budget.lines.map((l) => l.amount)) : 0;
    return {
      county: { id: c.id, name: c.name, networkCount: c._count.networks },
      rounds: c.rounds.map((r) => ({ ...r, counts: countsOf(r.id) })),
      budget: budget
        ? {
            id: budget.id,
            year: budget.year,
            allocated: budget.allocatedAmount,
            reserved,
            remainder: budget.allocatedAmount - reserved,
          }
        : null,
      meetings: c.forum?.meetings ?? [],
    };
  });
}

/** The forum member's counties: the last three meetings and how many reports have been submitted in all. */
async function forumCounties(actor: Actor) {
  if (!actor.forumCountyIds.length) return [];
  const [counties, counts, rounds] = await Promise.all([
    db.county.findMany({
      where: { id: { in: actor.forumCountyIds } },
      select: {
        id: true,
        name: true,
        forum: {
          select: {
            meetings: {
              orderBy: { startsAt: "desc" },
              take: 3,
              select: { id: true, title: true, startsAt: true, place: true, _count: { select: { cases: true } } },
            },
          },
        },
      },
    }),
    submittedCounts(actor, actor.forumCountyIds),
    db.round.findMany({ where: { countyId: { in: actor.forumCountyIds } }, select: { id: true, countyId: true } }),
  ]);
  const countyOf = new Map(rounds.map((r) => [r.id, r.countyId]));
  return counties.map((c) => ({
    county: { id: c.id, name: c.name },
    meetings: c.forum?.meetings ?? [],
    submittedCount: sum(counts.filter((g) => countyOf.get(g.roundId) === c.id).map((g) => g.count)),
  }));
}

/** Organisations whose people the actor administers (ORG_ADMIN), with how many hold a role there. */
async function orgAdminOrgs(actor: Actor) {
  if (!actor.orgAdminOrgIds.length) return [];
  const orgs = await db.organisation.findMany({
    where: { id: { in: actor.orgAdminOrgIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { roleBindings: true } } },
  });
  return orgs.map((o) => ({ id: o.id, name: o.name, people: o._count.roleBindings }));
}

async function adminCounts() {
  const [orgs, networks, people, counties] = await Promise.all([
    db.organisation.count(),
    db.network.count(),
    db.person.count(),
    db.county.count(),
  ]);
  return { orgs, networks, people, counties };
}
