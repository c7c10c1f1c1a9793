import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/load-actor";
import { seedDemoData } from "@/prisma/seed";
import { startReview } from "@/lib/needs-reports/review";
import { getHistory } from "@/lib/history/queries";

const REPORT = "report-nor-lofoten-2025";
const as = async (personId: string) => (await loadActor(personId))!;

beforeAll(async () => {
  await seedDemoData(db);
}, 120_000);

describe("the audit trail", () => {
  it("the Statsforvalter of the county reads a record's history: who, when, what, before/after; others find nothing", async () => {
    const jonas = await as("person-jonas-berg");
    await startReview(jonas, REPORT);
    const h = await getHistory(jonas, "NeedsReport", REPORT);
    expect(h.title).toEqual({ key: "needsReport", values: { year: 2025, network: "Kompetansenettverk Lofoten" } });
    const last = h.events.at(-1)!;
    expect(last.action).toBe("needs-report.startReview");
    expect(last.actor?.name).toBe("Jonas Berg");
    expect(last.at.getTime()).toBeGreaterThan(Date.now() - 60_000);
    for (const p of ["person-marte-lien", "person-kari-nordvik", "person-eirik-solstad", "person-anders-bakkevik"]) {
      await expect(getHistory(await as(p), "NeedsReport", REPORT)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getHistory(jonas, "NeedsReport", "no-such-report")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cannot be changed or deleted, through the app's client or plain SQL", async () => {
    const event = await db.auditEvent.create({
      data: { action: "test.event", entityType: "Test", entityId: "t1", data: { a: 1 } },
    });
    const before = await db.auditEvent.count();
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "test.changed" } })).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET data = '{}'::jsonb`)).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    expect(await db.auditEvent.count()).toBe(before);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("test.event");
  });

  it("keeps the events when the person who acted is deleted (the actor becomes unknown, nothing else changes)", async () => {
    const person = await db.person.create({ data: { name: "Midlertidig", email: "midlertidig@example.test" } });
    const event = await db.auditEvent.create({
      data: { actorId: person.id, action: "test.by-person", entityType: "Test", entityId: "t2" },
    });
    await db.person.delete({ where: { id: person.id } });
    const after = await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(after).toMatchObject({ actorId: null, action: "test.by-person", entityId: "t2" });
  });
});
