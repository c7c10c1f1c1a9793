import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { CaseKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import {
  canApproveMinutes,
  canDeclareConflict,
  canEditMeeting,
  canManageForum,
  caseScope,
  forumScope,
  meetingScope,
  minutesApproved,
} from "@/lib/forum/policy";
import { osloDateTime, osloYear } from "@/lib/dates";
import { termCovers } from "@/lib/forum/terms";

type MeetingInput = {
  title: string;
  date: string;
  startTime: string;
  endTime?: string;
  format: "FYSISK" | "DIGITAL";
  place: string | null;
  meetingUrl?: string;
};

const meetingColumns = (m: MeetingInput) => ({
  title: m.title,
  startsAt: osloDateTime(m.date, m.startTime),
  endsAt: m.endTime ? osloDateTime(m.date, m.endTime) : null,
  digital: m.format === "DIGITAL",
  place: m.place,
  meetingUrl: m.meetingUrl ?? null,
});

/**
 * Loads a meeting the actor keeps and may still change (minutes not approved),
 * inside the transaction, with the meeting row locked: an edit and the
 * approval of the minutes cannot pass each other.
 */
async function meetingForChange(tx: Tx, actor: Actor, id: string) {
  const scoped = await tx.forumMeeting.findFirst({
    where: { AND: [{ id }, meetingScope(actor)] },
    select: { id: true },
  });
  if (!scoped) throw new AppError("NOT_FOUND");
  await tx.$executeRaw`SELECT 1 FROM "ForumMeeting" WHERE id = ${scoped.id} FOR UPDATE`;
  const meeting = await tx.forumMeeting.findUniqueOrThrow({
    where: { id: scoped.id },
    include: { forum: { select: { countyId: true } } },
  });
  if (!canManageForum(actor, meeting.forum.countyId)) throw new AppError("NOT_FOUND");
  if (!canEditMeeting(actor, { countyId: meeting.forum.countyId, status: meeting.status }))
    throw new AppError("FORBIDDEN", "errors.detail.minutesApprovedMeeting");
  // Minutes approved so far were approved as they were: a change to the meeting asks for the approvals again.
  await tx.minutesApproval.deleteMany({ where: { meetingId: meeting.id } });
  return meeting;
}

/** A case the actor keeps, with its meeting locked and still open for changes. */
async function caseForChange(tx: Tx, actor: Actor, id: string) {
  const c = await tx.forumCase.findFirst({
    where: { AND: [{ id }, caseScope(actor)] },
    include: { forum: { select: { countyId: true } } },
  });
  if (!c || !canManageForum(actor, c.forum.countyId)) throw new AppError("NOT_FOUND");
  if (c.meetingId) await meetingForChange(tx, actor, c.meetingId);
  return c;
}

export async function createMeeting(actor: Actor, input: MeetingInput & { forumId: string }) {
  return db.$transaction(async (tx) => {
    const forum = await tx.forum.findFirst({ where: { AND: [{ id: input.forumId }, forumScope(actor)] } });
    if (!forum || !canManageForum(actor, forum.countyId)) throw new AppError("NOT_FOUND");
    const meeting = await tx.forumMeeting.create({ data: { forumId: forum.id, ...meetingColumns(input) } });
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-meeting.create",
      entityType: "ForumMeeting",
      entityId: meeting.id,
      data: input,
    });
    return { id: meeting.id };
  });
}

