import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import {
  canApproveMinutes,
  canDeclareConflict,
  canEditMeeting,
  canManageForum,
  caseScope,
  forumScope,
  meetingScope,
} from "@/lib/forum/policy";
import { osloYear } from "@/lib/dates";
import { termCovers } from "@/lib/forum/terms";

/** The forums the actor works in, and whether they keep them (secretariat). */
export async function listForums(actor: Actor) {
  const forums = await db.forum.findMany({
    where: forumScope(actor),
    select: { id: true, name: true, countyId: true, county: { select: { name: true } } },
    orderBy: { name: "asc" },
  });
  return forums.map((f) => ({ ...f, canManage: canManageForum(actor, f.countyId) }));
}

/** Meetings of the actor's forums, newest first. */
export async function listMeetings(actor: Actor) {
  return db.forumMeeting.findMany({
    where: meetingScope(actor),
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      digital: true,
      status: true,
      forum: { select: { name: true } },
      cases: { orderBy: { number: "asc" }, select: { id: true, number: true, year: true, title: true } },
    },
  });
}

const memberSelect = {
  id: true,
  represents: true,
  voting: true,
  role: true,
  termFrom: true,
  termTo: true,
  person: { select: { id: true, name: true } },
} as const;

/** A meeting with its agenda, cases, members and attendance; "not found" outside the actor's forums. */
export async function getMeeting(actor: Actor, id: string) {
  const m = await db.forumMeeting.findFirst({
    where: { AND: [{ id }, meetingScope(actor)] },
    include: {
      forum: {
        select: {
          id: true,
          name: true,
          countyId: true,
          minutesRule: true,
          county: { select: { name: true } },
          members: { select: memberSelect, orderBy: [{ voting: "desc" }, { person: { name: "asc" } }] },
        },
      },
      approvals: {
        orderBy: { approvedAt: "asc" },
        select: { approvedAt: true, person: { select: { id: true, name: true } } },
      },
      agendaItems: {
        orderBy: [{ startTime: "asc" }, { position: "asc" }],
        include: { case: { select: { id: true, number: true, year: true, title: true, kind: true } } },
      },
      cases: {
        orderBy: { number: "asc" },
        include: {
          attachments: { select: { id: true, filename: true, size: true }, orderBy: { createdAt: "asc" } },
          conflicts: { include: { person: { select: { name: true } } } },
          recommendations: {
            orderBy: { network: { name: "asc" } },
            select: {
              amount: true,
              reason: true,
              network: { select: { id: true, name: true, shortName: true } },
              budget: {
                select: {
                  id: true,
                  scenarios: {
                    where: { decided: true },
                    select: { frames: { select: { networkId: true, frame: true } } },
                  },
                },
              },
            },
          },
        },
      },
      attendances: { select: { personId: true, present: true } },
    },
  });
  if (!m) throw new AppError("NOT_FOUND");
  const present = new Map(m.attendances.map((a) => [a.personId, a.present]));
  return {
    ...m,
    year: osloYear(m.startsAt),
    // The members whose term covers the meeting's day (and anyone recorded as present or absent at it).
    members: m.forum.members
      .filter((mem) => termCovers(mem, m.startsAt) || present.has(mem.person.id))
      .map((mem) => ({ ...mem, present: present.get(mem.person.id) ?? null })),
    cases: m.cases.map((c) => ({
      ...c,
      recommendations: c.recommendations.map((r) => ({
        ...r,
        frame: r.budget.scenarios[0]?.frames.find((f) => f.networkId === r.network.id)?.frame ?? null,
      })),
    })),
    can: {
      manage: canManageForum(actor, m.forum.countyId),
      edit: canEditMeeting(actor, { countyId: m.forum.countyId, status: m.status }),
      approveMinutes:
        !m.approvals.some((a) => a.person.id === actor.personId) &&
        canApproveMinutes(actor, {
          countyId: m.forum.countyId,
          status: m.status,
          rule: m.forum.minutesRule,
          seat: ownSeat(m, actor.personId, present),
        }),
    },
  };
}

