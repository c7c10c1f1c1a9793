import "server-only";
import { holdsIn } from "@/lib/networks/membership";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { osloClock, osloDateString, osloDateTime, osloYear } from "@/lib/dates";
import { measureForChange } from "@/lib/measures/mutations";
import {
  attendanceOpen,
  canChangeGathering,
  canRegisterFor,
  canRunGathering,
  dateInSemester,
  evaluationOpen,
  gatheringScope,
  registrationOpen,
  registrationScope,
} from "@/lib/gatherings/policy";
import { canPlanMeasure } from "@/lib/measures/policy";
import type {
  attendanceSchema,
  copyGatheringSchema,
  evaluationSchema,
  GatheringInput,
  registrationSchema,
  walkInSchema,
} from "@/lib/gatherings/schema";

const newToken = () => randomBytes(18).toString("base64url");

/** The columns of a gathering from the form: times in Oslo, the deadline at the end of its day. */
function columns(g: GatheringInput) {
  return {
    number: g.number ?? null,
    title: g.title,
    semesterId: g.semesterId ?? null,
    format: g.format,
    length: g.length,
    startsAt: osloDateTime(g.date, g.startTime),
    endsAt: osloDateTime(g.date, g.endTime),
    place: g.place,
    meetingUrl: g.meetingUrl ?? null,
    theme: g.theme,
    assignmentKind: g.assignmentKind ?? null,
    assignmentText: g.assignmentText,
    capacity: g.capacity ?? null,
    registrationDeadline: g.registrationDeadline ? osloDateTime(g.registrationDeadline, "23:59") : null,
  };
}

const facilitatorRows = (t: GatheringInput["tracks"][number]) => [
  ...t.facilitatorIds.map((personId) => ({ personId })),
  ...(t.facilitatorNames ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => ({ name })),
];

/** The semester, networks and facilitators a gathering refers to must belong to its measure (and be people). */
async function checkReferences(tx: Tx, m: { id: string; networkIds: string[] }, g: GatheringInput) {
  const errors: Record<string, string> = {};
  if (g.networkIds.some((id) => !m.networkIds.includes(id))) errors.networkIds = "validation.chooseNetworks";
  const semester = g.semesterId
    ? await tx.measureSemester.findFirst({
        where: { id: g.semesterId, measureId: m.id },
        select: { cohortId: true, term: true, year: true },
      })
    : null;
  if (g.semesterId && !semester) errors.semesterId = "validation.choose";
  if (semester && !dateInSemester(g.date, semester) && !g.confirmOutsideSemester)
    errors.confirmOutsideSemester = "validation.outsideSemester";
  // Facilitators chosen from the list are people who act for UH (they then see the gathering).
  const people = g.tracks.flatMap((t) => t.facilitatorIds);
  if (
    people.length &&
    (await tx.person.count({ where: { id: { in: people }, active: true, roleBindings: { some: { role: "UH" } } } })) !==
      new Set(people).size
  )
    errors["tracks.0.facilitatorIds"] = "validation.choose";
  const trackIds = g.tracks.map((t) => t.trackId).filter(Boolean);
  if (new Set(trackIds).size !== trackIds.length) errors._form = "validation.badRequest";
  if (Object.keys(errors).length) throw new AppError("INVALID", "Ugyldige valg", errors);
  return { cohortId: semester?.cohortId ?? null };
}

export async function createGathering(actor: Actor, input: GatheringInput & { measureId: string }) {
  return db.$transaction(async (tx) => {
    const m = await measureForChange(tx, actor, input.measureId, "gatherings");
    const { cohortId } = await checkReferences(tx, m, input);
    const g = await tx.gathering.create({
      data: {
        ...columns(input),
        measureId: m.id,
        cohortId,
        evaluationToken: newToken(),
        networks: { create: input.networkIds.map((networkId) => ({ networkId })) },
      },
    });
    for (const [i, t] of input.tracks.entries()) {
      await tx.gatheringTrack.create({
        data: {
          gatheringId: g.id,
          position: i + 1,
          name: t.name,
          theme: t.theme,
          capacity: t.capacity ?? null,
          facilitators: { create: facilitatorRows(t) },
        },
      });
    }
    await audit(tx, {
      actorId: actor.personId,
      action: "gathering.create",
      entityType: "Gathering",
      entityId: g.id,
      data: { ...input },
    });
    return { id: g.id };
  });
}

