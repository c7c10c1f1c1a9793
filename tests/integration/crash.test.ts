/**
 * Crash safety, for real: a separate process runs a submit or an
 * allocation decision and is killed with SIGKILL while its transaction is in
 * the middle — the report updated, the version and audit rows written, the
 * last insert waiting (the test holds a lock on its table: the outbox for a
 * submit, the decision letters for an allocation, whose letter is drafted
 * last). After
 * the kill every record is as before; run to the end, every record is as
 * after. Never between.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { saveNeedsReportDraft, createNeedsReport } from "@/lib/needs-reports/mutations";
import { createScenario, decideScenario } from "@/lib/budget/mutations";
import { createCase, createMeeting } from "@/lib/forum/mutations";
import { recordRecommendations } from "@/lib/allocations/mutations";
import { lofotenDraft } from "@/tests/support/drafts";
import { budgetWorld } from "@/tests/support/budget-world";
import * as f from "@/tests/support/factory";

const url = process.env.DATABASE_URL!;
const childUrl = () => {
  const u = new URL(url);
  u.searchParams.set("application_name", "crash-child");
  return u.toString();
};

function startChild(
  op: "submit" | "allocate",
  input: unknown,
): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  let out = "";
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.resolve("tests/support/crash-child.mts"),
      op,
      JSON.stringify(input),
    ],
    {
      env: { ...process.env, DATABASE_URL: childUrl() },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => out };
}

async function until(check: () => Promise<boolean>, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

type Locked = "EmailMessage" | "DecisionLetter";

/** Holds an exclusive lock on a table, so a write that reaches its insert there waits with everything else written but not committed. */
async function lockTable(table: Locked) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("BEGIN");
  await c.query(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
  return { release: async () => (await c.query("ROLLBACK"), await c.end()) };
}

const waitingOn = (table: Locked) => async () => {
  const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = 'crash-child' AND wait_event_type = 'Lock' AND query ILIKE '%${table}%'`,
  );
  return Number(rows[0]!.n) > 0;
};
const childGone = async () =>
  Number(
    (
      await db.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = 'crash-child'`,
      )
    )[0]!.n,
  ) === 0;

async function submitWorld() {
  const county = await f.county();
  const vagan = await f.organisation(county.id);
  const ntnu = await f.organisation(null, "UH");
  const net = await f.network(county.id, [vagan.id], [ntnu.id]);
  const round = await db.round.create({
    data: { countyId: county.id, year: 2027, deadline: new Date("2026-12-31T22:59:00Z") },
  });
  const owner = await f.actor([{ role: "OWNER", organisationId: vagan.id }]);
  const { id, version } = await createNeedsReport(owner, {
    roundId: round.id,
    networkId: net.id,
    leadOwnerId: vagan.id,
  });
  const saved = await saveNeedsReportDraft(owner, id, version, lofotenDraft(2027, ntnu.id));
  return { owner, id, version: saved.version };
}

const reportState = async (id: string) => {
  const r = await db.needsReport.findUniqueOrThrow({ where: { id } });
  return {
    status: r.status,
    version: r.version,
    submittedVersion: r.submittedVersion,
    versions: await db.needsReportVersion.count({ where: { reportId: id } }),
    audit: await db.auditEvent.count({
      where: { entityId: id, action: { in: ["needs-report.submit", "allocation.decide"] } },
    }),
    mails: await db.emailMessage.count({ where: { entityId: id } }),
    letters: await db.decisionLetter.count({ where: { needsReportId: id } }),
    decisions: await db.allocationDecision.count({ where: { needsReportId: id } }),
    payments: await db.allocationPayment.count({ where: { decision: { needsReportId: id } } }),
  };
};

describe("a server killed in the middle of a write leaves every record before or after, never between", () => {
  it("submit", async () => {
    const w = await submitWorld();
    const before = await reportState(w.id);
    const lock = await lockTable("EmailMessage");
    const run = startChild("submit", {
      personId: w.owner.personId,
      id: w.id,
      version: w.version,
      now: "2026-12-01T10:00:00Z",
    });
    try {
      await until(waitingOn("EmailMessage"), "the submit to reach its e-mail");
      run.child.kill("SIGKILL");
      expect(await run.exited).toBeNull();
    } finally {
      await lock.release();
    }
    await until(childGone, "the killed process's connection to end");
    expect(await reportState(w.id)).toEqual(before);

    // Run to the end, the same submit leaves everything after.
    const done = startChild("submit", {
      personId: w.owner.personId,
      id: w.id,
      version: w.version,
      now: "2026-12-01T10:00:00Z",
    });
    expect(await done.exited, done.output()).toBe(0);
    expect(await reportState(w.id)).toEqual({
      ...before,
      status: "SUBMITTED",
      version: before.version + 1,
      submittedVersion: 1,
      versions: 1,
      audit: 1,
      mails: 1,
    });
  }, 90_000);

  it("allocation decision", async () => {
    const world = await budgetWorld();
    const { id: scenarioId } = await createScenario(world.sf, {
      budgetId: world.budgetId,
      name: "Lærerårsverk",
      key: "TEACHER_FTE",
      keyYear: world.keyYear,
    });
    await decideScenario(world.sf, { id: scenarioId, version: 1 });
    const report = await f.needsReport({
      roundId: world.round.id,
      networkId: world.netA.id,
      leadOwnerId: world.a1.id,
      status: "SUBMITTED",
      uhUnitIds: [world.unit.id],
    });
    await db.needsReportContact.create({
      data: { reportId: report.id, side: "OWNER", name: "Eier", email: "eier@example.test" },
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
    await recordRecommendations(world.sf, {
      budgetId: world.budgetId,
      caseId: sak.id,
      rows: [{ networkId: world.netA.id, version: 0, amount: 400_000, reason: "Samlet vurdering i forumet." }],
    });
    const r = await db.needsReport.findUniqueOrThrow({ where: { id: report.id } });
    const input = {
      budgetId: world.budgetId,
      reportId: report.id,
      version: r.version,
      outcome: "GRANTED",
      ownerAmount: 400_000,
      uhAmount: 0,
      reason: null,
    };
    const before = await reportState(report.id);

    const lock = await lockTable("DecisionLetter");
    const run = startChild("allocate", { personId: world.sf.personId, input, now: "2027-03-20T10:00:00Z" });
    try {
      await until(waitingOn("DecisionLetter"), "the decision to reach its letter");
      run.child.kill("SIGKILL");
      expect(await run.exited).toBeNull();
    } finally {
      await lock.release();
    }
    await until(childGone, "the killed process's connection to end");
    expect(await reportState(report.id)).toEqual(before);

    const done = startChild("allocate", { personId: world.sf.personId, input, now: "2027-03-20T10:00:00Z" });
    expect(await done.exited, done.output()).toBe(0);
    expect(await reportState(report.id)).toEqual({
      ...before,
      status: "GRANTED",
      version: before.version + 1,
      audit: 1,
      letters: 1,
      decisions: 1,
      payments: 1,
    });
  }, 90_000);
});