/** The actor's own seat in the forum on the meeting's day, with their attendance. */
function ownSeat(
  m: {
    startsAt: Date;
    forum: {
      members: { role: string; voting: boolean; termFrom: Date | null; termTo: Date | null; person: { id: string } }[];
    };
  },
  personId: string,
  present: Map<string, boolean>,
) {
  const seat = m.forum.members.find((x) => x.person.id === personId && termCovers(x, m.startsAt));
  return seat ? { role: seat.role, voting: seat.voting, present: present.get(personId) ?? null } : null;
}

export type MeetingView = Awaited<ReturnType<typeof getMeeting>>;

/** A case with its meeting, attachments, conflicts and recommendations; "not found" outside the actor's forums. */
export async function getCase(actor: Actor, id: string) {
  const c = await db.forumCase.findFirst({
    where: { AND: [{ id }, caseScope(actor)] },
    include: {
      forum: {
        select: {
          id: true,
          name: true,
          countyId: true,
          members: { select: memberSelect, orderBy: { person: { name: "asc" } } },
        },
      },
      meeting: { select: { id: true, title: true, startsAt: true, status: true } },
      attachments: { select: { id: true, filename: true, size: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      conflicts: { include: { person: { select: { name: true } } }, orderBy: { declaredAt: "asc" } },
      recommendations: {
        orderBy: { network: { name: "asc" } },
        select: { amount: true, reason: true, budgetId: true, network: { select: { id: true, name: true } } },
      },
      budgetCarries: { select: { id: true, year: true, carryAmount: true } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND");
  const memberPersonIds = c.forum.members.map((m) => m.person.id);
  const status = c.meeting?.status ?? "PLANNED";
  return {
    ...c,
    can: {
      manage: canManageForum(actor, c.forum.countyId),
      edit: canEditMeeting(actor, { countyId: c.forum.countyId, status }),
      declare:
        canDeclareConflict(actor, { countyId: c.forum.countyId, memberPersonIds }) && status !== "MINUTES_APPROVED",
    },
    ownConflict: c.conflicts.find((x) => x.personId === actor.personId) ?? null,
  };
}

export type CaseView = Awaited<ReturnType<typeof getCase>>;

/** An attachment's file, for someone who may read its case. */
export async function getAttachment(actor: Actor, id: string, caseId?: string) {
  const a = await db.caseAttachment.findFirst({
    where: { id, ...(caseId ? { caseId } : {}), case: caseScope(actor) },
    select: { filename: true, contentType: true, data: true },
  });
  if (!a) throw new AppError("NOT_FOUND");
  return a;
}

/** Cases of a county's forum a recommendation can be recorded in: decision cases of the year whose minutes are not approved. */
export async function listDecisionCases(countyId: string, year: number) {
  return db.forumCase.findMany({
    where: {
      forum: { countyId },
      year,
      kind: { in: ["DECISION", "DECISION_AND_INPUT"] },
      OR: [{ meetingId: null }, { meeting: { status: { not: "MINUTES_APPROVED" } } }],
    },
    orderBy: { number: "asc" },
    select: { id: true, number: true, year: true, title: true, meeting: { select: { startsAt: true } } },
  });
}

/** Cases of a county's forum not yet decided, from the given year on (where left-over money can be carried). */
export async function listOpenCases(countyId: string, fromYear: number) {
  return db.forumCase.findMany({
    where: { forum: { countyId }, year: { gte: fromYear }, decision: null },
    orderBy: [{ year: "asc" }, { number: "asc" }],
    select: { id: true, number: true, year: true, title: true },
  });
}

/** The seats of the forums the actor keeps (secretariat), with role, organisation and term, and the organisations a seat may represent. */
export async function listForumSeats(actor: Actor, now = new Date()) {
  const forums = await db.forum.findMany({
    where: { countyId: { in: actor.statsforvalterCountyIds } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      countyId: true,
      members: {
        orderBy: [{ person: { name: "asc" } }],
        select: {
          id: true,
          version: true,
          role: true,
          represents: true,
          voting: true,
          organisationId: true,
          termFrom: true,
          termTo: true,
          person: { select: { id: true, name: true, email: true, lastLoginAt: true } },
        },
      },
    },
  });
  const organisations = await db.organisation.findMany({
    where: { OR: [{ countyId: { in: actor.statsforvalterCountyIds } }, { kind: "UH", parentId: null }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return {
    forums: forums.map((f) => ({ ...f, members: f.members.map((m) => ({ ...m, current: termCovers(m, now) })) })),
    organisations,
  };
}