/**
 * A gathering in scope for a change (`canChangeGathering`); the measure and
 * the gathering rows are locked, so plan changes, registrations and edits do
 * not cross.
 */
async function gatheringForChange(tx: Tx, actor: Actor, id: string, what: "change" | "copy" = "change") {
  const found = await tx.gathering.findFirst({
    where: { AND: [{ id }, gatheringScope(actor)] },
    select: { id: true, measureId: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  const m = await measureForChange(tx, actor, found.measureId, "gatherings");
  await tx.$executeRaw`SELECT 1 FROM "Gathering" WHERE id = ${id} FOR UPDATE`;
  const g = await tx.gathering.findUniqueOrThrow({
    where: { id },
    include: {
      tracks: { orderBy: { position: "asc" }, include: { _count: { select: { registrations: true } } } },
      networks: { select: { networkId: true } },
    },
  });
  const plansMeasure = canPlanMeasure(actor, {
    countyId: m.countyId,
    ownerNetworkId: m.ownerNetworkId,
    isJoint: m.isJoint,
  });
  if (
    what === "change" &&
    !canChangeGathering(actor, { countyId: m.countyId, networkIds: g.networks.map((n) => n.networkId), plansMeasure })
  )
    throw new AppError("NOT_FOUND");
  return { g, m };
}

/** Changes a gathering. Tracks keep their ids by position, so registrations for a track stay with it. */
export async function updateGathering(actor: Actor, input: GatheringInput & { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const { g, m } = await gatheringForChange(tx, actor, input.id);
    if (g.version !== input.version) throw new AppError("CONFLICT", "errors.detail.gatheringChangedKept");
    const { cohortId } = await checkReferences(tx, m, input);
    await tx.gathering.update({
      where: { id: g.id },
      data: { ...columns(input), cohortId, version: { increment: 1 } },
    });
    await tx.gatheringNetwork.deleteMany({ where: { gatheringId: g.id } });
    await tx.gatheringNetwork.createMany({
      data: input.networkIds.map((networkId) => ({ gatheringId: g.id, networkId })),
    });
    // Tracks are matched by id, so registrations and evaluations stay with their track; one with registrations cannot be removed.
    if (input.tracks.some((t) => t.trackId && !g.tracks.some((x) => x.id === t.trackId)))
      throw new AppError("INVALID", "Ukjent spor", { _form: "validation.badRequest" });
    const kept = new Set(input.tracks.map((t) => t.trackId).filter(Boolean));
    const removed = g.tracks.filter((x) => !kept.has(x.id));
    if (removed.some((x) => x._count.registrations > 0))
      throw new AppError("INVALID", "Sporet har påmeldte", { _form: "validation.trackInUse" });
    await tx.gatheringTrack.deleteMany({ where: { id: { in: removed.map((x) => x.id) } } });
    await tx.gatheringTrack.updateMany({ where: { gatheringId: g.id }, data: { position: { increment: 1000 } } });
    for (const [i, t] of input.tracks.entries()) {
      const data = { name: t.name, theme: t.theme, capacity: t.capacity ?? null, position: i + 1 };
      const trackId = t.trackId
        ? (await tx.gatheringTrack.update({ where: { id: t.trackId }, data })).id
        : (await tx.gatheringTrack.create({ data: { ...data, gatheringId: g.id } })).id;
      await tx.trackFacilitator.deleteMany({ where: { trackId } });
      await tx.trackFacilitator.createMany({ data: facilitatorRows(t).map((f) => ({ ...f, trackId })) });
    }
    await audit(tx, {
      actorId: actor.personId,
      action: "gathering.update",
      entityType: "Gathering",
      entityId: g.id,
      data: {
        before: {
          title: g.title,
          startsAt: g.startsAt.toISOString(),
          endsAt: g.endsAt.toISOString(),
          place: g.place,
          format: g.format,
          capacity: g.capacity,
          tracks: g.tracks.map((t) => t.name),
        },
        after: input,
      },
    });
  });
}

/** Copies a gathering (content, tracks, facilitators; no registrations) to other networks of its measure, on another day if given. */
export async function copyGathering(actor: Actor, input: z.infer<typeof copyGatheringSchema>) {
  return db.$transaction(async (tx) => {
    const { g, m } = await gatheringForChange(tx, actor, input.id, "copy");
    if (input.networkIds.some((id) => !m.networkIds.includes(id)))
      throw new AppError("INVALID", "Ukjent nettverk", { networkIds: "validation.chooseNetworks" });
    // The same clock times on the new day, in Oslo (summer time handled); the deadline the same number of days before.
    const day = input.date ?? osloDateString(g.startsAt);
    const days = Math.round(
      (Date.parse(`${day}T12:00:00Z`) - Date.parse(`${osloDateString(g.startsAt)}T12:00:00Z`)) / 86_400_000,
    );
    const deadlineDay = g.registrationDeadline
      ? new Date(Date.parse(`${osloDateString(g.registrationDeadline)}T12:00:00Z`) + days * 86_400_000)
          .toISOString()
          .slice(0, 10)
      : null;
    // The semester (and cohort) come along only if the new networks are in that cohort.
    const semester = g.semesterId
      ? await tx.measureSemester.findUnique({ where: { id: g.semesterId }, select: { cohortId: true } })
      : null;
    const inCohort = semester?.cohortId
      ? (await tx.measureParticipation.count({
          where: { measureId: m.id, cohortId: semester.cohortId, networkId: { in: input.networkIds } },
        })) === input.networkIds.length
      : true;
    const tracks = await tx.gatheringTrack.findMany({
      where: { gatheringId: g.id },
      include: { facilitators: { select: { personId: true, organisationId: true, name: true } } },
      orderBy: { position: "asc" },
    });
    const {
      id: _id,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      evaluationToken: _t,
      tracks: _tracks,
      networks: _n,
      ...rest
    } = g;
    const copy = await tx.gathering.create({
      data: {
        ...rest,
        semesterId: inCohort ? g.semesterId : null,
        cohortId: inCohort ? g.cohortId : null,
        cancelled: false,
        startsAt: osloDateTime(day, osloClock(g.startsAt)),
        endsAt: osloDateTime(day, osloClock(g.endsAt)),
        registrationDeadline: deadlineDay ? osloDateTime(deadlineDay, "23:59") : null,
        evaluationToken: newToken(),
        networks: { create: input.networkIds.map((networkId) => ({ networkId })) },
        tracks: {
          create: tracks.map((t) => ({
            position: t.position,
            name: t.name,
            theme: t.theme,
            capacity: t.capacity,
            facilitators: { create: t.facilitators },
          })),
        },
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "gathering.copy",
      entityType: "Gathering",
      entityId: copy.id,
      data: { from: g.id, networkIds: input.networkIds, date: input.date ?? null },
    });
    return { id: copy.id };
  });
}

/** The gathering a registration is for, locked (capacity is counted under the lock), with what the rules need. */
async function gatheringForRegistration(tx: Tx, actor: Actor, gatheringId: string) {
  const found = await tx.gathering.findFirst({
    where: { AND: [{ id: gatheringId }, gatheringScope(actor)] },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  await tx.$executeRaw`SELECT 1 FROM "Gathering" WHERE id = ${gatheringId} FOR UPDATE`;
  const g = await tx.gathering.findUniqueOrThrow({
    where: { id: gatheringId },
    include: {
      measure: { select: { countyId: true } },
      tracks: { select: { id: true, capacity: true } },
      networks: {
        select: {
          networkId: true,
          network: { select: { members: { select: { organisationId: true, fromYear: true, toYear: true } } } },
        },
      },
    },
  });
  // The networks' members in the gathering's year register their people.
  const year = osloYear(g.startsAt);
  const memberOrgIds = g.networks.flatMap((n) =>
    n.network.members.filter((m) => holdsIn(m, year)).map((m) => m.organisationId),
  );
  const facts = { countyId: g.measure.countyId, networkIds: g.networks.map((n) => n.networkId), memberOrgIds };
  return { g, facts };
}

/** An owner registers a participant from their organisation, up to the deadline and within the gathering's and the track's capacity. */
export async function register(actor: Actor, input: z.infer<typeof registrationSchema>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { g, facts } = await gatheringForRegistration(tx, actor, input.gatheringId);
    if (!canRegisterFor(actor, facts, input.organisationId))
      throw new AppError("INVALID", "Ukjent organisasjon", { organisationId: "validation.choose" });
    if (!registrationOpen(g, now)) throw new AppError("DEADLINE_PASSED", "errors.detail.registrationClosed");
    if (input.trackId && !g.tracks.some((t) => t.id === input.trackId))
      throw new AppError("INVALID", "Ukjent spor", { trackId: "validation.choose" });
    const email = input.email.toLowerCase();
    const active = await tx.registration.findMany({
      where: { gatheringId: g.id, status: "REGISTERED" },
      select: { email: true, trackId: true },
    });
    if (active.some((r) => r.email === email))
      throw new AppError("INVALID", "Allerede påmeldt", { email: "validation.alreadyRegistered" });
    if (g.capacity !== null && active.length >= g.capacity)
      throw new AppError("INVALID", "Fullt", { _form: "validation.gatheringFull" });
    const track = g.tracks.find((t) => t.id === input.trackId);
    if (track?.capacity != null && active.filter((r) => r.trackId === track.id).length >= track.capacity)
      throw new AppError("INVALID", "Sporet er fullt", { trackId: "validation.trackFull" });
    const previous = await tx.registration.findUnique({ where: { gatheringId_email: { gatheringId: g.id, email } } });
    const data = {
      organisationId: input.organisationId,
      name: input.name,
      unitName: input.unitName,
      role: input.role,
      trackId: input.trackId ?? null,
      status: "REGISTERED" as const,
      walkIn: false,
      attendance: "UNKNOWN" as const,
      registeredById: actor.personId,
    };
    // Someone who cancelled and signs up again keeps one row.
    const reg = previous
      ? await tx.registration.update({ where: { id: previous.id }, data })
      : await tx.registration.create({ data: { ...data, gatheringId: g.id, email } });
    await audit(tx, {
      actorId: actor.personId,
      action: "registration.create",
      entityType: "Registration",
      entityId: reg.id,
      data: { gatheringId: g.id, organisationId: input.organisationId, trackId: input.trackId ?? null },
    });
    return { id: reg.id };
  });
}

/** A registration in the actor's scope, for a change. */
async function registrationForChange(tx: Tx, actor: Actor, id: string) {
  const reg = await tx.registration.findFirst({
    where: { AND: [{ id }, registrationScope(actor)] },
    include: {
      gathering: { include: { measure: { select: { countyId: true } }, networks: { select: { networkId: true } } } },
    },
  });
  if (!reg) throw new AppError("NOT_FOUND");
  return {
    reg,
    facts: { countyId: reg.gathering.measure.countyId, networkIds: reg.gathering.networks.map((n) => n.networkId) },
  };
}

export async function cancelRegistration(actor: Actor, input: { registrationId: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { reg } = await registrationForChange(tx, actor, input.registrationId);
    if (now >= reg.gathering.startsAt) throw new AppError("FORBIDDEN", "errors.detail.gatheringStarted");
    await tx.registration.update({ where: { id: reg.id }, data: { status: "CANCELLED" } });
    await audit(tx, {
      actorId: actor.personId,
      action: "registration.cancel",
      entityType: "Registration",
      entityId: reg.id,
      data: { gatheringId: reg.gatheringId },
    });
  });
}

/** On the day: present or absent (or back to not marked). */
export async function markAttendance(actor: Actor, input: z.infer<typeof attendanceSchema>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { reg, facts } = await registrationForChange(tx, actor, input.registrationId);
    if (!canRunGathering(actor, facts)) throw new AppError("NOT_FOUND");
    if (!attendanceOpen(reg.gathering, now)) throw new AppError("FORBIDDEN", "errors.detail.attendanceNotOpen");
    if (reg.status !== "REGISTERED") throw new AppError("FORBIDDEN", "errors.detail.registrationCancelled");
    await tx.registration.update({
      where: { id: reg.id },
      data: { attendance: input.attendance, attendanceMarkedAt: input.attendance === "UNKNOWN" ? null : now },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "registration.attendance",
      entityType: "Registration",
      entityId: reg.id,
      data: { before: reg.attendance, after: input.attendance },
    });
  });
}

