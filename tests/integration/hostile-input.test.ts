/**
 * Hostile input (issue 7): generated malformed forms posted to the form
 * actions' server-side core (`handleForm` in lib/form-handler.ts: the same parse → validate →
 * mutate → map-errors path as every server action, with the actor given
 * instead of read from the session). For every form: ≥ 500 inputs of wrong
 * types, huge strings, negative and enormous amounts, unicode, HTML/SQL
 * payloads, missing ids and the ids of other organisations' records, by
 * actors of every role. Expected: 0 unexpected errors (an HTTP 500), 0
 * partial writes (a failed post leaves no audit event, and every write has
 * one), and a clear error code for every refusal. The figures are printed.
 *
 * Every exported server action must appear in FORMS (fuzzed) or in
 * NOT_FUZZED (with the reason), so a new action without an entry fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import type { z } from "zod";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { seedDemoData } from "@/prisma/seed";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { handleForm } from "@/lib/form-handler";
import { allocationSchema, carrySchema, recommendationsSchema } from "@/lib/allocations/schema";
import { carryLeftover, decideAllocation, recordRecommendations } from "@/lib/allocations/mutations";
import { annualReportSchema, approveSchema, deadlineSchema, remindSchema, returnSchema, startSchema, submitSchema } from "@/lib/annual-reports/schema";
import { approveAnnualReport, returnAnnualReport, saveAnnualReport, sendAnnualReportReminders, setAnnualDeadline, startAnnualReport, submitAnnualReport } from "@/lib/annual-reports/mutations";
import { createBudgetSchema, scenarioSchema, uhSplitSchema, updateBudgetSchema } from "@/lib/budget/schema";
import { createBudget, createScenario, setUhSplit, updateBudget } from "@/lib/budget/mutations";
import { assessmentSchema } from "@/lib/criteria/schema";
import { saveAssessment } from "@/lib/criteria/mutations";
import { agendaItemSchema, attachmentSchema, attendanceSchema as meetingAttendanceSchema, conflictSchema, createCaseSchema, createMeetingSchema, decisionSchema, refSchema, updateCaseSchema, updateMeetingSchema } from "@/lib/forum/schema";
import { addAgendaItem, addAttachment, createCase, createMeeting, recordCaseDecision, removeAgendaItem, removeAttachment, setAttendance, setOwnConflict, updateCase, updateMeeting } from "@/lib/forum/mutations";
import { attendanceSchema, cancelGatheringSchema, cancelRegistrationSchema, copyGatheringSchema, createGatheringSchema, evaluationSchema, registrationSchema, updateGatheringSchema, walkInSchema } from "@/lib/gatherings/schema";
import { addWalkIn, cancelRegistration, copyGathering, createGathering, markAttendance, register, setGatheringCancelled, submitEvaluation, updateGathering } from "@/lib/gatherings/mutations";
import { contributorsSchema, createMeasureSchema, participationSchema, semesterPlanSchema, updateMeasureSchema } from "@/lib/measures/schema";
import { createMeasure, setContributors, setParticipation, setSemesterPlan, updateMeasure } from "@/lib/measures/mutations";

type Work = (a: Actor, input: never) => Promise<unknown>;
const form = <S extends z.ZodType>(schema: S, work: (a: Actor, input: z.output<S>) => Promise<unknown>) => ({ schema, work: work as Work });

const FORMS: Record<string, { schema: z.ZodType; work: Work }> = {
  recordRecommendationsAction: form(recommendationsSchema, recordRecommendations),
  decideAllocationAction: form(allocationSchema, (a, i) => decideAllocation(a, i)),
  carryLeftoverAction: form(carrySchema, carryLeftover),
  startAnnualReportAction: form(startSchema, startAnnualReport),
  saveAnnualReportAction: form(annualReportSchema, saveAnnualReport),
  submitAnnualReportAction: form(submitSchema, (a, i) => submitAnnualReport(a, i)),
  returnAnnualReportAction: form(returnSchema, (a, i) => returnAnnualReport(a, i)),
  approveAnnualReportAction: form(approveSchema, (a, i) => approveAnnualReport(a, i)),
  setAnnualDeadlineAction: form(deadlineSchema, setAnnualDeadline),
  sendRemindersAction: form(remindSchema, (a, i) => sendAnnualReportReminders(a, i)),
  createBudgetAction: form(createBudgetSchema, createBudget),
  updateBudgetAction: form(updateBudgetSchema, updateBudget),
  setUhSplitAction: form(uhSplitSchema, setUhSplit),
  createScenarioAction: form(scenarioSchema, createScenario),
  saveAssessmentAction: form(assessmentSchema, saveAssessment),
  createMeetingAction: form(createMeetingSchema, createMeeting),
  updateMeetingAction: form(updateMeetingSchema, updateMeeting),
  addAgendaItemAction: form(agendaItemSchema, addAgendaItem),
  removeAgendaItemAction: form(refSchema, removeAgendaItem),
  createCaseAction: form(createCaseSchema, createCase),
  updateCaseAction: form(updateCaseSchema, updateCase),
  recordCaseDecisionAction: form(decisionSchema, recordCaseDecision),
  setAttendanceAction: form(meetingAttendanceSchema, setAttendance),
  setOwnConflictAction: form(conflictSchema, setOwnConflict),
  addAttachmentAction: form(attachmentSchema, addAttachment),
  removeAttachmentAction: form(refSchema, removeAttachment),
  createGatheringAction: form(createGatheringSchema, createGathering),
  updateGatheringAction: form(updateGatheringSchema, updateGathering),
  setGatheringCancelledAction: form(cancelGatheringSchema, setGatheringCancelled),
  copyGatheringAction: form(copyGatheringSchema, copyGathering),
  registerAction: form(registrationSchema, (a, i) => register(a, i)),
  cancelRegistrationAction: form(cancelRegistrationSchema, cancelRegistration),
  markAttendanceAction: form(attendanceSchema, markAttendance),
  addWalkInAction: form(walkInSchema, (a, i) => addWalkIn(a, i)),
  submitEvaluationAction: form(evaluationSchema, (_a, i) => submitEvaluation(i)),
  createMeasureAction: form(createMeasureSchema, createMeasure),
  updateMeasureAction: form(updateMeasureSchema, updateMeasure),
  setParticipationAction: form(participationSchema, setParticipation),
  setContributorsAction: form(contributorsSchema, setContributors),
  setSemesterPlanAction: form(semesterPlanSchema, setSemesterPlan),
};

/** Actions not fuzzed here yet, each with why (issue 7 keeps these open). */
const NOT_FUZZED: Record<string, string> = {
  scenarioStepAction: "schema built inside the action",
  importKeyDataAction: "file upload; covered by the key-import tests",
  saveNeedsReportDraftAction: "JSON draft, not a form; covered by needs-report-mutations tests",
  submitNeedsReportAction: "id + version arguments",
  createNeedsReportAction: "choice field parsed inside the action",
  reviewNeedsReportAction: "step switch inside the action",
  requestReopenAction: "parsed inside the action",
};

