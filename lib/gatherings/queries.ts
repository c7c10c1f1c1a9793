import "server-only";
import { osloYear } from "@/lib/dates";
import { holdsIn, inYear, thisYear } from "@/lib/networks/membership";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canPlanGatherings, canPlanMeasure } from "@/lib/measures/policy";
import {
  canChangeGathering,
  canRegisterFor,
  canRunGathering,
  evaluationOpen,
  gatheringScope,
  registrationOpen,
  registrationScope,
} from "@/lib/gatherings/policy";
import { attendanceFigures, figuresBy, noShowRate, type AttendanceRow } from "@/lib/gatherings/stats";
import { EVALUATION_QUESTIONS } from "@/lib/gatherings/schema";
import { compareNb } from "@/lib/i18n/collate";

const gatheringInclude = {
  measure: {
    select: {
      id: true,
      name: true,
      countyId: true,
      isJoint: true,
      ownerNetworkId: true,
      participations: {
        select: { networkId: true, network: { select: { name: true } } },
        orderBy: { network: { name: "asc" as const } },
      },
    },
  },
  semester: { select: { id: true, number: true, term: true, year: true, focus: true } },
  cohort: { select: { name: true } },
  networks: {
    select: {
      network: {
        select: {
          id: true,
          name: true,
          shortName: true,
          members: { select: { fromYear: true, toYear: true, organisation: { select: { id: true, name: true } } } },
        },
      },
    },
    orderBy: { network: { name: "asc" as const } },
  },
  tracks: {
    orderBy: { position: "asc" as const },
    include: {
      facilitators: {
        include: { person: { select: { id: true, name: true } }, organisation: { select: { name: true } } },
      },
    },
  },
} satisfies Prisma.GatheringInclude;

type Scores = Record<(typeof EVALUATION_QUESTIONS)[number], number>;
const average = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null;

/** Evaluation results: averages per question overall and per track, and the free-text answers. */
function summariseEvaluations(
  responses: { trackId: string | null; scores: unknown; comment: string | null }[],
  tracks: { id: string; name: string }[],
) {
  const summary = (list: typeof responses) => ({
    count: list.length,
    averages: Object.fromEntries(
      EVALUATION_QUESTIONS.map((q) => [
        q,
        average(list.map((r) => (r.scores as Scores)[q]).filter((x) => typeof x === "number")),
      ]),
    ) as Record<(typeof EVALUATION_QUESTIONS)[number], number | null>,
  });
  return {
    all: summary(responses),
    tracks: tracks.map((t) => ({
      trackId: t.id,
      name: t.name,
      ...summary(responses.filter((r) => r.trackId === t.id)),
    })),
    comments: responses
      .filter((r) => r.comment)
      .map((r) => ({ comment: r.comment!, track: tracks.find((t) => t.id === r.trackId)?.name ?? null })),
  };
}