/** Someone who came without registering: added as present. */
export async function addWalkIn(actor: Actor, input: z.infer<typeof walkInSchema>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { g, facts } = await gatheringForRegistration(tx, actor, input.gatheringId);
    if (!canRunGathering(actor, facts)) throw new AppError("NOT_FOUND");
    if (!attendanceOpen(g, now)) throw new AppError("FORBIDDEN", "errors.detail.attendanceNotOpen");
    if (input.organisationId && !facts.memberOrgIds.includes(input.organisationId))
      throw new AppError("INVALID", "Ukjent organisasjon", { organisationId: "validation.choose" });
    if (input.trackId && !g.tracks.some((t) => t.id === input.trackId))
      throw new AppError("INVALID", "Ukjent spor", { trackId: "validation.choose" });
    const email = input.email ? input.email.toLowerCase() : null;
    const previous = email
      ? await tx.registration.findUnique({ where: { gatheringId_email: { gatheringId: g.id, email } } })
      : null;
    if (previous?.status === "REGISTERED")
      throw new AppError("INVALID", "Allerede påmeldt", { email: "validation.alreadyRegisteredMark" });
    const data = {
      organisationId: input.organisationId ?? null,
      name: input.name,
      unitName: input.unitName,
      trackId: input.trackId ?? null,
      status: "REGISTERED" as const,
      walkIn: true,
      attendance: "PRESENT" as const,
      attendanceMarkedAt: now,
      registeredById: actor.personId,
    };
    // Someone who cancelled and came anyway is a walk-in on the same row.
    const reg = previous
      ? await tx.registration.update({ where: { id: previous.id }, data })
      : await tx.registration.create({ data: { ...data, gatheringId: g.id, email } });
    await audit(tx, {
      actorId: actor.personId,
      action: "registration.walkIn",
      entityType: "Registration",
      entityId: reg.id,
      data: { gatheringId: g.id },
    });
    return { id: reg.id };
  });
}