const RUNS = Number(process.env.HOSTILE_RUNS ?? 500);
const stats = { forms: 0, posts: 0, ok: 0, refused: new Map<string, number>(), unexpected: 0, partialWrites: 0 };
afterAll(() => {
  const refused = [...stats.refused.entries()].map(([c, n]) => `${c} ${n}`).join(", ");
  console.log(`\nHostile input: ${stats.forms} forms × ${RUNS} = ${stats.posts} posts; accepted ${stats.ok}; refused ${refused}; unexpected errors (HTTP 500) ${stats.unexpected}; partial writes ${stats.partialWrites}`);
});

/** The field names a schema reads, with array fields as "<name>.0.<field>". */
function keysOf(s: unknown, depth = 0): string[] {
  if (!s || typeof s !== "object" || depth > 6) return [];
  const x = s as { shape?: Record<string, unknown>; def?: { in?: unknown; out?: unknown; innerType?: unknown; element?: unknown; schema?: unknown; type?: string } };
  if (x.shape) {
    return Object.entries(x.shape).flatMap(([k, v]) => {
      const inner = unwrapArray(v);
      return inner ? [k, ...keysOf(inner, depth + 1).map((sub) => `${k}.0.${sub}`)] : [k];
    });
  }
  const d = x.def ?? {};
  return [...keysOf(d.in, depth + 1), ...keysOf(d.out, depth + 1), ...keysOf(d.innerType, depth + 1), ...keysOf(d.schema, depth + 1)];
}
function unwrapArray(v: unknown, depth = 0): unknown {
  const d = (v as { def?: { type?: string; element?: unknown; innerType?: unknown; in?: unknown; out?: unknown } })?.def;
  if (!d || depth > 5) return null;
  if (d.type === "array") return d.element;
  return unwrapArray(d.innerType, depth + 1) ?? unwrapArray(d.out, depth + 1) ?? unwrapArray(d.in, depth + 1);
}