export async function updateMeeting(
  actor: Actor,
  input: MeetingInput & { id: string; version: number; status: Exclude<MeetingStatus, "MINUTES_APPROVED"> },
) {
  return db.$transaction(async (tx) => {
    // Approved minutes are never reopened: they are the record. The approval itself is the members' (approveMinutes).
    const meeting = await meetingForChange(tx, actor, input.id);
    const { count } = await tx.forumMeeting.updateMany({
      where: { id: meeting.id, version: input.version },
      data: { ...meetingColumns(input), status: input.status, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.meetingChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-meeting.update",
      entityType: "ForumMeeting",
      entityId: meeting.id,
      data: {
        before: {
          title: meeting.title,
          startsAt: meeting.startsAt.toISOString(),
          place: meeting.place,
          status: meeting.status,
        },
        after: input,
      },
    });
  });
}

export async function addAgendaItem(
  actor: Actor,
  input: { meetingId: string; startTime: string; endTime?: string; caseId?: string; title: string | null },
) {
  return db.$transaction(async (tx) => {
    const meeting = await meetingForChange(tx, actor, input.meetingId);
    if (input.caseId && !(await tx.forumCase.findFirst({ where: { id: input.caseId, meetingId: meeting.id } })))
      throw new AppError("INVALID", "Ukjent sak", { caseId: "validation.choose" });
    const last = await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: {
        meetingId: meeting.id,
        position: (last._max.position ?? 0) + 1,
        startTime: input.startTime,
        endTime: input.endTime ?? null,
        caseId: input.caseId ?? null,
        title: input.title ?? "",
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-meeting.agenda.add",
      entityType: "ForumMeeting",
      entityId: meeting.id,
      data: { itemId: item.id, ...input },
    });
  });
}

export async function removeAgendaItem(actor: Actor, input: { id: string }) {
  return db.$transaction(async (tx) => {
    const item = await tx.agendaItem.findFirst({ where: { id: input.id, meeting: meetingScope(actor) } });
    if (!item) throw new AppError("NOT_FOUND");
    await meetingForChange(tx, actor, item.meetingId);
    await tx.agendaItem.delete({ where: { id: item.id } });
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-meeting.agenda.remove",
      entityType: "ForumMeeting",
      entityId: item.meetingId,
      data: { before: { startTime: item.startTime, endTime: item.endTime, title: item.title, caseId: item.caseId } },
    });
  });
}

/**
 * A new case in a meeting, numbered automatically n/year per forum (year of the
 * meeting, Oslo time). The forum row is locked while numbering, so two
 * secretaries adding cases at once get consecutive numbers, never the same.
 */