/** Cancels a gathering (or takes the cancellation back); registrations stay, the calendar feed marks it cancelled. */
export async function setGatheringCancelled(actor: Actor, input: { id: string; version: number; cancelled: boolean }) {
  return db.$transaction(async (tx) => {
    const { g } = await gatheringForChange(tx, actor, input.id);
    if (g.version !== input.version) throw new AppError("CONFLICT", "errors.detail.gatheringChanged");
    await tx.gathering.update({ where: { id: g.id }, data: { cancelled: input.cancelled, version: { increment: 1 } } });
    await audit(tx, {
      actorId: actor.personId,
      action: input.cancelled ? "gathering.cancel" : "gathering.reinstate",
      entityType: "Gathering",
      entityId: g.id,
      data: { before: g.cancelled, after: input.cancelled },
    });
  });
}

/**
 * A participant's evaluation through the gathering's link, without an
 * account: anonymous, from the gathering's day, once per browser
 * (`evaluatorHash`, lib/gatherings/evaluator-cookie.ts).
 */
export async function submitEvaluation(
  input: z.infer<typeof evaluationSchema>,
  evaluatorHash: string | null,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const g = await tx.gathering.findUnique({
      where: { evaluationToken: input.token },
      include: { tracks: { select: { id: true } } },
    });
    if (!g) throw new AppError("NOT_FOUND");
    if (!evaluationOpen(g, now)) throw new AppError("FORBIDDEN", "errors.detail.evaluationNotOpen");
    if (input.trackId && !g.tracks.some((t) => t.id === input.trackId))
      throw new AppError("INVALID", "Ukjent spor", { trackId: "validation.choose" });
    if (evaluatorHash && (await tx.evaluationResponse.count({ where: { gatheringId: g.id, evaluatorHash } })))
      throw new AppError("INVALID", "Allerede svart", { _form: "validation.alreadyEvaluated" });
    const response = await tx.evaluationResponse.create({
      data: {
        gatheringId: g.id,
        trackId: input.trackId ?? null,
        scores: input.scores,
        comment: input.comment,
        evaluatorHash,
      },
    });
    await audit(tx, {
      actorId: null,
      action: "evaluation.submit",
      entityType: "Gathering",
      entityId: g.id,
      data: { responseId: response.id },
    });
  });
}
