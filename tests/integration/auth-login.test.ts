import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findPersonForLogin, recordLogin } from "@/lib/auth/people";
import { loadActor } from "@/lib/auth/load-actor";
import * as f from "@/tests/support/factory";

describe("mapping a sign-in to a person", () => {
  it("finds a person by e-mail regardless of case, links the OIDC subject, and audits the login", async () => {
    const c = await f.county();
    const org = await f.organisation(c.id);
    const actor = await f.actor([{ role: "OWNER", organisationId: org.id }], "Kari.Nordmann@example.test");
    const found = await findPersonForLogin({ subject: "feide:kari", email: "kari.nordmann@EXAMPLE.test" });
    expect(found?.id).toBe(actor.personId);

    await recordLogin(actor.personId, "oidc", "feide:kari");
    const person = await db.person.findUniqueOrThrow({ where: { id: actor.personId } });
    expect(person.oidcSubject).toBe("feide:kari");
    expect(person.lastLoginAt).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { entityId: actor.personId, action: "auth.sign-in" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.data).toEqual({ method: "oidc" });

    // Next time the subject alone is enough, even if the e-mail changed at the provider.
    expect((await findPersonForLogin({ subject: "feide:kari", email: "new@example.test" }))?.id).toBe(actor.personId);
  });

  it("does not let an unknown or deactivated person in", async () => {
    expect(await findPersonForLogin({ subject: "feide:nobody", email: "nobody@example.test" })).toBeNull();
    const a = await f.actor([{ role: "ADMIN" }], "gone@example.test");
    await db.person.update({ where: { id: a.personId }, data: { active: false } });
    expect(await findPersonForLogin({ email: "gone@example.test" })).toBeNull();
    expect(await findPersonForLogin({ personId: a.personId })).toBeNull();
    expect(await loadActor(a.personId)).toBeNull();
  });

  it("builds the actor from role bindings, with the counties they reach", async () => {
    const c = await f.county();
    const org = await f.organisation(c.id);
    const net = await f.network(c.id, [org.id]);
    const uh = await f.organisation(null, "UH");
    const unit = await f.organisation(null, "UH", uh.id);
    const a = await f.actor([
      { role: "OWNER", organisationId: org.id },
      { role: "COORDINATOR", networkId: net.id },
      { role: "UH", organisationId: uh.id },
    ]);
    expect(a.ownerOrgIds).toEqual([org.id]);
    expect(a.coordinatorNetworkIds).toEqual([net.id]);
    expect(a.uhOrgIds.sort()).toEqual([uh.id, unit.id].sort());
    expect(a.countyIds).toEqual([c.id]);
  });
});
