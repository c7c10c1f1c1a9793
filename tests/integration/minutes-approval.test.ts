import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  approveMinutes,
  createCase,
  createMeeting,
  recordCaseDecision,
  setAttendance,
  setMinutesRule,
  updateCase,
  updateMeeting,
} from "@/lib/forum/mutations";
import { getMeeting } from "@/lib/forum/queries";
import { agendaPdf, minutesPdf } from "@/lib/forum/pdf";
import { createScenario, decideScenario } from "@/lib/budget/mutations";
import { recordRecommendations } from "@/lib/allocations/mutations";
import { updateCaseSchema } from "@/lib/forum/schema";
import { budgetWorld } from "@/tests/support/budget-world";

const code = (e: unknown) =>
  e instanceof AppError ? `${e.code}${e.message.startsWith("errors.") ? `:${e.message}` : ""}` : String(e);
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => e,
  );
const pdfText = (bytes: Uint8Array) => {
  const dir = mkdtempSync(path.join(tmpdir(), "minutes-"));
  writeFileSync(path.join(dir, "m.pdf"), bytes);
  return spawnSync("pdftotext", [path.join(dir, "m.pdf"), "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
};

let w: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const world = await budgetWorld();
  await db.forumMember.updateMany({
    where: { forumId: world.forum.id, personId: world.member.personId },
    data: { role: "LEADER" },
  });
  await db.county.update({ where: { id: world.county.id }, data: { senderAddress: "Postboks 1\n1234 Fylkesby" } });
  const { id: scenarioId } = await createScenario(world.sf, {
    budgetId: world.budgetId,
    name: "Lærerårsverk",
    key: "TEACHER_FTE",
    keyYear: world.keyYear,
  });
  await decideScenario(world.sf, { id: scenarioId, version: 1 });
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
    proposal: "Samlet utgjør innstillingen {sum}.",
  });
  await recordRecommendations(world.sf, {
    budgetId: world.budgetId,
    caseId: sak.id,
    rows: [
      { networkId: world.netA.id, version: 0, amount: 467_887, reason: null },
      { networkId: world.netB.id, version: 0, amount: 800_000, reason: "Delvis forankret." },
    ],
  });
  await recordCaseDecision(world.sf, {
    id: sak.id,
    version: (await db.forumCase.findUniqueOrThrow({ where: { id: sak.id } })).version,
    decision: "Innstillingen vedtas.",
  });
  return { ...world, meetingId: meeting.id, caseId: sak.id };
}

const held = async () => {
  const m = await db.forumMeeting.findUniqueOrThrow({ where: { id: w.meetingId } });
  await updateMeeting(w.sf, {
    id: m.id,
    version: m.version,
    title: m.title,
    date: "2027-03-09",
    startTime: "09:00",
    format: "DIGITAL",
    place: null,
    status: "HELD",
  });
};

beforeEach(async () => {
  w = await setup();
});

describe("the recommendation case's proposal", () => {
  it("is printed with the computed total and the recommendation per network; a typed placeholder is refused", async () => {
    const agenda = pdfText(await agendaPdf(await getMeeting(w.sf, w.meetingId)));
    expect(agenda).toContain("Samlet utgjør innstillingen 1 267 887 kr.");
    expect(agenda).toContain("Samlet innstilling: 1 267 887 kr.");
    expect(agenda).not.toMatch(/XXX|\{sum\}/);
    expect(agenda).toContain("Postboks 1");
    expect(agenda).toMatch(/Side 1 av \d/);
    const parsed = updateCaseSchema.safeParse({
      id: w.caseId,
      version: "1",
      title: "Innstilling",
      kind: "DECISION",
      proposal: "Samlet utgjør denne delen av innstillingen XXXXXXX kroner.",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["proposal"], message: "validation.placeholder" });
  });
});