export async function createCase(
  actor: Actor,
  input: { meetingId: string; title: string; kind: CaseKind; text: string | null; proposal: string | null },
) {
  return db.$transaction(async (tx) => {
    const meeting = await meetingForChange(tx, actor, input.meetingId);
    await tx.$executeRaw`SELECT 1 FROM "Forum" WHERE id = ${meeting.forumId} FOR UPDATE`;
    const year = osloYear(meeting.startsAt);
    const last = await tx.forumCase.aggregate({ where: { forumId: meeting.forumId, year }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const c = await tx.forumCase.create({
      data: {
        forumId: meeting.forumId,
        meetingId: meeting.id,
        year,
        number,
        title: input.title,
        kind: input.kind,
        text: input.text,
        proposal: input.proposal,
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-case.create",
      entityType: "ForumCase",
      entityId: c.id,
      data: { number: `${number}/${year}`, ...input },
    });
    return { id: c.id, number, year };
  });
}

export async function updateCase(
  actor: Actor,
  input: { id: string; version: number; title: string; kind: CaseKind; text: string | null; proposal: string | null },
) {
  return db.$transaction(async (tx) => {
    const c = await caseForChange(tx, actor, input.id);
    const { count } = await tx.forumCase.updateMany({
      where: { id: c.id, version: input.version },
      data: {
        title: input.title,
        kind: input.kind,
        text: input.text,
        proposal: input.proposal,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.caseChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-case.update",
      entityType: "ForumCase",
      entityId: c.id,
      data: { before: { title: c.title, kind: c.kind, text: c.text, proposal: c.proposal }, after: input },
    });
  });
}

/** Records the decision as made (vedtak) and when. */
export async function recordCaseDecision(
  actor: Actor,
  input: { id: string; version: number; decision: string },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const c = await caseForChange(tx, actor, input.id);
    const { count } = await tx.forumCase.updateMany({
      where: { id: c.id, version: input.version },
      data: { decision: input.decision, decidedAt: c.decidedAt ?? now, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.caseChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-case.decide",
      entityType: "ForumCase",
      entityId: c.id,
      data: { before: c.decision, after: input.decision },
    });
  });
}

/** Who was present: one row per member of the forum. */
export async function setAttendance(actor: Actor, input: { meetingId: string; present: string[] }) {
  return db.$transaction(async (tx) => {
    const meeting = await meetingForChange(tx, actor, input.meetingId);
    const seats = await tx.forumMember.findMany({
      where: { forumId: meeting.forumId },
      select: { personId: true, termFrom: true, termTo: true },
    });
    const members = seats.filter((m) => termCovers(m, meeting.startsAt));
    const ids = new Set(members.map((m) => m.personId));
    if (input.present.some((p) => !ids.has(p)))
      throw new AppError("INVALID", "Ukjent medlem", { _form: "validation.badRequest" });
    await tx.meetingAttendance.deleteMany({ where: { meetingId: meeting.id } });
    await tx.meetingAttendance.createMany({
      data: members.map((m) => ({
        meetingId: meeting.id,
        personId: m.personId,
        present: input.present.includes(m.personId),
      })),
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-meeting.attendance",
      entityType: "ForumMeeting",
      entityId: meeting.id,
      data: { present: input.present },
    });
  });
}

/** A member declares (or withdraws) their own conflict of interest on a case; the minutes record it. */
export async function setOwnConflict(
  actor: Actor,
  input: { caseId: string; conflicted: boolean; reason: string | null },
) {
  return db.$transaction(async (tx) => {
    const c = await tx.forumCase.findFirst({
      where: { AND: [{ id: input.caseId }, caseScope(actor)] },
      include: { forum: { select: { countyId: true, members: { select: { personId: true } } } } },
    });
    if (!c) throw new AppError("NOT_FOUND");
    if (
      !canDeclareConflict(actor, {
        countyId: c.forum.countyId,
        memberPersonIds: c.forum.members.map((m) => m.personId),
      })
    )
      throw new AppError("FORBIDDEN", "errors.detail.onlyMembersConflict");
    if (c.meetingId) await tx.$executeRaw`SELECT 1 FROM "ForumMeeting" WHERE id = ${c.meetingId} FOR UPDATE`;
    const meeting = c.meetingId
      ? await tx.forumMeeting.findUniqueOrThrow({ where: { id: c.meetingId }, select: { status: true } })
      : null;
    if (meeting?.status === "MINUTES_APPROVED") throw new AppError("FORBIDDEN", "errors.detail.minutesApproved");
    const before = await tx.conflictOfInterest.findUnique({
      where: { caseId_personId: { caseId: c.id, personId: actor.personId } },
    });
    if (input.conflicted) {
      await tx.conflictOfInterest.upsert({
        where: { caseId_personId: { caseId: c.id, personId: actor.personId } },
        update: { reason: input.reason },
        create: { caseId: c.id, personId: actor.personId, reason: input.reason },
      });
    } else {
      await tx.conflictOfInterest.deleteMany({ where: { caseId: c.id, personId: actor.personId } });
    }
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-case.conflict",
      entityType: "ForumCase",
      entityId: c.id,
      data: {
        before: before ? { reason: before.reason } : null,
        after: input.conflicted ? { reason: input.reason } : null,
      },
    });
  });
}

/** A PDF attachment, checked by its content (it must start like a PDF), kept in the database so instances stay stateless. */
export async function addAttachment(actor: Actor, input: { caseId: string; file: File }) {
  const bytes = Buffer.from(await input.file.arrayBuffer());
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-")
    throw new AppError("INVALID", "Ikke en PDF", { file: "validation.attachment.notPdf" });
  const filename = input.file.name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "vedlegg.pdf";
  return db.$transaction(async (tx) => {
    const c = await caseForChange(tx, actor, input.caseId);
    const a = await tx.caseAttachment.create({
      data: {
        caseId: c.id,
        filename,
        contentType: "application/pdf",
        size: bytes.length,
        data: bytes,
        uploadedById: actor.personId,
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-case.attachment.add",
      entityType: "ForumCase",
      entityId: c.id,
      data: { attachmentId: a.id, filename, size: bytes.length },
    });
  });
}

export async function removeAttachment(actor: Actor, input: { id: string }) {
  return db.$transaction(async (tx) => {
    const a = await tx.caseAttachment.findFirst({
      where: { id: input.id, case: caseScope(actor) },
      select: { id: true, caseId: true, filename: true },
    });
    if (!a) throw new AppError("NOT_FOUND");
    await caseForChange(tx, actor, a.caseId);
    await tx.caseAttachment.delete({ where: { id: a.id } });
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-case.attachment.remove",
      entityType: "ForumCase",
      entityId: a.caseId,
      data: { filename: a.filename },
    });
  });
}