/** A gathering with what the actor may see of it: registrations in their scope (contacts only for those who run it), figures, evaluation results for those who run or facilitate it. */
export async function getGathering(actor: Actor, id: string, now = new Date()) {
  const g = await db.gathering.findFirst({
    where: { AND: [{ id }, gatheringScope(actor)] },
    include: gatheringInclude,
  });
  if (!g) throw new AppError("NOT_FOUND");
  const networkIds = g.networks.map((n) => n.network.id);
  const facts = { countyId: g.measure.countyId, networkIds };
  const measureNetworkIds = g.measure.ownerNetworkId
    ? [g.measure.ownerNetworkId]
    : g.measure.participations.map((p) => p.networkId);
  const canRun = canRunGathering(actor, facts);
  const canPlan = canPlanGatherings(actor, {
    countyId: g.measure.countyId,
    ownerNetworkId: g.measure.ownerNetworkId,
    isJoint: g.measure.isJoint,
    networkIds: measureNetworkIds,
  });
  const facilitates = g.tracks.some((t) => t.facilitators.some((f) => f.person?.id === actor.personId));
  const seesFigures = canRun || canPlan || facilitates;
  const year = osloYear(g.startsAt);
  const memberOrgs = [
    ...new Map(
      g.networks.flatMap((n) =>
        n.network.members
          .filter((m) => holdsIn(m, year))
          .map((m) => [
            m.organisation.id,
            { ...m.organisation, networkId: n.network.id, network: n.network.shortName },
          ]),
      ),
    ).values(),
  ];
  const networkOfOrg = new Map(memberOrgs.map((o) => [o.id, o.network]));

  const [visible, all, responses] = await Promise.all([
    db.registration.findMany({
      where: { AND: [{ gatheringId: id }, registrationScope(actor)] },
      orderBy: [{ walkIn: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        unitName: true,
        role: true,
        status: true,
        walkIn: true,
        attendance: true,
        organisationId: true,
        organisation: { select: { name: true } },
        track: { select: { name: true } },
      },
    }),
    db.registration.findMany({
      where: { gatheringId: id },
      select: { walkIn: true, status: true, attendance: true, unitName: true, organisationId: true },
    }),
    seesFigures
      ? db.evaluationResponse.findMany({
          where: { gatheringId: id },
          select: { trackId: true, scores: true, comment: true },
          orderBy: { createdAt: "asc" },
        })
      : Promise.resolve([]),
  ]);
  const counted: (AttendanceRow & { unitName: string | null; organisationId: string | null })[] = seesFigures
    ? all
    : visible;
  return {
    ...g,
    networkIds,
    measureNetworks: g.measure.participations.map((p) => ({ id: p.networkId, name: p.network.name })),
    can: {
      run: canRun,
      plan: canPlan,
      change: canChangeGathering(actor, {
        ...facts,
        plansMeasure: canPlanMeasure(actor, {
          countyId: g.measure.countyId,
          ownerNetworkId: g.measure.ownerNetworkId,
          isJoint: g.measure.isJoint,
        }),
      }),
      seeContacts: canRun,
      register: registrationOpen(g, now),
      evaluate: evaluationOpen(g, now),
      seeFigures: seesFigures,
    },
    registrations: visible,
    figures: attendanceFigures(counted),
    bySchool: figuresBy(counted, (r) => r.unitName, ""),
    byNetwork: figuresBy(counted, (r) => (r.organisationId ? (networkOfOrg.get(r.organisationId) ?? null) : null), ""),
    registerFor: memberOrgs
      .filter((o) => canRegisterFor(actor, { ...facts, memberOrgIds: memberOrgs.map((x) => x.id) }, o.id))
      .sort((a, b) => compareNb(a.name, b.name)),
    memberOrgs,
    evaluation: seesFigures ? summariseEvaluations(responses, g.tracks) : null,
  };
}

export type GatheringView = Awaited<ReturnType<typeof getGathering>>;

/** Per gathering of a measure: the attendance figures, and the measure's no-show rate. */
export async function getMeasureAttendance(measureId: string) {
  const rows = await db.registration.findMany({
    where: { gathering: { measureId } },
    select: { gatheringId: true, walkIn: true, status: true, attendance: true },
  });
  const byGathering = new Map<string, AttendanceRow[]>();
  for (const r of rows) byGathering.set(r.gatheringId, [...(byGathering.get(r.gatheringId) ?? []), r]);
  const figures = new Map([...byGathering.entries()].map(([id, list]) => [id, attendanceFigures(list)]));
  return { figures, noShowRate: noShowRate([...figures.values()]) };
}

/** "My" gatherings: of the networks I coordinate or my organisation belongs to, my county's (Statsforvalter, forum), and those I facilitate or my UH unit contributes to. */
export function myGatheringsWhere(actor: Actor): Prisma.GatheringWhereInput {
  const or: Prisma.GatheringWhereInput[] = [
    { tracks: { some: { facilitators: { some: { personId: actor.personId } } } } },
  ];
  if (actor.coordinatorNetworkIds.length)
    or.push({ networks: { some: { networkId: { in: actor.coordinatorNetworkIds } } } });
  if (actor.ownerOrgIds.length)
    or.push({
      networks: {
        some: { network: { members: { some: { organisationId: { in: actor.ownerOrgIds }, ...inYear(thisYear()) } } } },
      },
    });
  const counties = [...new Set([...actor.statsforvalterCountyIds, ...actor.forumCountyIds])];
  if (counties.length) or.push({ measure: { countyId: { in: counties } } });
  if (actor.uhOrgIds.length)
    or.push({ measure: { contributors: { some: { organisationId: { in: actor.uhOrgIds } } } } });
  return { AND: [gatheringScope(actor), { OR: or }] };
}

/** The actor's gatherings between two instants (the month calendar). */
export async function listMyGatherings(actor: Actor, from: Date, to: Date) {
  return db.gathering.findMany({
    where: { AND: [myGatheringsWhere(actor), { startsAt: { gte: from, lt: to } }] },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      number: true,
      title: true,
      startsAt: true,
      endsAt: true,
      format: true,
      place: true,
      cancelled: true,
      measure: { select: { id: true, name: true } },
      networks: { select: { network: { select: { shortName: true } } } },
    },
  });
}

/** The networks and measures whose calendar feeds the actor may subscribe to. */
export async function listFeeds(actor: Actor) {
  const [networks, measures] = await Promise.all([
    db.network.findMany({
      where: {
        OR: [
          { id: { in: actor.coordinatorNetworkIds } },
          { members: { some: { organisationId: { in: actor.ownerOrgIds }, ...inYear(thisYear()) } } },
          { countyId: { in: [...actor.statsforvalterCountyIds, ...actor.forumCountyIds] } },
        ],
      },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.measure.findMany({
      where: { AND: [{ gatherings: { some: myGatheringsWhere(actor) } }] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { networks, measures };
}

/** Choices for the gathering form of a measure: its semesters, its networks, UH people who may facilitate. */
export async function gatheringFormOptions(measureId: string) {
  const [m, people] = await Promise.all([
    db.measure.findUniqueOrThrow({
      where: { id: measureId },
      select: {
        ownerNetwork: { select: { id: true, name: true } },
        participations: {
          select: { network: { select: { id: true, name: true } } },
          orderBy: { network: { name: "asc" } },
        },
        semesters: {
          orderBy: [{ cohort: { number: "asc" } }, { number: "asc" }],
          select: { id: true, number: true, term: true, year: true, cohort: { select: { name: true } } },
        },
        _count: { select: { gatherings: true } },
      },
    }),
    db.person.findMany({
      where: { active: true, roleBindings: { some: { role: "UH" } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const networks = m.ownerNetwork ? [m.ownerNetwork] : m.participations.map((p) => p.network);
  return {
    networks: networks.map((n) => ({ value: n.id, label: n.name })),
    semesters: m.semesters.map((s) => ({
      value: s.id,
      label: `${s.cohort ? `${s.cohort.name}, ` : ""}semester ${s.number} – ${s.term === "VAR" ? "Vår" : "Høst"} ${s.year}`,
    })),
    people: people.map((p) => ({ value: p.id, label: p.name })),
    gatheringCount: m._count.gatherings,
  };
}
