import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createScenario, decideScenario } from "@/lib/budget/mutations";
import { createCase, createMeeting } from "@/lib/forum/mutations";
import { getCase } from "@/lib/forum/queries";
import { carryLeftover, decideAllocation, recordRecommendations } from "@/lib/allocations/mutations";
import { getBudgetOverview } from "@/lib/budget/overview";
import { getBudget } from "@/lib/budget/queries";
import { getNeedsReport } from "@/lib/needs-reports/queries";
import { budgetWorld } from "@/tests/support/budget-world";
import * as f from "@/tests/support/factory";

let w: Awaited<ReturnType<typeof setup>>;
const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const fields = (e: unknown) => (e instanceof AppError ? (e.details as Record<string, string>) : {});
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => e,
  );

/** Decided frames A 467 887, B 832 113, C 100 000; a submitted report in A and in B (1 580 000 each: owner 700 000, UH 880 000); Sak 1 of the March meeting. */
async function setup() {
  const world = await budgetWorld();
  const { id: scenarioId } = await createScenario(world.sf, {
    budgetId: world.budgetId,
    name: "Lærerårsverk",
    key: "TEACHER_FTE",
    keyYear: world.keyYear,
  });
  await decideScenario(world.sf, { id: scenarioId, version: 1 });
  const reportA = await f.needsReport({
    roundId: world.round.id,
    networkId: world.netA.id,
    leadOwnerId: world.a1.id,
    status: "SUBMITTED",
    uhUnitIds: [world.unit.id],
  });
  const reportB = await f.needsReport({
    roundId: world.round.id,
    networkId: world.netB.id,
    leadOwnerId: world.b1.id,
    status: "IN_REVIEW",
  });
  await db.needsReport.update({
    where: { id: reportB.id },
    data: {
      uhInstitutionId: world.ntnu.id,
      contacts: {
        create: [
          {
            side: "OWNER",
            name: "Eier B",
            email: "eier.b@example.test",
            accountNumber: "12345678903",
            paymentMarking: "merkes DEKOM",
          },
        ],
      },
    },
  });
  const meeting = await createMeeting(world.sf, {
    forumId: world.forum.id,
    title: "Innstillingsmøte",
    date: "2027-03-09",
    startTime: "09:00",
    format: "DIGITAL",
    place: null,
  });
  const sak = await createCase(world.sf, {
    meetingId: meeting.id,
    title: "Felles årlig innstilling",
    kind: "DECISION",
    text: null,
    proposal: null,
  });
  const info = await createCase(world.sf, {
    meetingId: meeting.id,
    title: "Aktuelt",
    kind: "INFORMATION",
    text: null,
    proposal: null,
  });
  return { ...world, reportA, reportB, caseId: sak.id, infoCaseId: info.id, meetingId: meeting.id };
}

const rows = (
  a: { amount?: number; reason?: string | null; version?: number },
  b: { amount?: number; reason?: string | null; version?: number } = {},
) => [
  { networkId: w.netA.id, version: a.version ?? 0, amount: a.amount, reason: a.reason ?? null },
  { networkId: w.netB.id, version: b.version ?? 0, amount: b.amount, reason: b.reason ?? null },
];

beforeEach(async () => {
  w = await setup();
});

describe("the overview", () => {
  it("shows per network frame, applied (submitted reports), difference and the networks above frame", async () => {
    const o = await getBudgetOverview(w.member, w.budgetId);
    const row = (id: string) => o.rows.find((r) => r.network.id === id)!;
    expect(row(w.netA.id)).toMatchObject({
      frame: 467_887,
      applied: 1_580_000,
      difference: 1_112_113,
      overFrame: true,
    });
    expect(row(w.netB.id)).toMatchObject({ frame: 832_113, applied: 1_580_000, overFrame: true });
    expect(row(w.netC.id)).toMatchObject({ frame: 100_000, applied: 0, overFrame: false });
    expect(o.totals).toMatchObject({ frame: 1_400_000, applied: 3_160_000, recommended: 0 });
    expect(code(await fail(getBudgetOverview(w.owner, w.budgetId)))).toBe("NOT_FOUND");
  });
});

