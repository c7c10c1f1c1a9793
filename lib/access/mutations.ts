import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { Role } from "@/lib/generated/prisma/enums";
import {
  canGrant,
  canManageAccess,
  INVITATION_DAYS,
  invitationState,
  scopeKindOf,
  type GrantScope,
  type InvitationState,
} from "@/lib/access/policy";
import { auditTarget, loadScope, scopeColumns, type Grant } from "@/lib/access/scope";
import type { InviteInput } from "@/lib/access/schema";
import { hashToken, newToken } from "@/lib/access/tokens";
import { queueLocalizedMail } from "@/lib/mail/localized";
import { publicUrl } from "@/lib/public-url";
import { datesFor, osloDateString } from "@/lib/dates";

const DAY = 24 * 60 * 60 * 1000;

const grantsSchema = z.array(
  z.object({
    role: z.enum(Role),
    organisationId: z.string().nullable(),
    networkId: z.string().nullable(),
    countyId: z.string().nullable(),
  }),
);

/** The grants stored on an invitation (JSON), checked on the way out as on the way in. */
export function parseGrants(json: unknown): Grant[] {
  return grantsSchema.parse(json);
}

/** The scope of a binding, a grant or an invitation, from its columns. */
const scopeRefOf = (g: { organisationId: string | null; networkId: string | null; countyId: string | null }) => ({
  kind: scopeKindOf(g),
  id: g.organisationId ?? g.networkId ?? g.countyId,
});

/**
 * Writes an invitation and queues its e-mail: the link holds the token, the
 * database its hash. The e-mail goes out in the organisation's written
 * standard when the invitation is to an organisation; the outbox forgets the
 * link once it is sent.
 */
export async function writeInvitation(
  tx: Tx,
  inv: {
    email: string;
    name: string;
    grants: Grant[];
    scope: GrantScope;
    scopeName: string;
    invitedById: string | null;
    inviterName: string | null;
  },
  now: Date,
) {
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * DAY);
  const invitation = await tx.invitation.create({
    data: {
      tokenHash: hash,
      email: inv.email,
      name: inv.name,
      grants: inv.grants,
      ...scopeColumns(inv.scope),
      invitedById: inv.invitedById,
      expiresAt,
    },
  });
  const url = publicUrl(`/invitasjon/${token}`);
  await queueLocalizedMail(tx, {
    to: [inv.email],
    organisationId: inv.scope.kind === "organisation" ? inv.scope.id : null,
    entityType: "Invitation",
    entityId: invitation.id,
    redactAfterSend: true,
    compose: (t, locale) => ({
      subject: t("mail.invitation.subject"),
      text: [
        t("mail.invitation.greeting", { name: inv.name }),
        inv.inviterName ? t("mail.invitation.body", { by: inv.inviterName }) : t("mail.invitation.bodyOperator"),
        inv.grants.map((g) => `- ${t(`roles.${g.role}`)}${inv.scopeName ? ` – ${inv.scopeName}` : ""}`).join("\n"),
        t("mail.invitation.link", { url, until: datesFor(locale).formatDate(expiresAt) }),
        t("mail.invitation.signIn"),
      ].join("\n\n"),
    }),
  });
  return { invitation, token, url };
}

/** Invites a person by e-mail to one or more roles in a scope the actor administers. */
export async function invite(actor: Actor, input: InviteInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const found = await loadScope(tx, { kind: input.scopeKind, id: input.scopeId });
    if (!found || !canManageAccess(actor, found.scope)) throw new AppError("NOT_FOUND");
    const roles = [...new Set(input.roles)];
    if (roles.some((role) => !canGrant(actor, role, found.scope)))
      throw new AppError("INVALID", "Rolle", { roles: "validation.roleNotYours" });
    const grants = roles.map((role) => ({ role, ...scopeColumns(found.scope) }));
    const person = await tx.person.findFirst({
      where: { email: { equals: input.email, mode: "insensitive" } },
      select: { id: true, roleBindings: true },
    });
    const missing = grants.filter(
      (g) =>
        !person?.roleBindings.some(
          (b) =>
            b.role === g.role &&
            b.organisationId === g.organisationId &&
            b.networkId === g.networkId &&
            b.countyId === g.countyId,
        ),
    );
    if (missing.length === 0) throw new AppError("INVALID", "Har rollen", { email: "validation.alreadyHasRoles" });
    const { invitation } = await writeInvitation(
      tx,
      {
        email: input.email,
        name: input.name,
        grants: missing,
        scope: found.scope,
        scopeName: found.name,
        invitedById: actor.personId,
        inviterName: actor.name,
      },
      now,
    );
    await audit(tx, {
      actorId: actor.personId,
      action: "access.invite",
      ...auditTarget(found.scope, actor.personId),
      data: { invitationId: invitation.id, email: input.email, name: input.name, roles: missing.map((g) => g.role) },
    });
    return { id: invitation.id, email: input.email };
  });
}

