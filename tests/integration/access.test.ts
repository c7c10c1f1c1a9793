/**
 * People and access on PostgreSQL: the invitation's life (stored hashed,
 * used once, expiring, renewed, withdrawn, refused when the inviter lost the
 * right), the rules of who may grant and remove what, a removed binding that
 * is gone at the person's next request, and forum seats whose role ends with
 * the term. The e-mail goes through a real local SMTP server, and the outbox
 * forgets the link once it is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadActor } from "@/lib/auth/load-actor";
import {
  acceptInvitation,
  invite,
  inviteFirstAdministrator,
  removeBinding,
  requestNewInvitation,
  revokeInvitation,
} from "@/lib/access/mutations";
import { getAccessList } from "@/lib/access/queries";
import { addForumMember, updateForumMember } from "@/lib/forum/members";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { osloDateString } from "@/lib/dates";
import { bodyOf, startSmtp } from "@/tests/support/smtp";
import * as f from "@/tests/support/factory";

const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const fields = (e: unknown) => (e instanceof AppError ? (e.details as Record<string, string>) : {});
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => e,
  );
const DAY = 24 * 3600 * 1000;

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.AUTH_URL = "http://localhost:3000";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

/** The link of the last e-mail to an address, as the person would click it. */
async function linkTo(email: string): Promise<string> {
  await deliverPendingMail();
  const mail = [...smtp.received].reverse().find((m) => m.to.includes(email));
  const match = mail && bodyOf(mail.raw).match(/\/invitasjon\/([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`no invitation link to ${email}`);
  return match[1]!;
}

async function world() {
  const county = await f.county();
  const other = await f.county();
  const vagan = await f.organisation(county.id);
  const elsewhere = await f.organisation(other.id);
  const net = await f.network(county.id, [vagan.id]);
  const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }]);
  const otherSf = await f.actor([{ role: "STATSFORVALTER", countyId: other.id }]);
  const orgAdmin = await f.actor([{ role: "ORG_ADMIN", organisationId: vagan.id }]);
  return { county, other, vagan, elsewhere, net, sf, otherSf, orgAdmin };
}

