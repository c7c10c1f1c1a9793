import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canPlanGatherings, canPlanMeasure, measureScope } from "@/lib/measures/policy";
import { compareSemesters } from "@/lib/semesters";

export async function listMeasures(actor: Actor) {
  const measures = await db.measure.findMany({
    where: measureScope(actor),
    orderBy: [{ isJoint: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      scheme: true,
      isJoint: true,
      county: { select: { name: true } },
      ownerNetwork: { select: { name: true } },
      participations: { select: { network: { select: { name: true } } } },
      semesters: { select: { term: true, year: true } },
      _count: { select: { gatherings: true } },
    },
  });
  return measures.map((m) => {
    const semesters = [...m.semesters].sort(compareSemesters);
    return {
      id: m.id,
      name: m.name,
      scheme: m.scheme,
      isJoint: m.isJoint,
      county: m.county.name,
      networks: m.isJoint ? m.participations.map((p) => p.network.name) : m.ownerNetwork ? [m.ownerNetwork.name] : [],
      firstSemester: semesters[0] ?? null,
      lastSemester: semesters.at(-1) ?? null,
      semesterCount: semesters.length,
      gatheringCount: m._count.gatherings,
    };
  });
}

export async function getMeasure(actor: Actor, id: string) {
  const measure = await db.measure.findFirst({
    where: { AND: [{ id }, measureScope(actor)] },
    include: {
      county: true,
      ownerNetwork: true,
      reportMeasure: { select: { id: true, position: true, name: true, reportId: true } },
      cohorts: { orderBy: { number: "asc" }, include: { participations: { include: { network: true } } } },
      participations: { include: { network: true }, orderBy: { network: { name: "asc" } } },
      semesters: {
        orderBy: [{ cohort: { number: "asc" } }, { number: "asc" }],
        include: { cohort: { select: { name: true, number: true } } },
      },
      contributors: { include: { organisation: true, person: { select: { name: true } } } },
      gatherings: {
        orderBy: [{ startsAt: "asc" }, { number: "asc" }],
        include: {
          networks: { include: { network: { select: { name: true } } } },
          tracks: {
            orderBy: { position: "asc" },
            include: {
              facilitators: {
                include: { person: { select: { name: true } }, organisation: { select: { name: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!measure) throw new AppError("NOT_FOUND");
  return measure;
}

/** Choices for the measure forms: networks the actor may plan for, counties for joint measures, needs-report measures that may fund it, UH units and their people. */
export async function measureFormOptions(actor: Actor) {
  const counties = actor.isAdmin ? [] : actor.statsforvalterCountyIds;
  const [networks, countyList, reportMeasures, uhOrgs, uhPeople] = await Promise.all([
    db.network.findMany({
      where: { OR: [{ id: { in: actor.coordinatorNetworkIds } }, { countyId: { in: counties } }] },
      select: { id: true, name: true, countyId: true },
      orderBy: { name: "asc" },
    }),
    db.county.findMany({ where: { id: { in: counties } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.reportMeasure.findMany({
      where: {
        report: {
          OR: [{ networkId: { in: actor.coordinatorNetworkIds } }, { network: { countyId: { in: counties } } }],
          status: { not: "DRAFT" },
        },
      },
      select: {
        id: true,
        position: true,
        name: true,
        report: { select: { network: { select: { name: true } }, round: { select: { year: true } } } },
      },
      orderBy: [{ report: { round: { year: "desc" } } }, { position: "asc" }],
    }),
    db.organisation.findMany({
      where: { kind: "UH" },
      select: { id: true, name: true, parent: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
    db.person.findMany({
      where: { active: true, roleBindings: { some: { role: "UH" } } },
      select: {
        id: true,
        name: true,
        roleBindings: { where: { role: "UH" }, select: { organisation: { select: { name: true } } } },
      },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    networks,
    counties: countyList,
    reportMeasures: reportMeasures.map((r) => ({
      value: r.id,
      label: `${r.report.round.year} ${r.report.network.name} – ${r.position}. ${r.name}`,
    })),
    uhOrgs: uhOrgs.map((o) => ({ value: o.id, label: o.parent ? `${o.parent.name} – ${o.name}` : o.name })),
    uhPeople: uhPeople.map((p) => ({
      value: p.id,
      label: `${p.name}${p.roleBindings[0]?.organisation ? ` (${p.roleBindings[0].organisation.name})` : ""}`,
    })),
  };
}

export type MeasureFormOptions = Awaited<ReturnType<typeof measureFormOptions>>;

/** Whether the actor plans the measure (details) and its semesters and gatherings, and the county's networks for the participation form. */
export async function getMeasurePlanning(actor: Actor, m: Awaited<ReturnType<typeof getMeasure>>) {
  const networkIds = m.ownerNetworkId ? [m.ownerNetworkId] : m.participations.map((p) => p.networkId);
  const facts = { countyId: m.countyId, ownerNetworkId: m.ownerNetworkId, isJoint: m.isJoint, networkIds };
  const can = { plan: canPlanMeasure(actor, facts), planGatherings: canPlanGatherings(actor, facts) };
  const countyNetworks =
    can.plan && m.isJoint
      ? await db.network.findMany({
          where: { countyId: m.countyId },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : [];
  return { can, networkIds, countyNetworks };
}