/**
 * The operator's way in on an empty database (`npm run admin -- invite`):
 * an invitation to be national administrator, from no one. Returns the link,
 * which the command prints (and the outbox mails when SMTP is set).
 */
export async function inviteFirstAdministrator(input: { email: string; name: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const scope: GrantScope = { kind: "national" };
    const { invitation, url } = await writeInvitation(
      tx,
      {
        email: input.email.trim().toLowerCase(),
        name: input.name,
        grants: [{ role: "ADMIN", organisationId: null, networkId: null, countyId: null }],
        scope,
        scopeName: "",
        invitedById: null,
        inviterName: null,
      },
      now,
    );
    await audit(tx, {
      actorId: null,
      action: "access.invite-administrator",
      entityType: "Invitation",
      entityId: invitation.id,
      data: { email: invitation.email },
    });
    return { id: invitation.id, url, expiresAt: invitation.expiresAt };
  });
}

/** Withdraws an invitation that has not been used. */
export async function revokeInvitation(actor: Actor, input: { id: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { id: input.id } });
    const found = inv ? await loadScope(tx, scopeRefOf(inv)) : null;
    if (!inv || !found || !canManageAccess(actor, found.scope)) throw new AppError("NOT_FOUND");
    if (parseGrants(inv.grants).some((g) => !canGrant(actor, g.role, found.scope)))
      throw new AppError("FORBIDDEN", "errors.detail.roleNotYours");
    if (invitationState(inv, now) !== "open") throw new AppError("FORBIDDEN", "errors.detail.invitationClosed");
    await tx.invitation.update({ where: { id: inv.id }, data: { revokedAt: now } });
    await audit(tx, {
      actorId: actor.personId,
      action: "access.revoke-invitation",
      ...auditTarget(found.scope, actor.personId),
      data: { invitationId: inv.id, email: inv.email },
    });
  });
}

/** Removes a role binding; it ends at the person's next request. The last national administrator stays. */
export async function removeBinding(actor: Actor, input: { id: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const binding = await tx.roleBinding.findUnique({
      where: { id: input.id },
      include: { person: { select: { id: true, name: true, email: true } }, forumSeat: { select: { id: true } } },
    });
    const found = binding ? await loadScope(tx, scopeRefOf(binding)) : null;
    if (!binding || !found || !canManageAccess(actor, found.scope)) throw new AppError("NOT_FOUND");
    if (!canGrant(actor, binding.role, found.scope)) throw new AppError("FORBIDDEN", "errors.detail.roleNotYours");
    if (binding.role === "ADMIN") {
      await tx.$executeRaw`SELECT 1 FROM "RoleBinding" WHERE role = 'ADMIN' FOR UPDATE`;
      const others = await tx.roleBinding.count({ where: { role: "ADMIN", id: { not: binding.id } } });
      if (others === 0) throw new AppError("FORBIDDEN", "errors.detail.lastAdministrator");
    }
    // A forum seat whose role is taken away ends today.
    if (binding.forumSeat)
      await tx.forumMember.update({
        where: { id: binding.forumSeat.id },
        data: { termTo: new Date(`${osloDateString(now)}T00:00:00Z`), version: { increment: 1 } },
      });
    await tx.roleBinding.delete({ where: { id: binding.id } });
    await audit(tx, {
      actorId: actor.personId,
      action: "access.remove",
      ...auditTarget(found.scope, binding.personId),
      data: {
        before: {
          person: binding.person.name,
          email: binding.person.email,
          role: binding.role,
          since: binding.createdAt.toISOString(),
        },
      },
    });
  });
}

export type AcceptOutcome =
  | { ok: true; personId: string }
  | { ok: false; reason: InvitationState | "unknown" | "inviterLost" | "otherAccount" | "inactive" };

/**
 * Takes an invitation up for a person who has just signed in through OpenID
 * Connect: binds the provider's subject to the invited person (found by
 * subject, else by the invited e-mail, else created), creates the bindings
 * the inviter may still grant, and uses the link up — all in one
 * transaction with the invitation row locked, so a link works once.
 */