describe("the forum's recommendation", () => {
  it("is refused above the frame and below it without a reason; is recorded only by the county's Statsforvalter, in a decision case", async () => {
    const input = (r: ReturnType<typeof rows>, caseId = w.caseId) => ({ budgetId: w.budgetId, caseId, rows: r });
    expect(fields(await fail(recordRecommendations(w.sf, input(rows({ amount: 467_888 })))))).toEqual({
      "rows.0.amount": "validation.aboveFrame",
    });
    expect(fields(await fail(recordRecommendations(w.sf, input(rows({ amount: 400_000 })))))).toEqual({
      "rows.0.reason": "validation.belowFrameReason",
    });
    expect(fields(await fail(recordRecommendations(w.sf, input(rows({ amount: 467_887 }), w.infoCaseId))))).toEqual({
      caseId: "validation.recommendationCase",
    });
    expect(code(await fail(recordRecommendations(w.member, input(rows({ amount: 467_887 })))))).toBe("NOT_FOUND");
    expect(code(await fail(recordRecommendations(w.otherSf, input(rows({ amount: 467_887 })))))).toBe("NOT_FOUND");
    expect(await db.recommendation.count({ where: { budgetId: w.budgetId } })).toBe(0);

    const { total } = await recordRecommendations(
      w.sf,
      input(rows({ amount: 467_887 }, { amount: 800_000, reason: "Tiltak 2 er ikke forankret i lokale behov." })),
    );
    expect(total).toBe(1_267_887);
    expect((await getNeedsReport(w.owner, w.reportB.id)).status).toBe("RECOMMENDED");
    expect((await getNeedsReport(w.sf, w.reportA.id)).status).toBe("RECOMMENDED");
    // Recorded as the decision of the case, and shown to the owner on the report.
    expect((await getCase(w.member, w.caseId)).recommendations.map((r) => r.amount).sort()).toEqual([467_887, 800_000]);
    expect((await getNeedsReport(w.owner, w.reportB.id)).recommendations).toMatchObject([
      { amount: 800_000, case: { number: 1, year: 2027 } },
    ]);
    const o = await getBudgetOverview(w.sf, w.budgetId);
    expect(o.totals.recommended).toBe(1_267_887);
    expect(o.leftover.notRecommended).toBe(32_113);
    expect(await db.auditEvent.count({ where: { action: "recommendation.record", entityId: w.budgetId } })).toBe(1);
  });

  it("never loses an update: two secretaries recording the same network from the same page, the second is told", async () => {
    const input = { budgetId: w.budgetId, caseId: w.caseId };
    const results = await Promise.allSettled([
      recordRecommendations(w.sf, { ...input, rows: rows({ amount: 467_887 }) }),
      recordRecommendations(w.sf, { ...input, rows: rows({ amount: 300_000, reason: "Samlet vurdering i forumet." }) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(code(rejected.reason)).toBe("CONFLICT");
    const stored = await db.recommendation.findMany({ where: { budgetId: w.budgetId } });
    expect(stored).toHaveLength(1);
    // Saving again from a stale page (version 0) is a conflict too, not an overwrite.
    expect(
      code(await fail(recordRecommendations(w.sf, { ...input, rows: rows({ amount: 1, reason: "Ny vurdering" }) }))),
    ).toBe("CONFLICT");
    await recordRecommendations(w.sf, {
      ...input,
      rows: rows({ amount: 400_000, reason: "Ny vurdering i forumet.", version: stored[0]!.version }),
    });
    expect((await db.recommendation.findFirstOrThrow({ where: { budgetId: w.budgetId } })).amount).toBe(400_000);
  });
});

describe("the allocation", () => {
  beforeEach(async () => {
    await recordRecommendations(w.sf, {
      budgetId: w.budgetId,
      caseId: w.caseId,
      rows: rows({ amount: 467_887 }, { amount: 800_000, reason: "Delvis forankret." }),
    });
  });

  it("grants a report within the network's recommendation, split to owner and UH, and drafts the letter; the owner sees amount and decision", async () => {
    const version = (await db.needsReport.findUniqueOrThrow({ where: { id: w.reportB.id } })).version;
    const grant = (ownerAmount: number, uhAmount: number, v = version) =>
      decideAllocation(
        w.sf,
        {
          budgetId: w.budgetId,
          reportId: w.reportB.id,
          version: v,
          outcome: "GRANTED",
          ownerAmount,
          uhAmount,
          reason: null,
        },
        new Date("2027-03-20T10:00:00Z"),
      );
    expect(fields(await fail(grant(400_000, 400_001)))).toEqual({ ownerAmount: "validation.aboveRecommendation" });
    expect(
      code(
        await fail(
          decideAllocation(w.member, {
            budgetId: w.budgetId,
            reportId: w.reportB.id,
            version,
            outcome: "GRANTED",
            ownerAmount: 1,
            uhAmount: 0,
            reason: null,
          }),
        ),
      ),
    ).toBe("NOT_FOUND");
    await grant(354_430, 445_570);
    expect(code(await fail(grant(1, 0, version + 1)))).toBe("FORBIDDEN"); // already decided

    const r = await getNeedsReport(w.owner, w.reportB.id);
    expect(r.status).toBe("GRANTED");
    expect(r.decisions).toMatchObject([{ outcome: "GRANTED", amount: 800_000, case: { number: 1, year: 2027 } }]);
    expect(r.decisions[0]!.payments.map((p) => [p.side, p.amount])).toEqual([
      ["OWNER", 354_430],
      ["UH", 445_570],
    ]);
    const payment = await db.allocationPayment.findFirstOrThrow({
      where: { side: "OWNER", decision: { needsReportId: w.reportB.id } },
    });
    expect(payment).toMatchObject({
      organisationId: w.b1.id,
      accountNumber: "12345678903",
      paymentMarking: "merkes DEKOM",
    });
    // The contacts hear of it by the decision letter, drafted now and sent by the Statsforvalter (tests/integration/decision-letters.test.ts).
    expect(await db.emailMessage.count({ where: { entityId: w.reportB.id } })).toBe(0);
    expect(await db.decisionLetter.findFirstOrThrow({ where: { needsReportId: w.reportB.id } })).toMatchObject({
      kind: "DECISION",
      sentAt: null,
      locale: "nb",
    });
    const o = await getBudgetOverview(w.sf, w.budgetId);
    expect(o.rows.find((x) => x.network.id === w.netB.id)!.granted).toBe(800_000);
    expect(await db.auditEvent.count({ where: { action: "allocation.decide", entityId: w.reportB.id } })).toBe(1);
  });

  it("rejects with a reason; the money not granted is left over and can be carried to a later case", async () => {
    const version = (await db.needsReport.findUniqueOrThrow({ where: { id: w.reportA.id } })).version;
    await decideAllocation(w.sf, {
      budgetId: w.budgetId,
      reportId: w.reportA.id,
      version,
      outcome: "REJECTED",
      reason: "Tiltaket oppfyller ikke kriteriene for tildeling.",
    });
    const r = await getNeedsReport(w.sf, w.reportA.id);
    expect(r).toMatchObject({ status: "REJECTED", decisions: [{ outcome: "REJECTED", amount: 0, payments: [] }] });
    const o = await getBudgetOverview(w.sf, w.budgetId);
    // A: 467 887 recommended, nothing granted; the frames not recommended: 32 113 (B).
    expect(o.leftover).toMatchObject({
      notRecommended: 32_113,
      notGranted: 467_887,
      available: 500_000,
      openNetworks: 1,
    });
    const later = await createMeeting(w.sf, {
      forumId: w.forum.id,
      title: "Septembermøtet",
      date: "2027-09-13",
      startTime: "09:00",
      format: "DIGITAL",
      place: null,
    });
    const sak = await createCase(w.sf, {
      meetingId: later.id,
      title: "Disponering av restmidler",
      kind: "DECISION",
      text: null,
      proposal: null,
    });
    const b = await getBudget(w.sf, w.budgetId);
    expect(
      fields(await fail(carryLeftover(w.sf, { budgetId: w.budgetId, version: b.version, caseId: "no-such-case" }))),
    ).toEqual({ caseId: "validation.carryCase" });
    await carryLeftover(w.sf, { budgetId: w.budgetId, version: b.version, caseId: sak.id });
    expect((await getCase(w.member, sak.id)).budgetCarries).toEqual([
      { id: w.budgetId, year: 2027, carryAmount: 500_000 },
    ]);
  });
});

describe("a report that applies in two schemes", () => {
  it("is decided once in each scheme's budget, and each budget counts only its own decision", async () => {
    // A kindergarten budget (REKOM) where network A serves both sectors, keyed by staff FTEs.
    await db.network.update({ where: { id: w.netA.id }, data: { sector: "BOTH" } });
    await db.teacherFte.update({
      where: { organisationId_year: { organisationId: w.a1.id, year: w.keyYear } },
      data: { staffFte: "10" },
    });
    const { createBudget } = await import("@/lib/budget/mutations");
    await f.countyAllocation(w.county.id, w.round.year, 100_000, "REGIONAL");
    const { id: rekom } = await createBudget(w.sf, { roundId: w.round.id, scheme: "REGIONAL", lines: [], note: null });
    const s = await createScenario(w.sf, {
      budgetId: rekom,
      name: "Årsverk i barnehage",
      key: "STAFF_FTE",
      keyYear: w.keyYear,
    });
    await decideScenario(w.sf, { id: s.id, version: 1 });
    await db.needsReport.update({
      where: { id: w.reportA.id },
      data: {
        schemes: ["DESENTRALISERT", "REGIONAL"],
        measures: {
          create: [{ position: 2, name: "Barnehagetiltak", scheme: "REGIONAL", ownerAmount: 40_000, uhAmount: 0 }],
        },
      },
    });
    await recordRecommendations(w.sf, { budgetId: w.budgetId, caseId: w.caseId, rows: rows({ amount: 467_887 }) });
    await recordRecommendations(w.sf, {
      budgetId: rekom,
      caseId: w.caseId,
      rows: [{ networkId: w.netA.id, version: 0, amount: 40_000, reason: "Innstilt på omsøkt beløp." }],
    });
    const version = async () => (await db.needsReport.findUniqueOrThrow({ where: { id: w.reportA.id } })).version;

    await decideAllocation(w.sf, {
      budgetId: w.budgetId,
      reportId: w.reportA.id,
      version: await version(),
      outcome: "GRANTED",
      ownerAmount: 467_887,
      uhAmount: 0,
      reason: null,
    });
    expect(
      code(
        await fail(
          decideAllocation(w.sf, {
            budgetId: w.budgetId,
            reportId: w.reportA.id,
            version: await version(),
            outcome: "GRANTED",
            ownerAmount: 1,
            uhAmount: 0,
            reason: null,
          }),
        ),
      ),
    ).toBe("FORBIDDEN");
    await decideAllocation(w.sf, {
      budgetId: rekom,
      reportId: w.reportA.id,
      version: await version(),
      outcome: "GRANTED",
      ownerAmount: 40_000,
      uhAmount: 0,
      reason: null,
    });

    const report = await getNeedsReport(w.sf, w.reportA.id);
    expect(report.status).toBe("GRANTED");
    expect(report.decisions.map((d) => [d.budget.scheme, d.amount]).sort()).toEqual([
      ["DESENTRALISERT", 467_887],
      ["REGIONAL", 40_000],
    ]);
    const grantedIn = async (budgetId: string) =>
      (await getBudgetOverview(w.sf, budgetId)).rows.find((r) => r.network.id === w.netA.id)!;
    expect(await grantedIn(w.budgetId)).toMatchObject({ applied: 1_580_000, granted: 467_887 });
    expect(await grantedIn(rekom)).toMatchObject({ applied: 40_000, granted: 40_000 });
  });
});
