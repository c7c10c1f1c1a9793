/**
 * Concurrent edits: many people acting on one record at the same
 * moment. Every record two people edit carries a version, checked in the
 * UPDATE itself, so exactly one write wins and every other writer is told
 * (CONFLICT) — nothing is lost silently. The figures are printed.
 */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toResult } from "@/lib/action-result";
import { loadActor } from "@/lib/auth/load-actor";
import { seedDemoData } from "@/prisma/seed";
import { createNeedsReport, saveNeedsReportDraft, submitNeedsReport } from "@/lib/needs-reports/mutations";
import { getNeedsReport } from "@/lib/needs-reports/queries";
import { createScenario, decideScenario } from "@/lib/budget/mutations";
import { createCase, createMeeting } from "@/lib/forum/mutations";
import { recordRecommendations } from "@/lib/allocations/mutations";
import { saveAnnualReport, startAnnualReport } from "@/lib/annual-reports/mutations";
import { getAnnualReport } from "@/lib/annual-reports/queries";
import { lofotenDraft } from "@/tests/support/drafts";
import { budgetWorld } from "@/tests/support/budget-world";
import * as f from "@/tests/support/factory";

const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const figures: string[] = [];
afterAll(() => console.log(`\nConcurrency figures:\n${figures.map((l) => `  ${l}`).join("\n")}`));

/** Runs `n` writers at once; returns how many won and the codes the others were told. */
async function race<T>(n: number, write: (i: number) => Promise<T>) {
  const results = await Promise.allSettled(Array.from({ length: n }, (_, i) => write(i)));
  const won = results
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.status === "fulfilled")
    .map(({ i }) => i);
  const told = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => code(r.reason));
  return { won, told };
}

async function needsReportWorld() {
  const county = await f.county();
  const vagan = await f.organisation(county.id);
  const ntnu = await f.organisation(null, "UH");
  const net = await f.network(county.id, [vagan.id], [ntnu.id]);
  const round = await db.round.create({
    data: { countyId: county.id, year: 2027, deadline: new Date("2026-12-31T22:59:00Z") },
  });
  const editors = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      f.actor(i % 2 ? [{ role: "OWNER", organisationId: vagan.id }] : [{ role: "COORDINATOR", networkId: net.id }]),
    ),
  );
  const { id, version } = await createNeedsReport(editors[1]!, {
    roundId: round.id,
    networkId: net.id,
    leadOwnerId: vagan.id,
  });
  return { ntnu, editors, id, version };
}