export async function acceptInvitation(
  token: string,
  identity: { subject: string },
  now = new Date(),
): Promise<AcceptOutcome> {
  const found = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, invitedById: true },
  });
  if (!found) return { ok: false, reason: "unknown" };
  const inviter = found.invitedById ? await loadActor(found.invitedById) : null;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Invitation" WHERE id = ${found.id} FOR UPDATE`;
    const inv = await tx.invitation.findUniqueOrThrow({ where: { id: found.id } });
    const state = invitationState(inv, now);
    if (state !== "open") return { ok: false, reason: state };
    const grants = parseGrants(inv.grants);
    const scopes = await Promise.all(grants.map((g) => loadScope(tx, scopeRefOf(g))));
    // The inviter must still hold the right to grant every role (the operator's first invitation has no inviter and grants ADMIN only).
    const stillAllowed = grants.every(
      (g, i) =>
        scopes[i] && (inv.invitedById ? inviter && canGrant(inviter, g.role, scopes[i]!.scope) : g.role === "ADMIN"),
    );
    if (!stillAllowed) return { ok: false, reason: "inviterLost" };

    let person = await tx.person.findUnique({ where: { oidcSubject: identity.subject } });
    if (!person) {
      const byEmail = await tx.person.findFirst({ where: { email: { equals: inv.email, mode: "insensitive" } } });
      if (byEmail?.oidcSubject && byEmail.oidcSubject !== identity.subject)
        return { ok: false, reason: "otherAccount" };
      person = byEmail
        ? await tx.person.update({ where: { id: byEmail.id }, data: { oidcSubject: identity.subject } })
        : await tx.person.create({ data: { name: inv.name, email: inv.email, oidcSubject: identity.subject } });
    }
    if (!person.active) return { ok: false, reason: "inactive" };
    const held = await tx.roleBinding.findMany({ where: { personId: person.id } });
    const added: Grant[] = [];
    for (const g of grants) {
      if (
        held.some(
          (b) =>
            b.role === g.role &&
            b.organisationId === g.organisationId &&
            b.networkId === g.networkId &&
            b.countyId === g.countyId,
        )
      )
        continue;
      await tx.roleBinding.create({
        data: { personId: person.id, ...g, grantedById: inv.invitedById, invitationId: inv.id },
      });
      added.push(g);
    }
    await tx.invitation.update({ where: { id: inv.id }, data: { usedAt: now, usedById: person.id } });
    // An invitation only to sign in (a forum seat made for a new person) is listed under its county.
    const scope = (await loadScope(tx, scopeRefOf(inv)))?.scope ?? { kind: "national" as const };
    await audit(tx, {
      actorId: person.id,
      action: "access.accept",
      ...auditTarget(scope, person.id),
      data: { invitationId: inv.id, person: person.name, email: person.email, roles: added.map((g) => g.role) },
    });
    return { ok: true, personId: person.id };
  });
}

/**
 * "Send me a new link": for an expired invitation, a new one to the same
 * address with the same roles — if the inviter may still grant them. The new
 * link goes to the invited address, never to whoever asks.
 */
export async function requestNewInvitation(input: { token: string }, now = new Date()) {
  const found = await db.invitation.findUnique({
    where: { tokenHash: hashToken(input.token) },
    select: { id: true, invitedById: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  const inviter = found.invitedById ? await loadActor(found.invitedById) : null;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Invitation" WHERE id = ${found.id} FOR UPDATE`;
    const inv = await tx.invitation.findUniqueOrThrow({ where: { id: found.id } });
    if (invitationState(inv, now) !== "expired") throw new AppError("FORBIDDEN", "errors.detail.invitationNotExpired");
    const grants = parseGrants(inv.grants);
    const scope = await loadScope(tx, scopeRefOf(inv));
    const allowed =
      scope &&
      grants.every((g) => (inv.invitedById ? inviter && canGrant(inviter, g.role, scope.scope) : g.role === "ADMIN"));
    if (!scope || !allowed) throw new AppError("FORBIDDEN", "errors.detail.inviterLost");
    const { invitation } = await writeInvitation(
      tx,
      {
        email: inv.email,
        name: inv.name,
        grants,
        scope: scope.scope,
        scopeName: scope.name,
        invitedById: inv.invitedById,
        inviterName: inviter?.name ?? null,
      },
      now,
    );
    await tx.invitation.update({ where: { id: inv.id }, data: { replacedById: invitation.id } });
    await audit(tx, {
      actorId: null,
      action: "access.reinvite",
      ...auditTarget(scope.scope, inv.invitedById ?? invitation.id),
      data: { invitationId: invitation.id, replaces: inv.id, email: inv.email },
    });
    return { email: inv.email };
  });
}