describe("approving the minutes", () => {
  it("is for the leader once the meeting is held; then the minutes and the decisions are locked", async () => {
    expect(code(await fail(approveMinutes(w.member, { meetingId: w.meetingId })))).toBe(
      "FORBIDDEN:errors.detail.meetingNotHeld",
    );
    await held();
    expect(code(await fail(approveMinutes(w.ownerMember, { meetingId: w.meetingId })))).toBe(
      "FORBIDDEN:errors.detail.notMinutesApprover",
    );
    expect(code(await fail(approveMinutes(w.sf, { meetingId: w.meetingId })))).toMatch(/^FORBIDDEN/);
    expect(code(await fail(approveMinutes(w.owner, { meetingId: w.meetingId })))).toBe("NOT_FOUND");
    expect(await approveMinutes(w.member, { meetingId: w.meetingId }, new Date("2027-03-16T10:00:00Z"))).toEqual({
      approved: true,
    });
    const m = await getMeeting(w.sf, w.meetingId);
    expect(m).toMatchObject({
      status: "MINUTES_APPROVED",
      minutesApprovedAt: new Date("2027-03-16T10:00:00Z"),
      can: { edit: false, approveMinutes: false },
    });
    const c = await db.forumCase.findUniqueOrThrow({ where: { id: w.caseId } });
    expect(
      code(await fail(recordCaseDecision(w.sf, { id: c.id, version: c.version, decision: "Endret vedtak." }))),
    ).toBe("FORBIDDEN:errors.detail.minutesApprovedMeeting");
    expect(
      code(
        await fail(
          updateCase(w.sf, {
            id: c.id,
            version: c.version,
            title: "Ny tittel",
            kind: "DECISION",
            text: null,
            proposal: null,
          }),
        ),
      ),
    ).toBe("FORBIDDEN:errors.detail.minutesApprovedMeeting");
    const minutes = pdfText(await minutesPdf(m));
    expect(minutes).toContain("Protokollen ble godkjent 16. mars 2027.");
    expect(minutes).toContain("Innstillingen vedtas.");
    expect(
      await db.auditEvent.count({ where: { entityId: w.meetingId, action: "forum-meeting.minutes-approved" } }),
    ).toBe(1);
  });

  it("by the two-members rule needs two voting members who were present; the secretariat sets the rule", async () => {
    expect(code(await fail(setMinutesRule(w.member, { forumId: w.forum.id, rule: "TWO_MEMBERS" })))).toBe("NOT_FOUND");
    await setMinutesRule(w.sf, { forumId: w.forum.id, rule: "TWO_MEMBERS" });
    await held();
    // Attendance not recorded: nobody was recorded present, so nobody approves by this rule.
    expect(code(await fail(approveMinutes(w.member, { meetingId: w.meetingId })))).toBe(
      "FORBIDDEN:errors.detail.notMinutesApprover",
    );
    await setAttendance(w.sf, { meetingId: w.meetingId, present: [w.member.personId, w.ownerMember.personId] });
    expect(await approveMinutes(w.member, { meetingId: w.meetingId })).toEqual({ approved: false });
    // A change to the meeting after an approval asks for it again.
    const c = await db.forumCase.findUniqueOrThrow({ where: { id: w.caseId } });
    await recordCaseDecision(w.sf, {
      id: c.id,
      version: c.version,
      decision: "Innstillingen vedtas med endringen i punkt 2.",
    });
    expect((await getMeeting(w.sf, w.meetingId)).approvals).toEqual([]);
    expect(await approveMinutes(w.member, { meetingId: w.meetingId })).toEqual({ approved: false });
    expect(code(await fail(approveMinutes(w.member, { meetingId: w.meetingId })))).toBe(
      "FORBIDDEN:errors.detail.alreadyApprovedMinutes",
    );
    expect((await getMeeting(w.sf, w.meetingId)).status).toBe("HELD");
    expect(await approveMinutes(w.ownerMember, { meetingId: w.meetingId })).toEqual({ approved: true });
    expect((await getMeeting(w.sf, w.meetingId)).approvals.map((a) => a.person.id).sort()).toEqual(
      [w.member.personId, w.ownerMember.personId].sort(),
    );
  });
});