describe("an invitation", () => {
  it("is stored hashed, mailed with its link, used once, and binds the provider's subject and the roles", async () => {
    const w = await world();
    const email = `ny.kontakt.${Date.now()}@example.test`;
    const { id } = await invite(w.orgAdmin, {
      scopeKind: "organisation",
      scopeId: w.vagan.id,
      name: "Ny Kontakt",
      email,
      roles: ["OWNER"],
    });
    const token = await linkTo(email);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);
    // The sent message no longer holds the link in the outbox.
    const outbox = await db.emailMessage.findFirstOrThrow({ where: { entityType: "Invitation", entityId: id } });
    expect(outbox.sentAt).not.toBeNull();
    expect(outbox.text).not.toContain(token);
    expect(outbox.text).toContain("[lenken er fjernet etter sending]");
    // Nobody by that e-mail exists until the link is used.
    expect(await db.person.findFirst({ where: { email } })).toBeNull();

    const accepted = await acceptInvitation(token, { subject: `feide:${email}` });
    expect(accepted.ok).toBe(true);
    const person = await db.person.findFirstOrThrow({ where: { email }, include: { roleBindings: true } });
    expect(person.oidcSubject).toBe(`feide:${email}`);
    expect(person.roleBindings.map((b) => [b.role, b.organisationId, b.grantedById])).toEqual([
      ["OWNER", w.vagan.id, w.orgAdmin.personId],
    ]);
    expect((await loadActor(person.id))!.ownerOrgIds).toEqual([w.vagan.id]);

    // Once.
    expect(await acceptInvitation(token, { subject: `feide:${email}` })).toEqual({ ok: false, reason: "used" });
    expect(await acceptInvitation(token, { subject: "feide:someone-else" })).toEqual({ ok: false, reason: "used" });
    expect(await acceptInvitation("x".repeat(43), { subject: "feide:x" })).toEqual({ ok: false, reason: "unknown" });

    // In the access list and the organisation's history.
    const list = await getAccessList(w.orgAdmin, { kind: "organisation", id: w.vagan.id });
    expect(list.bindings.find((b) => b.person.email === email)).toMatchObject({
      role: "OWNER",
      grantedBy: { name: expect.any(String) },
      canRemove: true,
    });
    const actions = (
      await db.auditEvent.findMany({
        where: { entityType: "Organisation", entityId: w.vagan.id },
        orderBy: { at: "asc" },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(["access.invite", "access.accept"]);
  });

  it("expires after 14 days; a new one can be asked for and goes to the invited address; the old link is then replaced", async () => {
    const w = await world();
    const email = `sein.${Date.now()}@example.test`;
    await invite(w.sf, {
      scopeKind: "network",
      scopeId: w.net.id,
      name: "Sein Koordinator",
      email,
      roles: ["COORDINATOR"],
    });
    const token = await linkTo(email);
    const later = new Date(Date.now() + 15 * DAY);
    expect(await acceptInvitation(token, { subject: "feide:sein" }, later)).toEqual({ ok: false, reason: "expired" });
    expect(code(await fail(requestNewInvitation({ token })))).toBe("FORBIDDEN"); // still open today
    expect(await requestNewInvitation({ token }, later)).toEqual({ email });
    const renewed = await linkTo(email);
    expect(renewed).not.toBe(token);
    expect(await acceptInvitation(token, { subject: "feide:sein" }, later)).toEqual({ ok: false, reason: "replaced" });
    expect((await acceptInvitation(renewed, { subject: "feide:sein" }, later)).ok).toBe(true);
  });

  it("can be withdrawn; and fails when the inviter no longer may grant the role", async () => {
    const w = await world();
    const a = `a.${Date.now()}@example.test`;
    const b = `b.${Date.now()}@example.test`;
    const first = await invite(w.orgAdmin, {
      scopeKind: "organisation",
      scopeId: w.vagan.id,
      name: "A",
      email: a,
      roles: ["OWNER"],
    });
    await invite(w.orgAdmin, {
      scopeKind: "organisation",
      scopeId: w.vagan.id,
      name: "B",
      email: b,
      roles: ["ORG_ADMIN"],
    });
    const [ta, tb] = [await linkTo(a), await linkTo(b)];
    expect(code(await fail(revokeInvitation(w.otherSf, { id: first.id })))).toBe("NOT_FOUND");
    await revokeInvitation(w.sf, { id: first.id });
    expect(await acceptInvitation(ta, { subject: "feide:a" })).toEqual({ ok: false, reason: "revoked" });
    // The administrator who invited B loses the role before B takes it up.
    await db.roleBinding.deleteMany({ where: { personId: w.orgAdmin.personId } });
    expect(await acceptInvitation(tb, { subject: "feide:b" })).toEqual({ ok: false, reason: "inviterLost" });
    expect(await db.person.findFirst({ where: { email: b } })).toBeNull();
  });

  it("binds an existing person found by e-mail, but never one already bound to another identity", async () => {
    const w = await world();
    const known = await f.actor([], `kjent.${Date.now()}@example.test`);
    await db.person.update({ where: { id: known.personId }, data: { oidcSubject: "feide:kjent" } });
    await invite(w.sf, {
      scopeKind: "county",
      scopeId: w.county.id,
      name: "Kjent",
      email: known.email,
      roles: ["FORUM_MEMBER"],
    });
    const token = await linkTo(known.email);
    expect(await acceptInvitation(token, { subject: "feide:inntrenger" })).toEqual({
      ok: false,
      reason: "otherAccount",
    });
    expect(await acceptInvitation(token, { subject: "feide:kjent" })).toEqual({ ok: true, personId: known.personId });
    expect((await loadActor(known.personId))!.forumCountyIds).toEqual([w.county.id]);
  });

  it("the operator's first invitation makes a national administrator", async () => {
    const email = `forste.${Date.now()}@example.test`;
    const { url } = await inviteFirstAdministrator({ email, name: "Første Administrator" });
    const token = url.slice(url.lastIndexOf("/") + 1);
    const outcome = await acceptInvitation(token, { subject: "feide:forste" });
    expect(outcome.ok).toBe(true);
    expect((await loadActor((outcome as { personId: string }).personId))!.isAdmin).toBe(true);
  });
});

describe("who may grant and remove", () => {
  it("an organisation's administrator cannot make a Statsforvalter or reach another organisation; a Statsforvalter of another county finds nothing", async () => {
    const w = await world();
    const email = `x.${Date.now()}@example.test`;
    expect(
      code(
        await fail(
          invite(w.orgAdmin, {
            scopeKind: "county",
            scopeId: w.county.id,
            name: "X",
            email,
            roles: ["STATSFORVALTER"],
          }),
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      code(
        await fail(
          invite(w.orgAdmin, {
            scopeKind: "organisation",
            scopeId: w.elsewhere.id,
            name: "X",
            email,
            roles: ["OWNER"],
          }),
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      code(
        await fail(
          invite(w.otherSf, { scopeKind: "organisation", scopeId: w.vagan.id, name: "X", email, roles: ["OWNER"] }),
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(code(await fail(invite(w.orgAdmin, { scopeKind: "national", name: "X", email, roles: ["ADMIN"] })))).toBe(
      "NOT_FOUND",
    );
    // A role the scope does not have is refused at the field, even to the county's Statsforvalter.
    expect(
      fields(
        await fail(
          invite(w.sf, { scopeKind: "organisation", scopeId: w.vagan.id, name: "X", email, roles: ["STATSFORVALTER"] }),
        ),
      ),
    ).toEqual({ roles: "validation.roleNotYours" });
    expect(await db.invitation.count({ where: { email } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { action: "access.invite", data: { path: ["email"], equals: email } } }),
    ).toBe(0);
  });

  it("removing a binding takes effect at the person's next request; the last administrator stays", async () => {
    const w = await world();
    const colleague = await f.actor([{ role: "OWNER", organisationId: w.vagan.id }]);
    const binding = await db.roleBinding.findFirstOrThrow({ where: { personId: colleague.personId } });
    expect(code(await fail(removeBinding(w.otherSf, { id: binding.id })))).toBe("NOT_FOUND");
    await removeBinding(w.orgAdmin, { id: binding.id });
    expect((await loadActor(colleague.personId))!.ownerOrgIds).toEqual([]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "access.remove", entityId: w.vagan.id } });
    expect(audit.data).toMatchObject({ before: { role: "OWNER", email: colleague.email } });

    await db.roleBinding.deleteMany({ where: { role: "ADMIN" } });
    const admin = await f.actor([{ role: "ADMIN" }]);
    const own = await db.roleBinding.findFirstOrThrow({ where: { personId: admin.personId, role: "ADMIN" } });
    expect(code(await fail(removeBinding(admin, { id: own.id })))).toBe("FORBIDDEN");
    expect((await loadActor(admin.personId))!.isAdmin).toBe(true);
  });
});

describe("a forum seat", () => {
  it("gives the forum role for its term only: a member whose term ended yesterday has lost it", async () => {
    const w = await world();
    const forum = await db.forum.create({ data: { countyId: w.county.id, name: "Samarbeidsforum" } });
    const today = osloDateString(new Date());
    const yesterday = osloDateString(new Date(Date.now() - DAY));
    const email = `medlem.${Date.now()}@example.test`;
    const seat = await addForumMember(w.sf, {
      forumId: forum.id,
      name: "Medlem",
      email,
      role: "MEMBER",
      represents: "KS",
      termFrom: "2024-01-01",
      termTo: today,
    });
    expect(seat.invited).toBe(true); // unknown to the portal: made and invited to sign in
    const person = await db.person.findFirstOrThrow({ where: { email } });
    expect((await loadActor(person.id))!.forumCountyIds).toEqual([w.county.id]);
    await updateForumMember(w.sf, {
      id: seat.id,
      version: 1,
      role: "MEMBER",
      represents: "KS",
      termFrom: "2024-01-01",
      termTo: yesterday,
    });
    expect((await loadActor(person.id))!.forumCountyIds).toEqual([]);
    expect((await db.forumMember.findUniqueOrThrow({ where: { id: seat.id } })).voting).toBe(true);
    // The secretariat is the Statsforvalter, without a vote and without a forum role.
    expect(
      fields(
        await fail(
          addForumMember(w.sf, {
            forumId: forum.id,
            name: "Ikke SF",
            email: `ikke.${Date.now()}@example.test`,
            role: "SECRETARIAT",
            represents: "Statsforvalteren",
            termFrom: today,
          }),
        ),
      ),
    ).toEqual({ role: "validation.secretariatIsStatsforvalter" });
    const secretariat = await addForumMember(w.sf, {
      forumId: forum.id,
      name: "SF",
      email: w.sf.email,
      role: "SECRETARIAT",
      represents: "Statsforvalteren",
      termFrom: today,
    });
    expect(await db.forumMember.findUniqueOrThrow({ where: { id: secretariat.id } })).toMatchObject({
      voting: false,
      bindingId: null,
    });
    expect(
      code(
        await fail(
          addForumMember(w.otherSf, {
            forumId: forum.id,
            name: "X",
            email: "x@example.test",
            role: "MEMBER",
            represents: "KS",
            termFrom: today,
          }),
        ),
      ),
    ).toBe("NOT_FOUND");
  });
});