describe("concurrent edits lose nothing", () => {
  it("20 editors save one needs report from the same version: one wins, 19 are told, the stored report is the winner's", async () => {
    const w = await needsReportWorld();
    const drafts = w.editors.map((_, i) => {
      const d = lofotenDraft(2027, w.ntnu.id);
      d.measures[0]!.name = `Tiltak fra redaktør ${i + 1}`;
      return d;
    });
    const { won, told } = await race(20, (i) => saveNeedsReportDraft(w.editors[i]!, w.id, w.version, drafts[i]!));
    expect(won).toHaveLength(1);
    expect(told).toEqual(Array(19).fill("CONFLICT"));
    const stored = await getNeedsReport(w.editors[1]!, w.id);
    expect(stored.measures[0]!.name).toBe(`Tiltak fra redaktør ${won[0]! + 1}`);
    expect(stored.version).toBe(w.version + 1);
    expect(await db.auditEvent.count({ where: { entityId: w.id, action: "needs-report.save" } })).toBe(1);
    figures.push(`needs report, 20 concurrent saves: ${won.length} saved, ${told.length} told (CONFLICT), 0 lost`);
  }, 60_000);

  it("10 concurrent submissions of one report: one version is locked, the others are told", async () => {
    const w = await needsReportWorld();
    const saved = await saveNeedsReportDraft(w.editors[1]!, w.id, w.version, lofotenDraft(2027, w.ntnu.id));
    const { won, told } = await race(10, (i) =>
      submitNeedsReport(w.editors[i]!, w.id, saved.version, new Date("2026-12-01T10:00:00Z")),
    );
    expect(won).toHaveLength(1);
    expect(told.every((c) => c === "CONFLICT" || c === "FORBIDDEN")).toBe(true);
    expect(await db.needsReportVersion.count({ where: { reportId: w.id } })).toBe(1);
    expect((await db.needsReport.findUniqueOrThrow({ where: { id: w.id } })).submittedVersion).toBe(1);
    expect(await db.emailMessage.count({ where: { entityId: w.id } })).toBe(1);
    figures.push(
      `needs report, 10 concurrent submissions: ${won.length} version locked, ${told.length} told (${[...new Set(told)].join("/")}), 1 e-mail`,
    );
  }, 60_000);

  it("10 secretaries record the recommendation of one network at once: one is recorded, the others are told", async () => {
    const world = await budgetWorld();
    const { id: scenarioId } = await createScenario(world.sf, {
      budgetId: world.budgetId,
      name: "Lærerårsverk",
      key: "TEACHER_FTE",
      keyYear: world.keyYear,
    });
    await decideScenario(world.sf, { id: scenarioId, version: 1 });
    await f.needsReport({
      roundId: world.round.id,
      networkId: world.netA.id,
      leadOwnerId: world.a1.id,
      status: "SUBMITTED",
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
    const { won, told } = await race(10, (i) =>
      recordRecommendations(world.sf, {
        budgetId: world.budgetId,
        caseId: sak.id,
        rows: [{ networkId: world.netA.id, version: 0, amount: 400_000 + i, reason: "Samlet vurdering i forumet." }],
      }),
    );
    expect(won).toHaveLength(1);
    expect(told).toEqual(Array(9).fill("CONFLICT"));
    const stored = await db.recommendation.findMany({ where: { budgetId: world.budgetId } });
    expect(stored.map((r) => r.amount)).toEqual([400_000 + won[0]!]);
    figures.push(
      `recommendation of one network, 10 concurrent: ${won.length} recorded, ${told.length} told (CONFLICT)`,
    );
  }, 60_000);

  it("20 concurrent saves of one annual report: one wins, 19 are told", async () => {
    await seedDemoData(db);
    const kari = (await loadActor("person-kari-nordvik"))!;
    const eirik = (await loadActor("person-eirik-solstad"))!;
    const { id } = await startAnnualReport(kari, { reportMeasureId: "report-nor-lofoten-2024-m1", year: 2024 });
    const r = await getAnnualReport(kari, id);
    const input = (i: number) => ({
      id,
      version: r.version,
      usedOwner: 600_000 + i,
      usedUh: null,
      unspentPlan: null,
      overspendReason: null,
      activities: `Aktiviteter fra ${i + 1}`,
      uhContribution: null,
      evaluation: null,
      criterionLocalNeeds: null,
      criterionCollective: null,
      criterionPartnership: null,
      planOnward: null,
      coFinancing: [],
    });
    const { won, told } = await race(20, (i) => saveAnnualReport(i % 2 ? kari : eirik, input(i)));
    expect(won).toHaveLength(1);
    expect(told).toEqual(Array(19).fill("CONFLICT"));
    const stored = await getAnnualReport(kari, id);
    expect(stored).toMatchObject({
      usedOwner: 600_000 + won[0]!,
      activities: `Aktiviteter fra ${won[0]! + 1}`,
      version: r.version + 1,
    });
    figures.push(`annual report, 20 concurrent saves: ${won.length} saved, ${told.length} told (CONFLICT), 0 lost`);
  }, 120_000);
});

describe("a database too busy to answer in time", () => {
  it("a transaction that runs out of time is answered BUSY (try again), not an HTTP 500, and writes nothing", async () => {
    await seedDemoData(db);
    const before = await db.auditEvent.count();
    const result = await toResult(() =>
      db.$transaction(
        async (tx) => {
          await tx.auditEvent.create({ data: { action: "test.busy", entityType: "Test", entityId: "busy" } });
          await tx.$executeRaw`SELECT pg_sleep(0.5)`;
        },
        { timeout: 100 },
      ),
    );
    expect(result).toEqual({ ok: false, code: "BUSY" });
    expect(await db.auditEvent.count()).toBe(before);
  }, 60_000);
});