/**
 * A member approves the minutes (protokoll) of a held meeting. When the
 * approvals satisfy the forum's rule (its leader, or two voting members), the
 * minutes and every decision of the meeting's cases are locked: the meeting
 * becomes MINUTES_APPROVED, and a correction needs a new case.
 */
export async function approveMinutes(actor: Actor, input: { meetingId: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const scoped = await tx.forumMeeting.findFirst({
      where: { AND: [{ id: input.meetingId }, meetingScope(actor)] },
      select: { id: true },
    });
    if (!scoped) throw new AppError("NOT_FOUND");
    await tx.$executeRaw`SELECT 1 FROM "ForumMeeting" WHERE id = ${scoped.id} FOR UPDATE`;
    const meeting = await tx.forumMeeting.findUniqueOrThrow({
      where: { id: scoped.id },
      include: {
        forum: {
          select: {
            countyId: true,
            minutesRule: true,
            members: { select: { personId: true, role: true, voting: true, termFrom: true, termTo: true } },
          },
        },
        attendances: true,
        approvals: true,
      },
    });
    const seatOf = (personId: string) =>
      meeting.forum.members.find((m) => m.personId === personId && termCovers(m, meeting.startsAt)) ?? null;
    const seat = seatOf(actor.personId);
    const present = meeting.attendances.find((a) => a.personId === actor.personId)?.present ?? null;
    const facts = {
      countyId: meeting.forum.countyId,
      status: meeting.status,
      rule: meeting.forum.minutesRule,
      seat: seat ? { role: seat.role, voting: seat.voting, present } : null,
    };
    if (!canApproveMinutes(actor, facts)) {
      throw new AppError(
        "FORBIDDEN",
        meeting.status === "MINUTES_APPROVED"
          ? "errors.detail.minutesApproved"
          : meeting.status !== "HELD"
            ? "errors.detail.meetingNotHeld"
            : "errors.detail.notMinutesApprover",
      );
    }
    if (meeting.approvals.some((a) => a.personId === actor.personId))
      throw new AppError("FORBIDDEN", "errors.detail.alreadyApprovedMinutes");
    await tx.minutesApproval.create({ data: { meetingId: meeting.id, personId: actor.personId, approvedAt: now } });
    const presentOf = (id: string) => meeting.attendances.find((a) => a.personId === id)?.present ?? null;
    const approvals = [...meeting.approvals.map((a) => a.personId), actor.personId].flatMap((id) => {
      const s = seatOf(id);
      return s ? [{ role: s.role, voting: s.voting, present: presentOf(id) }] : [];
    });
    const approved = minutesApproved(meeting.forum.minutesRule, approvals);
    if (approved)
      await tx.forumMeeting.update({
        where: { id: meeting.id },
        data: { status: "MINUTES_APPROVED", minutesApprovedAt: now, version: { increment: 1 } },
      });
    await audit(tx, {
      actorId: actor.personId,
      action: approved ? "forum-meeting.minutes-approved" : "forum-meeting.minutes-approval",
      entityType: "ForumMeeting",
      entityId: meeting.id,
      data: { rule: meeting.forum.minutesRule, approvals: approvals.length, approved },
    });
    return { approved };
  });
}

/** The secretariat records how the forum approves its minutes. */
export async function setMinutesRule(actor: Actor, input: { forumId: string; rule: "LEADER" | "TWO_MEMBERS" }) {
  return db.$transaction(async (tx) => {
    const forum = await tx.forum.findFirst({ where: { AND: [{ id: input.forumId }, forumScope(actor)] } });
    if (!forum || !canManageForum(actor, forum.countyId)) throw new AppError("NOT_FOUND");
    await tx.forum.update({ where: { id: forum.id }, data: { minutesRule: input.rule } });
    await audit(tx, {
      actorId: actor.personId,
      action: "forum.minutes-rule",
      entityType: "Forum",
      entityId: forum.id,
      data: { before: forum.minutesRule, after: input.rule },
    });
  });
}
