import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadActor } from "@/lib/auth/load-actor";
import { seedDemoData } from "@/prisma/seed";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { getAnnualReport, listExpectedAnnualReports } from "@/lib/annual-reports/queries";
import {
  approveAnnualReport,
  returnAnnualReport,
  saveAnnualReport,
  sendAnnualReportReminders,
  setAnnualDeadline,
  startAnnualReport,
  submitAnnualReport,
} from "@/lib/annual-reports/mutations";
import type { AnnualReportInput } from "@/lib/annual-reports/schema";
import { bodyOf, startSmtp } from "@/tests/support/smtp";
import * as f from "@/tests/support/factory";

const MEASURE = "report-nor-lofoten-2024-m1";
const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => e,
  );
const as = async (personId: string) => (await loadActor(personId))!;

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  await seedDemoData(db);
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
}, 120_000);
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

const complete = (id: string, version: number, over: Partial<AnnualReportInput> = {}): AnnualReportInput => ({
  id,
  version,
  overspendReason: null,
  usedOwner: 680_000,
  usedUh: 880_000,
  unspentPlan: "20 000 kr overføres til høsten 2025 etter avtale med Statsforvalteren.",
  activities: "Ledersamling, tre fagsamlinger og kick-off for alle lærere.",
  uhContribution: "Matematikksenteret og Skrivesenteret holdt fagsamlingene og veiledet skolene.",
  evaluation: "Målene om felles vurderingspraksis er langt på vei nådd.",
  criterionLocalNeeds: "Temaene kom fra kommunenes egne behovsanalyser.",
  criterionCollective: "Arbeidet foregikk i profesjonsfellesskapene på hver skole.",
  criterionPartnership: "Planlagt og gjennomført sammen med NTNU.",
  planOnward: "Videreføres høsten 2025 med vekt på skriving.",
  coFinancing: [
    { kind: "SALARY", description: "Frikjøp av ressurslærere", promised: 300_000, delivered: 290_000 },
    { kind: "RELEASE_TIME", description: "Lærernes tid på samlingene", promised: 174_000, delivered: 200_000 },
  ],
  ...over,
});

