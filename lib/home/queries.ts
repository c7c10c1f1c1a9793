import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { needsReportScope, SUBMITTED_STATUSES } from "@/lib/needs-reports/policy";
import { reportTotals } from "@/lib/needs-reports/totals";
import { measureScope } from "@/lib/measures/policy";
import type { NeedsReportStatus } from "@/lib/generated/prisma/enums";

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
  const reports = await db.needsReport.findMany({
    where: needsReportScope(actor),
    orderBy: [{ round: { year: "desc" } }],
    select: { ...reportSelect, owners: { select: { organisationId: true } }, uhInstitutionId: true, uhUnits: { select: { organisationId: true } } },
  });
  const withTotal = reports.map((r) => ({ ...r, total: reportTotals(r.measures).total.total }));

  const [ownerOrgs, networks, uhOrgs, sfCounties, forumCounties, adminCounts] = await Promise.all([
    actor.ownerOrgIds.length
      ? db.organisation.findMany({ where: { id: { in: actor.ownerOrgIds } }, select: { id: true, name: true, countyId: true }, orderBy: { name: "asc" } })
      : [],
    actor.coordinatorNetworkIds.length
      ? db.network.findMany({
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
              select: { gathering: { select: { id: true, title: true, startsAt: true, place: true, measure: { select: { id: true, name: true } } } } },
            },
          },
        })
      : [],
    actor.uhOrgIds.length
      ? db.organisation.findMany({
          where: { id: { in: actor.bindings.filter((b) => b.role === "UH").map((b) => b.organisationId ?? "") } },
          select: {
            id: true,
            name: true,
            uhPartnerships: { select: { network: { select: { id: true, name: true } } } },
            parent: { select: { uhPartnerships: { select: { network: { select: { id: true, name: true } } } } } },
          },
        })
      : [],
    actor.statsforvalterCountyIds.length
      ? db.county.findMany({
          where: { id: { in: actor.statsforvalterCountyIds } },
          select: {
            id: true,
            name: true,
            _count: { select: { networks: true } },
            rounds: { orderBy: { year: "desc" }, take: 3, select: { id: true, year: true, deadline: true, status: true } },
            budgets: { orderBy: { year: "desc" }, take: 1, select: { id: true, year: true, allocatedAmount: true, lines: { select: { amount: true } } } },
            forum: {
              select: {
                meetings: { orderBy: { startsAt: "desc" }, take: 2, select: { id: true, title: true, startsAt: true, _count: { select: { cases: true } } } },
              },
            },
          },
        })
      : [],
    actor.forumCountyIds.length
      ? db.county.findMany({
          where: { id: { in: actor.forumCountyIds } },
          select: {
            id: true,
            name: true,
            forum: {
              select: {
                meetings: { orderBy: { startsAt: "desc" }, take: 3, select: { id: true, title: true, startsAt: true, place: true, _count: { select: { cases: true } } } },
              },
            },
          },
        })
      : [],
    actor.isAdmin
      ? Promise.all([db.organisation.count(), db.network.count(), db.person.count(), db.county.count()]).then(([orgs, networks, people, counties]) => ({
          orgs,
          networks,
          people,
          counties,
        }))
      : null,
  ]);

  // Organisations whose people the actor administers (ORG_ADMIN), with how many hold a role there.
  const orgAdmin = actor.orgAdminOrgIds.length
    ? (await db.organisation.findMany({ where: { id: { in: actor.orgAdminOrgIds } }, orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { roleBindings: true } } } })).map((o) => ({ id: o.id, name: o.name, people: o._count.roleBindings }))
    : [];

  const openRounds = ownerOrgs.length
    ? await db.round.findMany({
        where: { countyId: { in: ownerOrgs.map((o) => o.countyId ?? "") }, status: "OPEN" },
        select: { id: true, year: true, deadline: true, countyId: true },
        orderBy: { year: "desc" },
      })
    : [];

  const uhMeasures = actor.uhOrgIds.length
    ? await db.measure.findMany({
        where: { AND: [measureScope(actor), { contributors: { some: { organisationId: { in: actor.uhOrgIds } } } }] },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      })
    : [];

  const statusCounts = (countyId: string, year: number) => {
    const counts: Partial<Record<NeedsReportStatus, number>> = {};
    for (const r of reports) {
      if (r.round.countyId !== countyId || r.round.year !== year || !SUBMITTED_STATUSES.includes(r.status)) continue;
      counts[r.status] = (counts[r.status] ?? 0) + 1;
    }
    return counts;
  };

  return {
    orgAdmin,
    owner: ownerOrgs.map((org) => ({
      org,
      reports: withTotal.filter((r) => r.leadOwnerId === org.id || r.owners.some((o) => o.organisationId === org.id)),
      openRounds: openRounds.filter((r) => r.countyId === org.countyId),
    })),
    coordinator: networks.map((n) => {
      const measures = new Map([...n.ownMeasures, ...n.participations.map((p) => p.measure)].map((m) => [m.id, m]));
      return {
        network: { id: n.id, name: n.name, memberCount: n._count.members },
        reports: withTotal.filter((r) => r.networkId === n.id),
        measures: [...measures.values()].sort((a, b) => a.name.localeCompare(b.name, "nb")),
        upcoming: n.gatherings.map((g) => g.gathering),
      };
    }),
    uh: uhOrgs.map((o) => {
      const partnered = new Map([...o.uhPartnerships, ...(o.parent?.uhPartnerships ?? [])].map((p) => [p.network.id, p.network]));
      return {
        org: { id: o.id, name: o.name },
        networks: [...partnered.values()].sort((a, b) => a.name.localeCompare(b.name, "nb")),
        measures: uhMeasures,
        reports: withTotal.filter((r) => r.uhInstitutionId === o.id || r.uhUnits.some((u) => actor.uhOrgIds.includes(u.organisationId))),
      };
    }),
    statsforvalter: sfCounties.map((c) => {
      const budget = c.budgets[0];
      const reserved = budget ? budget.lines.reduce((a, l) => a + l.amount, 0) : 0;
      return {
        county: { id: c.id, name: c.name, networkCount: c._count.networks },
        rounds: c.rounds.map((r) => ({ ...r, counts: statusCounts(c.id, r.year) })),
        budget: budget ? { id: budget.id, year: budget.year, allocated: budget.allocatedAmount, reserved, remainder: budget.allocatedAmount - reserved } : null,
        meetings: c.forum?.meetings ?? [],
      };
    }),
    forum: forumCounties.map((c) => ({
      county: { id: c.id, name: c.name },
      meetings: c.forum?.meetings ?? [],
      submittedCount: reports.filter((r) => r.round.countyId === c.id && SUBMITTED_STATUSES.includes(r.status)).length,
    })),
    admin: adminCounts,
  };
}