let actors: Actor[] = [];
let ids: string[] = [];
beforeAll(async () => {
  await seedDemoData(db);
  actors = (await Promise.all(["person-marte-lien", "person-jonas-berg", "person-hanne-vik", "person-kari-nordvik", "person-ola-brattas", "person-siri-aune", "person-anders-bakkevik", "person-tor-systad"].map((p) => loadActor(p)))).filter((a): a is Actor => a !== null);
  const pick = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);
  ids = [
    ...(await pick(db.needsReport.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.yearBudget.findMany({ select: { id: true } }))),
    ...(await pick(db.forumMeeting.findMany({ select: { id: true } }))),
    ...(await pick(db.forumCase.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.gathering.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.measure.findMany({ select: { id: true } }))),
    ...(await pick(db.registration.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.network.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.organisation.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.round.findMany({ select: { id: true } }))),
    "report-nor-lofoten-2024-m1",
  ];
}, 120_000);

const hostile = () =>
  fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom("", " ", "0", "-1", "-1000000", "1e308", "9".repeat(40), "12,50", "1 580 000", "NaN", "Infinity", "null", "undefined", "true", "on", "[]", "{}"),
    fc.constantFrom("<script>alert(1)</script>", "'; DROP TABLE \"NeedsReport\"; --", "=HYPERLINK(\"http://x\")", "\u0000", "../../etc/passwd", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ æøå ÆØÅ", "2023-02-30", "25:61", "javascript:alert(1)"),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constant("x".repeat(100_000)),
    fc.constantFrom(...(ids.length ? ids : ["none"])),
  );

describe("hostile input to every form", () => {
  it("covers every exported server action", () => {
    // Read from the sources: importing the "use server" modules would start next-auth outside Next.
    const files = readdirSync("lib").map((d) => `lib/${d}/actions.ts`).filter((f) => existsSync(f) && !f.startsWith("lib/auth/"));
    const exported = files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/^export async function (\w+)/gm)].map((m) => m[1]!));
    expect(exported.length).toBeGreaterThan(40);
    const missing = exported.filter((n) => !(n in FORMS) && !(n in NOT_FUZZED));
    expect(missing).toEqual([]);
  });

  for (const [name, { schema, work }] of Object.entries(FORMS)) {
    it(`${name}: ${RUNS} malformed posts, no unexpected error, no partial write`, async () => {
      const keys = [...new Set(keysOf(schema))];
      expect(keys.length, `${name} has readable fields`).toBeGreaterThan(0);
      stats.forms++;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: actors.length - 1 }),
          fc.array(fc.tuple(fc.constantFrom(...keys, "__proto__.x", "extra", `${keys[0]}.999.x`), hostile()), { maxLength: keys.length + 3 }),
          async (who, entries) => {
            const fd = new FormData();
            for (const [k, v] of entries) fd.append(k, v);
            const auditBefore = await db.auditEvent.count();
            let result;
            try {
              result = await handleForm(actors[who]!, fd, schema, work as (a: Actor, input: unknown) => Promise<unknown>);
            } catch (e) {
              stats.unexpected++;
              throw e;
            }
            stats.posts++;
            if (result.ok) {
              stats.ok++;
              return;
            }
            stats.refused.set(result.code, (stats.refused.get(result.code) ?? 0) + 1);
            expect(["INVALID", "NOT_FOUND", "FORBIDDEN", "CONFLICT", "DEADLINE_PASSED", "RATE_LIMITED"]).toContain(result.code);
            if (result.code === "INVALID") expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0);
            if ((await db.auditEvent.count()) !== auditBefore) {
              stats.partialWrites++;
              throw new Error(`a refused post (${result.code}) left an audit event`);
            }
          },
        ),
        { numRuns: RUNS, seed: 20261126 },
      );
    }, 300_000);
  }
});