describe("annual reports (årsrapporter) for the granted Lofoten measure", () => {
  it("are expected for the granted measure, with the grant split from the decision and participation pulled from the gatherings", async () => {
    const kari = await as("person-kari-nordvik");
    const now = new Date("2026-11-26T10:00:00Z");
    const expected = await listExpectedAnnualReports(kari, {}, now);
    const row = expected.find((r) => r.reportMeasureId === MEASURE)!;
    expect(row).toBeDefined();
    expect(row.year).toBe(2024);
    expect(row.granted).toEqual({ owner: 700_000, uh: 880_000, total: 1_580_000 });
    expect(row.status).toBe("NOT_STARTED");
    expect(row.missing).toBe(true); // the deadline (15 January 2025) has passed
    expect(row.canStart).toBe(true);

    const { id } = await startAnnualReport(kari, { reportMeasureId: MEASURE, year: 2024 });
    // Starting again opens the same report.
    expect((await startAnnualReport(kari, { reportMeasureId: MEASURE, year: 2024 })).id).toBe(id);
    const r = await getAnnualReport(kari, id, now);
    expect(r.coFinancingRequired).toBe(474_000); // 30 % of 1 580 000
    expect(r.coFinancing).toHaveLength(1);
    expect(r.coFinancing[0]!.promised).toBe(474_000);

    // Participation equals the registrations at the measure's gatherings held in 2024, counted here independently.
    const regs = await db.registration.findMany({
      where: {
        gathering: {
          measure: { reportMeasureId: MEASURE },
          cancelled: false,
          startsAt: { gte: new Date("2023-12-31T23:00:00Z"), lt: new Date("2024-12-31T23:00:00Z") },
        },
        status: "REGISTERED",
      },
    });
    expect(regs.length).toBeGreaterThan(0);
    const present = regs.filter((x) => x.attendance === "PRESENT");
    expect(r.participation.totals.present).toBe(present.length);
    expect(r.participation.totals.walkIns).toBe(regs.filter((x) => x.walkIn).length);
    expect(r.participation.totals.noShows).toBe(regs.filter((x) => !x.walkIn && x.attendance === "ABSENT").length);
    expect(r.participation.unitsReached).toBe(new Set(present.map((x) => x.unitName!.toLowerCase())).size);
    expect(r.participation.gatherings).toHaveLength(new Set(regs.map((x) => x.gatheringId)).size);
    // Seeded: 308 registered, 29 absent, 12 walk-ins over six gatherings.
    expect(r.participation.totals).toMatchObject({ registered: 308, noShows: 29, walkIns: 12, present: 308 - 29 + 12 });
  });

  it("go through draft → refused submit → submit → return → resubmit → approve, with versions, audit and e-mail", async () => {
    const kari = await as("person-kari-nordvik");
    const jonas = await as("person-jonas-berg");
    const eirik = await as("person-eirik-solstad"); // coordinator of Lofoten
    const now = new Date("2026-11-26T10:00:00Z");
    const { id } = await startAnnualReport(kari, { reportMeasureId: MEASURE, year: 2024 });
    let r = await getAnnualReport(kari, id, now);

    // The Statsforvalter does not see a draft.
    expect(code(await fail(getAnnualReport(jonas, id, now)))).toBe("NOT_FOUND");
    // An incomplete draft cannot be submitted; what is missing is named by field.
    const refused = await fail(submitAnnualReport(kari, { id, version: r.version }, now));
    expect(code(refused)).toBe("INVALID");
    expect(Object.keys((refused as AppError).details as object)).toEqual(
      expect.arrayContaining(["usedOwner", "activities", "evaluation", "planOnward"]),
    );

    // Used above granted stops the submission until it is explained; explained, it may go in.
    await saveAnnualReport(kari, complete(id, r.version, { usedOwner: 700_001 }));
    r = await getAnnualReport(kari, id, now);
    expect(r.issues).toEqual([{ field: "overspendReason", message: "validation.overspendReason" }]);
    await saveAnnualReport(
      kari,
      complete(id, r.version, {
        usedOwner: 700_001,
        overspendReason: "Ekstra vikarutgifter ved fagsamlingene, dekket av eier.",
      }),
    );
    r = await getAnnualReport(kari, id, now);
    expect(r.issues).toEqual([]);
    // The coordinator completes it; a stale version is a conflict.
    await saveAnnualReport(eirik, complete(id, r.version));
    expect(code(await fail(saveAnnualReport(kari, complete(id, r.version))))).toBe("CONFLICT");
    r = await getAnnualReport(kari, id, now);
    expect(r.unspent).toEqual({ owner: 20_000, uh: 0, total: 20_000 });
    expect(r.ledger).toEqual({ promised: 474_000, delivered: 490_000 });
    expect(r.issues).toEqual([]);

    const submitted = await submitAnnualReport(kari, { id, version: r.version }, now);
    expect(submitted).toEqual({ number: 1, late: true });
    expect(await deliverPendingMail()).toBe(1);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(
      expect.arrayContaining([
        "kari.nordvik@demo.kompetanseportalen.no",
        "eirik.solstad@demo.kompetanseportalen.no",
        "jonas.berg@demo.kompetanseportalen.no",
      ]),
    );
    expect(bodyOf(mail.raw)).toContain("versjon 1");

    // Locked: neither owner nor coordinator may change a submitted report.
    r = await getAnnualReport(jonas, id, now);
    expect(r.can.review).toBe(true);
    expect(code(await fail(saveAnnualReport(kari, complete(id, r.version))))).toBe("FORBIDDEN");
    // Another county's Statsforvalter, an owner elsewhere and a UH person get "not found".
    for (const p of ["person-marte-lien", "person-hanne-vik", "person-anders-bakkevik"])
      expect(code(await fail(getAnnualReport(await as(p), id, now)))).toBe("NOT_FOUND");

    await returnAnnualReport(
      jonas,
      { id, version: r.version, reason: "Beskriv hva de ubrukte midlene skal gå til." },
      now,
    );
    expect(await deliverPendingMail()).toBe(1);
    expect(bodyOf(smtp.received.at(-1)!.raw)).toContain("Beskriv hva de ubrukte midlene skal gå til.");
    r = await getAnnualReport(kari, id, now);
    expect(r.status).toBe("RETURNED");
    await saveAnnualReport(
      kari,
      complete(id, r.version, { unspentPlan: "20 000 kr brukes til veiledning høsten 2025." }),
    );
    r = await getAnnualReport(kari, id, now);
    expect((await submitAnnualReport(kari, { id, version: r.version }, now)).number).toBe(2);
    r = await getAnnualReport(jonas, id, now);
    await approveAnnualReport(jonas, { id, version: r.version }, now);
    r = await getAnnualReport(kari, id, now);
    expect(r.status).toBe("APPROVED");
    expect(r.versions.map((v) => v.number)).toEqual([2, 1]);
    const snap = (await db.annualReportVersion.findFirstOrThrow({ where: { annualReportId: id, number: 1 } }))
      .snapshot as { unspentPlan: string; participation: { totals: { present: number } } };
    expect(snap.unspentPlan).toContain("overføres");
    expect(snap.participation.totals.present).toBe(r.participation.totals.present);
    const actions = (await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "annual-report.start",
      "annual-report.save",
      "annual-report.save",
      "annual-report.save",
      "annual-report.submit",
      "annual-report.return",
      "annual-report.save",
      "annual-report.submit",
      "annual-report.approve",
    ]);

    // Delivered late: no longer missing.
    const row = (await listExpectedAnnualReports(jonas, {}, now)).find((x) => x.reportMeasureId === MEASURE)!;
    expect(row).toMatchObject({ status: "APPROVED", missing: false, lateDelivery: true });
  });
});

