import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canManageForum, forumScope } from "@/lib/forum/policy";
import { bindingValidity, votes } from "@/lib/forum/terms";
import { writeInvitation } from "@/lib/access/mutations";
import type { FORUM_ROLES } from "@/lib/forum/schema";

type Seat = {
  role: (typeof FORUM_ROLES)[number];
  organisationId?: string;
  represents: string;
  termFrom: string;
  termTo?: string;
};

const termOf = (s: Seat) => ({
  termFrom: new Date(`${s.termFrom}T00:00:00Z`),
  termTo: s.termTo ? new Date(`${s.termTo}T00:00:00Z`) : null,
});

/** The seat's FORUM_MEMBER binding follows its role and term: none for the secretariat, valid for the term otherwise. */
async function syncBinding(
  tx: Tx,
  seat: { bindingId: string | null; personId: string },
  countyId: string,
  s: Seat,
  grantedById: string,
): Promise<string | null> {
  if (s.role === "SECRETARIAT") {
    if (seat.bindingId) await tx.roleBinding.delete({ where: { id: seat.bindingId } });
    return null;
  }
  const validity = bindingValidity(termOf(s));
  if (seat.bindingId) {
    await tx.roleBinding.update({ where: { id: seat.bindingId }, data: validity });
    return seat.bindingId;
  }
  // A forum role the person already had without a seat (invited to the county) becomes the seat's.
  const loose = await tx.roleBinding.findFirst({
    where: { personId: seat.personId, role: "FORUM_MEMBER", countyId, forumSeat: null },
  });
  if (loose) {
    await tx.roleBinding.update({ where: { id: loose.id }, data: validity });
    return loose.id;
  }
  const created = await tx.roleBinding.create({
    data: { personId: seat.personId, role: "FORUM_MEMBER", countyId, grantedById, ...validity },
  });
  return created.id;
}

async function checkOrganisation(tx: Tx, organisationId: string | undefined) {
  if (organisationId && !(await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } })))
    throw new AppError("INVALID", "Organisasjon", { organisationId: "validation.choose" });
}

/**
 * Gives a person a seat in the county's forum with a role and a term. A
 * person the portal does not know yet is made and gets an invitation to sign
 * in; the forum role comes with the seat and ends with its term.
 */
export async function addForumMember(
  actor: Actor,
  input: Seat & { forumId: string; name: string; email: string },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const forum = await tx.forum.findFirst({
      where: { AND: [{ id: input.forumId }, forumScope(actor)] },
      include: { county: { select: { id: true, name: true } } },
    });
    if (!forum || !canManageForum(actor, forum.countyId)) throw new AppError("NOT_FOUND");
    await checkOrganisation(tx, input.organisationId);
    let person = await tx.person.findFirst({
      where: { email: { equals: input.email, mode: "insensitive" } },
      include: { roleBindings: { where: { role: "STATSFORVALTER", countyId: forum.countyId } } },
    });
    if (input.role === "SECRETARIAT" && !person?.roleBindings.length)
      throw new AppError("INVALID", "Sekretariat", { role: "validation.secretariatIsStatsforvalter" });
    if (
      person &&
      (await tx.forumMember.findUnique({ where: { forumId_personId: { forumId: forum.id, personId: person.id } } }))
    )
      throw new AppError("INVALID", "Finnes", { email: "validation.alreadyForumMember" });
    let invited = false;
    if (!person) {
      person = { ...(await tx.person.create({ data: { name: input.name, email: input.email } })), roleBindings: [] };
      await writeInvitation(
        tx,
        {
          email: input.email,
          name: input.name,
          grants: [],
          scope: { kind: "county", id: forum.countyId },
          scopeName: forum.county.name,
          invitedById: actor.personId,
          inviterName: actor.name,
        },
        now,
      );
      invited = true;
    }
    const bindingId = await syncBinding(
      tx,
      { bindingId: null, personId: person.id },
      forum.countyId,
      input,
      actor.personId,
    );
    const seat = await tx.forumMember.create({
      data: {
        forumId: forum.id,
        personId: person.id,
        role: input.role,
        organisationId: input.organisationId ?? null,
        represents: input.represents,
        voting: votes(input.role),
        ...termOf(input),
        bindingId,
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-member.add",
      entityType: "County",
      entityId: forum.countyId,
      data: {
        seatId: seat.id,
        person: person.name,
        email: person.email,
        role: input.role,
        represents: input.represents,
        termFrom: input.termFrom,
        termTo: input.termTo ?? null,
        invited,
      },
    });
    return { id: seat.id, invited };
  });
}

/** Changes a seat's role, organisation or term (ending it early is a term that ends today); its role binding follows. */
export async function updateForumMember(actor: Actor, input: Seat & { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const seat = await tx.forumMember.findFirst({
      where: { id: input.id, forum: forumScope(actor) },
      include: {
        forum: { select: { countyId: true } },
        person: { select: { name: true, roleBindings: { where: { role: "STATSFORVALTER" } } } },
      },
    });
    if (!seat || !canManageForum(actor, seat.forum.countyId)) throw new AppError("NOT_FOUND");
    await checkOrganisation(tx, input.organisationId);
    if (input.role === "SECRETARIAT" && !seat.person.roleBindings.some((b) => b.countyId === seat.forum.countyId))
      throw new AppError("INVALID", "Sekretariat", { role: "validation.secretariatIsStatsforvalter" });
    const bindingId = await syncBinding(tx, seat, seat.forum.countyId, input, actor.personId);
    const { count } = await tx.forumMember.updateMany({
      where: { id: seat.id, version: input.version },
      data: {
        role: input.role,
        organisationId: input.organisationId ?? null,
        represents: input.represents,
        voting: votes(input.role),
        ...termOf(input),
        bindingId,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.forumMemberChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "forum-member.update",
      entityType: "County",
      entityId: seat.forum.countyId,
      data: {
        person: seat.person.name,
        before: {
          role: seat.role,
          represents: seat.represents,
          termFrom: seat.termFrom?.toISOString().slice(0, 10) ?? null,
          termTo: seat.termTo?.toISOString().slice(0, 10) ?? null,
        },
        after: {
          role: input.role,
          represents: input.represents,
          termFrom: input.termFrom,
          termTo: input.termTo ?? null,
        },
      },
    });
  });
}