describe("deadlines and reminders", () => {
  it("the Statsforvalter lists what is missing after the deadline; reminders arrive once before it and once after it", async () => {
    // A world of its own: a granted report in a county with a 2030 round.
    const county = await f.county();
    const owner = await f.organisation(county.id);
    const net = await f.network(county.id, [owner.id]);
    const round = await f.round(county.id, 2030);
    const report = await f.needsReport({
      roundId: round.id,
      networkId: net.id,
      leadOwnerId: owner.id,
      status: "GRANTED",
    });
    await db.needsReportContact.create({
      data: { reportId: report.id, side: "OWNER", name: "Kontakt", email: "kontakt@example.test" },
    });
    const budget = await db.yearBudget.create({
      data: {
        countyId: county.id,
        roundId: round.id,
        year: 2030,
        scheme: "DESENTRALISERT",
        allocatedAmount: 2_000_000,
      },
    });
    await db.allocationDecision.create({
      data: {
        budgetId: budget.id,
        networkId: net.id,
        needsReportId: report.id,
        outcome: "GRANTED",
        amount: 1_000_000,
        decidedAt: new Date("2030-02-01T10:00:00Z"),
        payments: { create: [{ organisationId: owner.id, side: "OWNER", amount: 1_000_000 }] },
      },
    });
    const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }], "sf@example.test");
    const ownerActor = await f.actor([{ role: "OWNER", organisationId: owner.id }], "eier@example.test");
    const coord = await f.actor([{ role: "COORDINATOR", networkId: net.id }], "koordinator@example.test");
    const other = await f.actor([{ role: "STATSFORVALTER", countyId: (await f.county()).id }]);

    // Deadline: 15 January 2031 by default; the Statsforvalter moves it to 31 January; another county's cannot.
    const r0 = await db.round.findUniqueOrThrow({ where: { id: round.id } });
    expect(
      code(await fail(setAnnualDeadline(other, { roundId: round.id, version: r0.version, deadline: "2031-01-31" }))),
    ).toBe("NOT_FOUND");
    expect(
      code(await fail(setAnnualDeadline(sf, { roundId: round.id, version: r0.version, deadline: "2030-12-01" }))),
    ).toBe("INVALID");
    await setAnnualDeadline(sf, { roundId: round.id, version: r0.version, deadline: "2031-01-31" });
    const deadline = (await listExpectedAnnualReports(sf, {}, new Date("2031-01-01T00:00:00Z"))).find(
      (x) => x.needsReportId === report.id,
    )!.deadline;
    expect(deadline.toISOString()).toBe("2031-01-31T22:59:00.000Z");

    await deliverPendingMail();
    const sent0 = smtp.received.length;
    const run = async (at: string) => {
      const { sent } = await sendAnnualReportReminders(null, { countyId: county.id }, new Date(at));
      await deliverPendingMail();
      return sent;
    };
    expect(await run("2031-01-01T08:00:00Z")).toBe(0); // a month ahead: nothing yet
    expect(await run("2031-01-20T08:00:00Z")).toBe(1); // within 14 days
    expect(await run("2031-01-21T08:00:00Z")).toBe(0); // not twice
    // Two instances running the job at once still send one.
    const [a, b] = await Promise.all([
      sendAnnualReportReminders(null, { countyId: county.id }, new Date("2031-02-02T08:00:00Z")),
      sendAnnualReportReminders(null, { countyId: county.id }, new Date("2031-02-02T08:00:00Z")),
    ]);
    expect(a.sent + b.sent).toBe(1);
    await deliverPendingMail();
    const mails = smtp.received.slice(sent0);
    expect(mails).toHaveLength(2);
    for (const m of mails)
      expect(m.to.sort()).toEqual(["eier@example.test", "kontakt@example.test", "koordinator@example.test"]);
    expect(bodyOf(mails[0]!.raw)).toContain("skal sendes inn senest");
    expect(bodyOf(mails[1]!.raw)).toContain("gikk ut");

    // The Statsforvalter's missing list; the owner sees the same row as theirs to start.
    const missing = (await listExpectedAnnualReports(sf, {}, new Date("2031-02-02T08:00:00Z"))).filter(
      (x) => x.missing,
    );
    expect(missing.map((x) => x.needsReportId)).toEqual([report.id]);
    expect((await listExpectedAnnualReports(ownerActor, {}, new Date("2031-02-02T08:00:00Z")))[0]!.canStart).toBe(true);
    expect(await listExpectedAnnualReports(other, {}, new Date("2031-02-02T08:00:00Z"))).toHaveLength(0);
    expect(coord.coordinatorNetworkIds).toEqual([net.id]);
    // The button acts only for the Statsforvalter's own county.
    expect(code(await fail(sendAnnualReportReminders(other, { countyId: county.id })))).toBe("NOT_FOUND");
    expect(code(await fail(sendAnnualReportReminders(ownerActor, { countyId: county.id })))).toBe("NOT_FOUND");
  });
});
