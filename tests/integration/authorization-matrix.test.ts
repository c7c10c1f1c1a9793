/**
 * The authorization matrix: every server action × every role ×
 * own and other organisation / network / county, generated from ONE table
 * (MATRIX below). Each action is called the way its server action calls it
 * (tests/support/form-registry.ts: the same schema and mutation), with
 * input that is valid for its target — a record of the Lofoten network,
 * Vågan kommune and the Statsforvalter in Nordland — so a refusal is the
 * policy's doing, not the input's.
 *
 * Expected: the actors in `allow` succeed; everyone else is refused and
 * nothing is written (no audit event, and every write has one). An actor of
 * the other county never learns the record exists: the answer is NOT_FOUND
 * (or a field-level INVALID for a posted choice), never FORBIDDEN.
 * Printed: combinations tested, allowed, refused, escapes (must be 0).
 *
 * A new server action without a row here fails the first test. Route
 * handlers are covered over HTTP in tests/e2e/route-authorization.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { handleForm } from "@/lib/form-handler";
import { toResult, type ActionResult } from "@/lib/action-result";
import { seedDemoData } from "@/prisma/seed";
import { CALLS, FORMS, exportedActions } from "@/tests/support/form-registry";
import { lofotenDraft } from "@/tests/support/drafts";
import * as f from "@/tests/support/factory";
import { saveNeedsReportDraft } from "@/lib/needs-reports/mutations";
import { saveAnnualReport, startAnnualReport } from "@/lib/annual-reports/mutations";
import { createBudget, createScenario } from "@/lib/budget/mutations";
import { getBudget } from "@/lib/budget/queries";
import { addAgendaItem, addAttachment, createCase, createMeeting } from "@/lib/forum/mutations";
import { createGathering, register } from "@/lib/gatherings/mutations";
import { createMeasure } from "@/lib/measures/mutations";
import { invite } from "@/lib/access/mutations";
import { newToken } from "@/lib/access/tokens";
import { createRound } from "@/lib/rounds/mutations";
import { addForumMember } from "@/lib/forum/members";
import { startBrregServer } from "@/tests/support/brreg-server.mjs";

const ACTORS = [
  "ownerN",
  "coordN",
  "sfN",
  "forumN",
  "uhN",
  "ownerN2",
  "orgAdminN",
  "ownerT",
  "coordT",
  "sfT",
  "forumT",
  "uhT",
  "admin",
  "dir",
  "anon",
] as const;
type Who = (typeof ACTORS)[number];
/** What each actor is, for the printed table and the failure messages. */
const DESCRIBED: Record<Who, string> = {
  ownerN: "OWNER Vågan kommune (lead owner in Lofoten, Nordland)",
  coordN: "COORDINATOR Lofoten",
  sfN: "STATSFORVALTER Nordland",
  forumN: "FORUM_MEMBER Nordland",
  uhN: "UH NTNU Matematikksenteret (Lofoten's partner)",
  ownerN2: "OWNER Meløy kommune (Nordland, outside Lofoten)",
  orgAdminN: "ORG_ADMIN Vågan kommune (its own administrator, not a contact)",
  ownerT: "OWNER Trondheim kommune (Trøndelag)",
  coordT: "COORDINATOR Trondheim/Malvik (Trøndelag)",
  sfT: "STATSFORVALTER Trøndelag",
  forumT: "FORUM_MEMBER Trøndelag",
  uhT: "UH Nord universitet (no Nordland partnership)",
  admin: "ADMIN (national administrator)",
  dir: "DIRECTORATE (Utdanningsdirektoratet)",
  anon: "not signed in",
};
const OTHER_COUNTY: Who[] = ["ownerT", "coordT", "sfT", "forumT"];

const N = "county-nordland";
const LOFOTEN = "net-nor-lofoten";
const VAGAN = "org-vagan-kommune";
const MAT = "org-ntnu-matematikksenteret";
/** A unit the local register knows (tests/fixtures/brreg), not yet in the portal. */
const REGISTER_ORG = "864964702";
const REGISTER_CSV = `organisasjonsnummer,navn,organisasjonsform.kode,forretningsadresse.kommunenummer\n${REGISTER_ORG},GRIMSTAD KOMMUNE,KOMM,4202\n`;
const MEASURE_2024 = "report-nor-lofoten-2024-m1";
const BUDGET_2024 = "budget-nor-2024";
const NEXT = new Date().getUTCFullYear() + 1;
const LINES = [
  { kind: "UH_DIRECT" as const, label: "Direktetildeling til UH", amount: 600_000 },
  { kind: "BASE_GRANT" as const, label: "Grunntilskudd", amount: 300_000 },
];

type Input = Record<string, unknown>;
type Row = {
  /** who may do it; everyone else must be refused */
  allow: Who[];
  /** valid input for the action's Nordland/Lofoten target, built fresh for each call (the builder may create the target) */
  input: (who: Who) => Promise<Input>;
  /** put the target back after an allowed call, so the next allowed actor meets it as the first did */
  reset?: (input: Input) => Promise<void>;
  /** public by a token (the evaluation form): no sign-in needed */
  public?: boolean;
  /** false where an allowed call writes nothing (a preview; opening what exists); otherwise it must leave an audit event */
  writes?: false;
};

let actors = {} as Record<Who, Actor | null>;
let w: Awaited<ReturnType<typeof world>>;

async function world() {
  const as = async (id: string) => (await loadActor(id))!;
  const sfN = await as("person-jonas-berg");
  // The demo's open round (next year, deadline in December).
  const openRound = await db.round.findUniqueOrThrow({ where: { countyId_year: { countyId: N, year: NEXT } } });
  const pastRound = await db.round.findFirstOrThrow({ where: { countyId: N, year: 2025 } });
  const forum = await db.forum.findUniqueOrThrow({ where: { countyId: N } });
  const forumT = await db.forum.findUniqueOrThrow({ where: { countyId: "county-trondelag" } });
  const forumN = await f.actor([{ role: "FORUM_MEMBER", countyId: N }]);
  const forumMemberT = await f.actor([{ role: "FORUM_MEMBER", countyId: "county-trondelag" }]);
  await db.forumMember.createMany({
    data: [
      { forumId: forum.id, personId: forumN.personId, represents: "KS", role: "LEADER" },
      { forumId: forumT.id, personId: forumMemberT.personId, represents: "KS", role: "LEADER" },
    ],
  });
  const meeting = await createMeeting(sfN, {
    forumId: forum.id,
    title: "Møte i Samarbeidsforum",
    date: `${NEXT}-03-10`,
    startTime: "10:00",
    endTime: "14:00",
    format: "DIGITAL",
    place: null,
    meetingUrl: undefined,
  } as never);
  const forumCase = await createCase(sfN, {
    meetingId: meeting.id,
    title: "Innstilling om tildeling",
    kind: "DECISION",
    text: null,
    proposal: null,
  });
  const measure = await db.measure.findUniqueOrThrow({ where: { id: "measure-nor-lofoten" } });
  const gathering = await createGathering(sfN, gatheringInput({ measureId: measure.id }) as never);
  const held = await db.gathering.findFirstOrThrow({
    where: { measureId: measure.id, startsAt: { lt: new Date() }, cancelled: false },
  });
  const evaluated = await db.gathering.update({
    where: { id: held.id },
    data: { evaluationToken: held.evaluationToken ?? "matrix-evaluation-token-0123456789" },
  });
  // Key data (teacher FTEs) for the county's network members, for the frame scenarios.
  const keyYear = NEXT - 1;
  const members = await db.networkMember.findMany({
    where: { network: { countyId: N } },
    select: { organisationId: true },
  });
  await db.teacherFte.createMany({
    data: members.map((m, i) => ({ organisationId: m.organisationId, year: keyYear, teacherFte: String(40 + i) })),
    skipDuplicates: true,
  });
  await f.countyAllocation(N, openRound.year, 3_000_000);
  await f.countyAllocation(N, openRound.year, 1_000_000, "REGIONAL");
  const budget2027 = await createBudget(sfN, {
    roundId: openRound.id,
    scheme: "DESENTRALISERT",
    lines: LINES,
    note: null,
  });
  const annual = await startAnnualReport(await as("person-kari-nordvik"), {
    reportMeasureId: MEASURE_2024,
    year: 2024,
  });
  return {
    sfN,
    openRound,
    pastRound,
    forum,
    forumN,
    forumMemberT,
    meeting,
    forumCase,
    measure,
    gathering,
    evaluated,
    keyYear,
    budget2027,
    annual,
  };
}

function gatheringInput(over: Input = {}): Input {
  return {
    title: "Fagsamling vurdering",
    networkIds: [LOFOTEN],
    format: "DIGITAL",
    length: "HALVDAG",
    date: `${NEXT}-04-20`,
    startTime: "09:00",
    endTime: "12:00",
    place: null,
    meetingUrl: null,
    theme: null,
    assignmentText: null,
    tracks: [],
    ...over,
  };
}

let n = 0;
const unique = (p: string) => `${p}-${++n}`;
/** A year no earlier call used (rounds, the directorate's amounts), within the forms' 2020–2100. */
let years = 2030;
const freshYear = () => ++years;
let allocations = 0;
const version = async (
  model: "annualReport" | "round" | "forumMeeting" | "forumCase" | "gathering" | "measure" | "yearBudget",
  id: string,
) =>
  (
    await (
      db[model] as unknown as { findUniqueOrThrow: (a: unknown) => Promise<{ version: number }> }
    ).findUniqueOrThrow({ where: { id }, select: { version: true } })
  ).version;
const freshReport = (status: "DRAFT" | "SUBMITTED", roundId = w.openRound.id) =>
  f.needsReport({ roundId, networkId: LOFOTEN, leadOwnerId: VAGAN, status, uhUnitIds: [MAT] });
const freshMeasure = async () =>
  createMeasure(w.sfN, {
    name: unique("Tiltak"),
    scheme: "DESENTRALISERT",
    kind: "OWN",
    ownerNetworkId: LOFOTEN,
    networkIds: [],
    goal: null,
    targetGroup: null,
    content: null,
    organisation: null,
    obligations: null,
  } as never);
const completeAnnual = {
  usedOwner: 700_000,
  usedUh: 880_000,
  activities: "Ledersamling og tre fagsamlinger.",
  evaluation: "Målene er langt på vei nådd.",
  criterionLocalNeeds: "Fra kommunenes egne analyser.",
  criterionCollective: "I profesjonsfellesskapene.",
  criterionPartnership: "Sammen med NTNU.",
  planOnward: "Videreføres med vekt på skriving.",
  coFinancing: [{ kind: "SALARY", description: "Frikjøp", promised: 474_000, delivered: 474_000 }],
};
/**
 * A Lofoten report of Vågan with a decision and its letter, written directly:
 * granted or refused, the letter a draft or sent (with its PDF), and an open
 * appeal on it when asked.
 */
async function decided(opts: { outcome: "GRANTED" | "REJECTED"; sent: boolean; appeal?: boolean }) {
  const roundId = (await db.yearBudget.findUniqueOrThrow({ where: { id: BUDGET_2024 } })).roundId;
  const r = await f.needsReport({ roundId, networkId: LOFOTEN, leadOwnerId: VAGAN, status: opts.outcome });
  const d = await db.allocationDecision.create({
    data: {
      budgetId: BUDGET_2024,
      networkId: LOFOTEN,
      needsReportId: r.id,
      outcome: opts.outcome,
      amount: opts.outcome === "GRANTED" ? 1_000 : 0,
      reason: "Tiltaket er dekket av den andre meldingen.",
      decidedAt: new Date(),
      ...(opts.outcome === "GRANTED"
        ? { payments: { create: [{ organisationId: VAGAN, side: "OWNER", amount: 1_000 }] } }
        : {}),
    },
  });
  const letter = await db.decisionLetter.create({
    data: {
      decisionId: d.id,
      needsReportId: r.id,
      locale: "nb",
      reasons: "Tiltaket er dekket av den andre meldingen.",
      ...(opts.sent
        ? {
            sentAt: new Date(),
            officerName: "Jonas Berg",
            pdf: Buffer.from("%PDF-1.4\n%%EOF\n"),
            filename: "vedtaksbrev.pdf",
          }
        : {}),
    },
  });
  const appeal = opts.appeal
    ? await db.appeal.create({
        data: {
          decisionId: d.id,
          needsReportId: r.id,
          letterId: letter.id,
          text: "Vi klager på vedtaket fordi tiltaket er forankret.",
          filedAt: new Date(),
          filedById: "person-kari-nordvik",
          deadline: new Date(Date.now() + 86_400_000),
          late: false,
        },
      })
    : null;
  return { report: r, decision: d, letter, appeal };
}
/** A held meeting of the Nordland forum, whose minutes the leader (forumN) approves. */
const heldMeeting = async () => {
  const m = await createMeeting(w.sfN, {
    forumId: w.forum.id,
    title: unique("Møte"),
    date: `${NEXT}-02-10`,
    startTime: "10:00",
    endTime: "12:00",
    format: "DIGITAL",
    place: null,
    meetingUrl: undefined,
  } as never);
  await db.forumMeeting.update({ where: { id: m.id }, data: { status: "HELD" } });
  return m;
};
const pdf = () =>
  new File([Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")], "sak.pdf", {
    type: "application/pdf",
  });

/** THE table: one row per server action. */
const MATRIX: Record<string, Row> = {
  // Needs reports (behovsmeldinger): the lead owner and the network's coordinator write; the county's Statsforvalter reviews.
  createNeedsReportAction: {
    allow: ["ownerN", "coordN"],
    input: async () => ({ choice: `${w.openRound.id}|${LOFOTEN}|${VAGAN}` }),
  },
  saveNeedsReportDraftAction: {
    allow: ["ownerN", "coordN"],
    input: async () => ({
      id: (await freshReport("DRAFT")).id,
      version: 1,
      draft: lofotenDraft(NEXT, "org-ntnu", [MAT]),
    }),
  },
  submitNeedsReportAction: {
    allow: ["ownerN", "coordN"],
    input: async () => {
      const r = await freshReport("DRAFT");
      const saved = await saveNeedsReportDraft(actors.ownerN!, r.id, 1, lofotenDraft(NEXT, "org-ntnu", [MAT]));
      return { id: r.id, version: saved.version };
    },
  },
  reviewNeedsReportAction: {
    allow: ["sfN"],
    input: async () => ({ step: "startReview", id: (await freshReport("SUBMITTED")).id }),
  },
  withdrawNeedsReportAction: {
    allow: ["ownerN", "coordN"],
    input: async () => ({ id: (await freshReport("SUBMITTED")).id, expectedVersion: 1 }),
  },
  requestReopenAction: {
    allow: ["ownerN", "coordN"],
    input: async () => ({
      id: (await freshReport("DRAFT", w.pastRound.id)).id,
      reason: "Vi ble forsinket av sykdom i ledergruppen.",
    }),
  },

  // Annual reports (årsrapporter) for the granted Lofoten measure.
  // Started in the world above; starting again opens the same report and writes nothing.
  startAnnualReportAction: {
    allow: ["ownerN", "coordN"],
    writes: false,
    input: async () => ({ reportMeasureId: MEASURE_2024, year: 2024 }),
  },
  saveAnnualReportAction: {
    allow: ["ownerN", "coordN"],
    input: async () => ({
      id: w.annual.id,
      version: await version("annualReport", w.annual.id),
      usedOwner: "",
      usedUh: "",
      activities: unique("Samlinger"),
    }),
  },
  submitAnnualReportAction: {
    allow: ["ownerN", "coordN"],
    input: async () => {
      const saved = await saveAnnualReport(actors.ownerN!, {
        id: w.annual.id,
        version: await version("annualReport", w.annual.id),
        unspentPlan: null,
        uhContribution: null,
        ...completeAnnual,
      } as never);
      return { id: w.annual.id, version: saved.version };
    },
    reset: async () => void (await db.annualReport.update({ where: { id: w.annual.id }, data: { status: "DRAFT" } })),
  },
  returnAnnualReportAction: {
    allow: ["sfN"],
    input: async () => ({
      id: w.annual.id,
      version: (await db.annualReport.update({ where: { id: w.annual.id }, data: { status: "SUBMITTED" } })).version,
      reason: "Mangler beskrivelse av egenfinansieringen.",
    }),
    reset: async () => void (await db.annualReport.update({ where: { id: w.annual.id }, data: { status: "DRAFT" } })),
  },
  approveAnnualReportAction: {
    allow: ["sfN"],
    input: async () => ({
      id: w.annual.id,
      version: (await db.annualReport.update({ where: { id: w.annual.id }, data: { status: "SUBMITTED" } })).version,
    }),
    reset: async () => void (await db.annualReport.update({ where: { id: w.annual.id }, data: { status: "DRAFT" } })),
  },
  setAnnualDeadlineAction: {
    allow: ["sfN"],
    input: async () => ({
      roundId: w.openRound.id,
      version: await version("round", w.openRound.id),
      deadline: `${NEXT + 1}-01-15`,
    }),
  },
  sendRemindersAction: { allow: ["sfN"], input: async () => ({ countyId: N }) },

  // Allocations: the Statsforvalter records the forum's recommendation and decides per report.
  recordRecommendationsAction: {
    allow: ["sfN"],
    input: async () => {
      const frame = await db.networkFrame.findFirstOrThrow({
        where: { networkId: LOFOTEN, scenario: { budgetId: BUDGET_2024, decided: true } },
      });
      const rec = await db.recommendation.findUnique({
        where: { budgetId_networkId: { budgetId: BUDGET_2024, networkId: LOFOTEN } },
      });
      return {
        budgetId: BUDGET_2024,
        caseId: w.forumCase.id,
        rows: [{ networkId: LOFOTEN, version: rec?.version ?? 0, amount: frame.frame, reason: null }],
      };
    },
  },
  decideAllocationAction: {
    allow: ["sfN"],
    input: async () => {
      const r = await f.needsReport({
        roundId: (await db.yearBudget.findUniqueOrThrow({ where: { id: BUDGET_2024 } })).roundId,
        networkId: LOFOTEN,
        leadOwnerId: VAGAN,
        status: "RECOMMENDED",
      });
      return {
        budgetId: BUDGET_2024,
        reportId: r.id,
        version: r.version,
        outcome: "REJECTED",
        reason: "Tiltaket er dekket av den andre meldingen.",
      };
    },
  },
  carryLeftoverAction: {
    allow: ["sfN"],
    input: async () => {
      // Money left over: Lofoten recommended 10 000 kr below its frame (and its reports not all decided yet).
      const frame = await db.networkFrame.findFirstOrThrow({
        where: { networkId: LOFOTEN, scenario: { budgetId: BUDGET_2024, decided: true } },
      });
      await db.recommendation.update({
        where: { budgetId_networkId: { budgetId: BUDGET_2024, networkId: LOFOTEN } },
        data: { amount: frame.frame - 10_000 },
      });
      await f.needsReport({
        roundId: (await db.yearBudget.findUniqueOrThrow({ where: { id: BUDGET_2024 } })).roundId,
        networkId: LOFOTEN,
        leadOwnerId: VAGAN,
        status: "RECOMMENDED",
      });
      return { budgetId: BUDGET_2024, version: await version("yearBudget", BUDGET_2024), caseId: w.forumCase.id };
    },
  },

  // Decision letters: the Statsforvalter drafts, sends and handles appeals; the lead owner (the party) accepts and appeals.
  saveLetterAction: {
    allow: ["sfN"],
    input: async () => {
      const { letter } = await decided({ outcome: "REJECTED", sent: false });
      return {
        letterId: letter.id,
        version: letter.version,
        reasons: "Tiltaket oppfyller ikke kriteriene.",
        officerTitle: "seniorrådgiver",
      };
    },
  },
  sendLetterAction: {
    allow: ["sfN"],
    input: async () => {
      const { letter } = await decided({ outcome: "REJECTED", sent: false });
      return { letterId: letter.id, version: letter.version };
    },
  },
  acceptLetterAction: {
    allow: ["ownerN"],
    input: async () => ({ letterId: (await decided({ outcome: "GRANTED", sent: true })).letter.id, confirm: "on" }),
  },
  fileAppealAction: {
    allow: ["ownerN"],
    input: async () => ({
      letterId: (await decided({ outcome: "REJECTED", sent: true })).letter.id,
      text: "Vi klager fordi tiltaket er forankret i planen.",
    }),
  },
  decideAppealAction: {
    allow: ["sfN"],
    input: async () => {
      const { appeal } = await decided({ outcome: "REJECTED", sent: true, appeal: true });
      return {
        appealId: appeal!.id,
        version: appeal!.version,
        action: "FORWARD",
        assessment: "Statsforvalteren opprettholder vedtaket.",
      };
    },
  },
  archiveNumbersAction: {
    allow: ["sfN"],
    input: async () => ({
      reportId: (await decided({ outcome: "REJECTED", sent: true })).report.id,
      caseNumber: "2024/1234",
    }),
  },
  approveMinutesAction: { allow: ["forumN"], input: async () => ({ meetingId: (await heldMeeting()).id }) },
  setMinutesRuleAction: { allow: ["sfN"], input: async () => ({ forumId: w.forum.id, rule: "LEADER" }) },
  // Where each scheme's appeals go is national: the national administrator.
  setAppealBodyAction: {
    allow: ["admin"],
    input: async () => ({ scheme: "DESENTRALISERT", name: "Utdanningsdirektoratet" }),
  },

  // Budgets and frames: the county's Statsforvalter; the forum reads and assesses.
  createBudgetAction: {
    allow: ["sfN"],
    input: async () => ({ roundId: w.openRound.id, scheme: "REGIONAL", lines: [] }),
  },
  updateBudgetAction: {
    allow: ["sfN"],
    input: async () => ({
      id: w.budget2027.id,
      version: await version("yearBudget", w.budget2027.id),
      lines: LINES,
    }),
  },
  setUhSplitAction: {
    allow: ["sfN"],
    input: async () => {
      const b = await getBudget(w.sfN, w.budget2027.id);
      return {
        id: b.id,
        version: b.version,
        reason: "",
        amounts: b.uh.rows.map((u) => ({ organisationId: u.organisationId, amount: u.proposed })),
      };
    },
  },
  createScenarioAction: {
    allow: ["sfN"],
    input: async () => ({
      budgetId: w.budget2027.id,
      name: unique("Lærerårsverk"),
      key: "TEACHER_FTE",
      keyYear: w.keyYear,
    }),
  },
  scenarioStepAction: {
    allow: ["sfN"],
    input: async () => {
      const s = await createScenario(w.sfN, {
        budgetId: w.budget2027.id,
        name: unique("Beregning"),
        key: "TEACHER_FTE",
        keyYear: w.keyYear,
      });
      return { id: s.id, version: 1, step: "recompute" };
    },
  },
  // Every Statsforvalter imports key data for the owners of their own county; the preview writes nothing.
  importKeyDataAction: {
    allow: ["sfN", "sfT"],
    writes: false,
    input: async () => ({
      file: new File(["organisasjonsnummer;år;lærerårsverk\n959469059;2026;120,5\n"], "gsi.csv", { type: "text/csv" }),
    }),
  },
  saveAssessmentAction: {
    allow: ["forumN"],
    input: async () => ({
      budgetId: BUDGET_2024,
      networkId: LOFOTEN,
      scores: { LOCAL_NEEDS: 4, COLLECTIVE_PROCESSES: 3, PARTNERSHIP: 5 },
    }),
  },

  // Samarbeidsforum: the Statsforvalter is the secretariat; members declare their own conflicts.
  createMeetingAction: {
    allow: ["sfN"],
    input: async () => ({
      forumId: w.forum.id,
      title: "Ekstra møte",
      date: `${NEXT}-05-05`,
      startTime: "10:00",
      format: "DIGITAL",
    }),
  },
  updateMeetingAction: {
    allow: ["sfN"],
    input: async () => ({
      id: w.meeting.id,
      version: await version("forumMeeting", w.meeting.id),
      title: "Møte i Samarbeidsforum",
      date: `${NEXT}-03-10`,
      startTime: "10:00",
      format: "DIGITAL",
      status: "PLANNED",
    }),
  },
  addAgendaItemAction: {
    allow: ["sfN"],
    input: async () => ({ meetingId: w.meeting.id, startTime: "10:00", title: "Velkommen" }),
  },
  removeAgendaItemAction: {
    allow: ["sfN"],
    input: async () => {
      await addAgendaItem(w.sfN, { meetingId: w.meeting.id, startTime: "11:00", title: unique("Pause") });
      return {
        id: (
          await db.agendaItem.findFirstOrThrow({ where: { meetingId: w.meeting.id }, orderBy: { position: "desc" } })
        ).id,
      };
    },
  },
  createCaseAction: {
    allow: ["sfN"],
    input: async () => ({ meetingId: w.meeting.id, title: "Orientering", kind: "INFORMATION" }),
  },
  updateCaseAction: {
    allow: ["sfN"],
    input: async () => ({
      id: w.forumCase.id,
      version: await version("forumCase", w.forumCase.id),
      title: "Innstilling om tildeling",
      kind: "DECISION",
    }),
  },
  recordCaseDecisionAction: {
    allow: ["sfN"],
    input: async () => {
      const c = await createCase(w.sfN, {
        meetingId: w.meeting.id,
        title: unique("Sak"),
        kind: "DECISION",
        text: null,
        proposal: null,
      });
      return { id: c.id, version: 1, decision: "Samarbeidsforum slutter seg til forslaget." };
    },
  },
  setAttendanceAction: {
    allow: ["sfN"],
    input: async () => ({ meetingId: w.meeting.id, present: [w.forumN.personId] }),
  },
  setOwnConflictAction: {
    allow: ["forumN"],
    input: async () => ({ caseId: w.forumCase.id, conflicted: "on", reason: "Jeg sitter i styret for en av skolene." }),
  },
  addAttachmentAction: { allow: ["sfN"], input: async () => ({ caseId: w.forumCase.id, file: pdf() }) },
  removeAttachmentAction: {
    allow: ["sfN"],
    input: async () => {
      await addAttachment(w.sfN, { caseId: w.forumCase.id, file: pdf() });
      return {
        id: (
          await db.caseAttachment.findFirstOrThrow({
            where: { caseId: w.forumCase.id },
            orderBy: { createdAt: "desc" },
          })
        ).id,
      };
    },
  },

  // Gatherings (samlinger) of Lofoten's own measure: the Statsforvalter and the network's coordinator run them; owners register their people.
  createGatheringAction: {
    allow: ["sfN", "coordN"],
    input: async () => ({ ...gatheringInput(), measureId: w.measure.id }),
  },
  updateGatheringAction: {
    allow: ["sfN", "coordN"],
    input: async () => ({
      ...gatheringInput(),
      id: w.gathering.id,
      version: await version("gathering", w.gathering.id),
    }),
  },
  setGatheringCancelledAction: {
    allow: ["sfN", "coordN"],
    input: async () => ({ id: w.gathering.id, version: await version("gathering", w.gathering.id), cancelled: "on" }),
    reset: async () => void (await db.gathering.update({ where: { id: w.gathering.id }, data: { cancelled: false } })),
  },
  copyGatheringAction: {
    allow: ["sfN", "coordN"],
    input: async () => ({ id: w.gathering.id, networkIds: [LOFOTEN], date: `${NEXT}-05-20` }),
  },
  registerAction: {
    allow: ["ownerN", "coordN", "sfN"],
    input: async () => ({
      gatheringId: w.gathering.id,
      organisationId: VAGAN,
      name: "Per Lærer",
      email: `${unique("per")}@vagan.example`,
      unitName: "Svolvær skole",
    }),
  },
  cancelRegistrationAction: {
    allow: ["ownerN", "coordN", "sfN"],
    input: async () => ({ registrationId: (await registration()).id }),
  },
  // Attendance opens on the gathering's day: these act on one that has been held.
  markAttendanceAction: {
    allow: ["coordN", "sfN"],
    input: async () => ({ registrationId: (await heldRegistration()).id, attendance: "PRESENT" }),
  },
  addWalkInAction: {
    allow: ["coordN", "sfN"],
    input: async () => ({
      gatheringId: w.evaluated.id,
      organisationId: VAGAN,
      name: "Uanmeldt Deltaker",
      email: `${unique("walk")}@vagan.example`,
    }),
  },
  // The evaluation link is the credential: anyone holding it may answer, signed in or not.
  submitEvaluationAction: {
    public: true,
    allow: [...ACTORS],
    input: async () => ({
      token: w.evaluated.evaluationToken,
      scores: { relevance: 5, useful: 4, organisation: 4, collective: 3 },
    }),
  },

  // Measures (tiltak): the Statsforvalter and, for a network's own measure, its coordinator; joint measures only the Statsforvalter.
  createMeasureAction: {
    allow: ["sfN", "coordN"],
    input: async () => ({ name: "Lesing i alle fag", scheme: "DESENTRALISERT", kind: "OWN", ownerNetworkId: LOFOTEN }),
  },
  updateMeasureAction: {
    allow: ["sfN", "coordN"],
    input: async () => ({
      id: w.measure.id,
      version: await version("measure", w.measure.id),
      name: w.measure.name,
      scheme: w.measure.scheme,
    }),
  },
  setParticipationAction: {
    allow: ["sfN"],
    input: async () => {
      const m = await createMeasure(w.sfN, {
        name: unique("Fellestiltak"),
        scheme: "DESENTRALISERT",
        kind: "JOINT",
        countyId: N,
        networkIds: [LOFOTEN],
        goal: null,
        targetGroup: null,
        content: null,
        organisation: null,
        obligations: null,
      } as never);
      return {
        id: m.id,
        version: await version("measure", m.id),
        cohorts: [],
        networks: [{ networkId: LOFOTEN, cohort: "0" }],
      };
    },
  },
  setContributorsAction: {
    allow: ["sfN", "coordN"],
    input: async () => ({
      id: w.measure.id,
      version: await version("measure", w.measure.id),
      contributors: [{ organisationId: MAT }],
    }),
  },
  // Preferences: everyone signed in sets their own language (without a session it lives only in the browser's cookie).
  setLanguageAction: {
    allow: ACTORS.filter((a) => a !== "anon"),
    input: async (who) => ({ language: who === "sfN" ? "nn" : "en" }),
  },
  // People and access: who may grant a role in a scope (lib/access/policy.ts); the renewal of an expired link is public (the link is the credential).
  inviteAction: {
    allow: ["sfN", "orgAdminN", "admin"],
    input: async () => ({
      scopeKind: "organisation",
      scopeId: VAGAN,
      name: "Ny Kontakt",
      email: `${unique("ny")}@vagan.example`,
      roles: ["OWNER"],
    }),
  },
  revokeInvitationAction: {
    allow: ["sfN", "orgAdminN", "admin"],
    input: async () => ({
      id: (
        await invite(w.sfN, {
          scopeKind: "organisation",
          scopeId: VAGAN,
          name: "Trekkes",
          email: `${unique("trekk")}@vagan.example`,
          roles: ["OWNER"],
        })
      ).id,
    }),
  },
  removeBindingAction: {
    allow: ["sfN", "orgAdminN", "admin"],
    input: async () => {
      const p = await f.actor([{ role: "OWNER", organisationId: VAGAN }]);
      return { id: (await db.roleBinding.findFirstOrThrow({ where: { personId: p.personId } })).id };
    },
  },
  requestNewInvitationAction: {
    public: true,
    allow: [...ACTORS],
    input: async () => ({ token: await expiredInvitation() }),
  },

  // Rounds: the county's Statsforvalter.
  createRoundAction: { allow: ["sfN"], input: async () => roundFields(N) },
  updateRoundAction: {
    allow: ["sfN"],
    input: async () => {
      const r = await db.round.findUniqueOrThrow({ where: { id: (await plannedRound()).id } });
      return {
        id: r.id,
        version: 1,
        year: r.year,
        schemes: ["DESENTRALISERT", "REGIONAL"],
        deadlineDate: `${r.year - 1}-12-01`,
        deadlineTime: "15:00",
      };
    },
  },
  stepRoundAction: { allow: ["sfN"], input: async () => ({ id: (await plannedRound()).id, version: 1, step: "open" }) },

  // Organisations: added by the county's Statsforvalter (from the local register); kept by it, the administrator and the organisation's own administrator.
  lookupOrganisationAction: {
    allow: ["sfN", "sfT", "admin"],
    writes: false,
    input: async () => ({ orgNumber: REGISTER_ORG }),
  },
  createOrganisationAction: {
    allow: ["sfN", "admin"],
    input: async () => ({ countyId: N, orgNumber: REGISTER_ORG, kind: "KOMMUNE", writtenStandard: "NYNORSK" }),
    reset: async () => void (await db.organisation.deleteMany({ where: { orgNumber: REGISTER_ORG } })),
  },
  updateOrganisationAction: {
    allow: ["sfN", "orgAdminN", "admin"],
    input: async () => ({
      id: VAGAN,
      version: (await db.organisation.findUniqueOrThrow({ where: { id: VAGAN } })).version,
      writtenStandard: "BOKMAL",
      accountNumber: "",
      email: "",
      phone: "",
    }),
  },
  checkRegisterAction: {
    allow: ["sfN", "admin"],
    input: async () => ({
      id: (
        await db.organisation.upsert({
          where: { orgNumber: REGISTER_ORG },
          update: {},
          create: { name: "Grimstad", kind: "KOMMUNE", countyId: N, orgNumber: REGISTER_ORG },
        })
      ).id,
    }),
    reset: async () => void (await db.organisation.deleteMany({ where: { orgNumber: REGISTER_ORG } })),
  },
  acceptRegisterNameAction: {
    allow: ["sfN", "orgAdminN", "admin"],
    input: async () => ({
      id: VAGAN,
      version: (
        await db.organisation.update({ where: { id: VAGAN }, data: { registerName: "Vågan kommune (nytt navn)" } })
      ).version,
    }),
    reset: async () =>
      void (await db.organisation.update({
        where: { id: VAGAN },
        data: { name: "Vågan kommune", registerName: null },
      })),
  },
  addSubUnitAction: {
    allow: ["sfN", "admin"],
    input: async () => ({
      parentId: (await f.organisation(N, "UH")).id,
      name: unique("Senter for lesing"),
      orgNumber: "",
    }),
  },
  renameSubUnitAction: {
    allow: ["sfN", "admin"],
    input: async () => {
      const inst = await f.organisation(N, "UH");
      return { id: (await f.organisation(N, "UH", inst.id)).id, name: unique("Institutt") };
    },
  },
  importFromRegisterAction: {
    allow: ["sfN", "admin"],
    writes: false,
    input: async () => ({
      countyId: N,
      forms: ["KOMM"],
      file: new File([REGISTER_CSV], "enheter.csv", { type: "text/csv" }),
    }),
  },

  // Networks and their members by year: the county's Statsforvalter and the national administrator.
  createNetworkAction: {
    allow: ["sfN", "admin"],
    input: async () => ({ countyId: N, name: unique("Kompetansenettverk"), shortName: "Nytt", sector: "SCHOOL" }),
  },
  updateNetworkAction: {
    allow: ["sfN", "admin"],
    input: async () => {
      const n = await f.network(N);
      return {
        id: n.id,
        version: 1,
        name: unique("Omdøpt"),
        shortName: "O",
        sector: "UPPER_SECONDARY",
        endedYear: 2030,
      };
    },
  },
  addMembershipAction: {
    allow: ["sfN", "admin"],
    input: async () => ({ networkId: (await f.network(N)).id, side: "MEMBER", organisationId: VAGAN, fromYear: 2030 }),
  },
  endMembershipAction: {
    allow: ["sfN", "admin"],
    input: async () => {
      const n = await f.network(N, [VAGAN]);
      return {
        id: (await db.networkMember.findFirstOrThrow({ where: { networkId: n.id } })).id,
        side: "MEMBER",
        toYear: 2030,
      };
    },
  },

  // Samarbeidsforum's members: the secretariat.
  addForumMemberAction: {
    allow: ["sfN"],
    input: async () => ({
      forumId: w.forum.id,
      name: "Nytt Medlem",
      email: `${unique("medlem")}@example.test`,
      role: "MEMBER",
      represents: "KS",
      termFrom: `${NEXT}-01-01`,
    }),
  },
  updateForumMemberAction: {
    allow: ["sfN"],
    input: async () => {
      const seat = await addForumMember(w.sfN, {
        forumId: w.forum.id,
        name: "Sete",
        email: `${unique("sete")}@example.test`,
        role: "MEMBER",
        represents: "KS",
        termFrom: `${NEXT}-01-01`,
      });
      return {
        id: seat.id,
        version: 1,
        role: "DEPUTY",
        represents: "KS",
        termFrom: `${NEXT}-01-01`,
        termTo: `${NEXT + 1}-12-31`,
      };
    },
  },

  // The directorate's amounts; the national administrator's counties.
  setCountyAllocationAction: {
    allow: ["dir"],
    input: async () => ({
      countyId: N,
      year: 2020 + (++allocations % 80),
      scheme: "DESENTRALISERT",
      amount: "1 000 000",
      version: 0,
    }),
  },
  createCountyAction: {
    allow: ["admin"],
    input: async () => ({ name: unique("Fylke"), code: String(70 + ++n).slice(-2) }),
  },

  setSemesterPlanAction: {
    allow: ["sfN", "coordN"],
    input: async () => {
      const m = await freshMeasure();
      return {
        id: m.id,
        version: await version("measure", m.id),
        semesters: [{ cohort: "0", term: "VAR", year: 2027 }],
      };
    },
  },
};

/** A round of a year no other round has, with the fields a form posts. */
function roundFields(countyId?: string): Input {
  const year = freshYear();
  return {
    ...(countyId ? { countyId } : {}),
    year,
    schemes: ["DESENTRALISERT"],
    deadlineDate: `${year - 1}-11-15`,
    deadlineTime: "12:00",
  };
}
async function plannedRound() {
  const year = freshYear();
  return createRound(w.sfN, {
    countyId: N,
    year,
    schemes: ["DESENTRALISERT"],
    deadlineDate: `${year - 1}-11-15`,
    deadlineTime: "12:00",
    annualDeadline: undefined,
    announcement: null,
    announcementNn: null,
  });
}

/** An invitation from the Statsforvalter that expired yesterday, by its raw token (as the link holds it). */
async function expiredInvitation(): Promise<string> {
  const { token, hash } = newToken();
  await db.invitation.create({
    data: {
      tokenHash: hash,
      email: `${unique("utlopt")}@vagan.example`,
      name: "Utløpt",
      grants: [{ role: "OWNER", organisationId: VAGAN, networkId: null, countyId: null }],
      organisationId: VAGAN,
      invitedById: w.sfN.personId,
      expiresAt: new Date(Date.now() - 86_400_000),
    },
  });
  return token;
}

/** A registration of a Vågan teacher at the open gathering, made by the owner. */
/** A registration for the gathering that has been held (registration there is closed, so written directly). */
async function heldRegistration() {
  return db.registration.create({
    data: {
      gatheringId: w.evaluated.id,
      organisationId: VAGAN,
      name: "Kari Lærer",
      email: `${unique("kari")}@vagan.example`,
      unitName: "Kabelvåg skole",
    },
  });
}

async function registration() {
  const r = await register(actors.ownerN!, {
    gatheringId: w.gathering.id,
    organisationId: VAGAN,
    name: "Kari Lærer",
    email: `${unique("kari")}@vagan.example`,
    unitName: "Kabelvåg skole",
    role: null,
  } as never);
  return r;
}

/** A plain object as a browser posts it: nested names dotted, arrays indexed, lists repeated, booleans as checkboxes. */
function toForm(input: Input): FormData {
  const fd = new FormData();
  const put = (name: string, v: unknown) => {
    if (v === null || v === undefined || v === false) return;
    if (v instanceof File) fd.append(name, v);
    else if (Array.isArray(v))
      v.forEach((x, i) =>
        x !== null && typeof x === "object" && !(x instanceof File) ? put(`${name}.${i}`, x) : put(name, x),
      );
    else if (typeof v === "object") for (const [k, x] of Object.entries(v)) put(name ? `${name}.${k}` : k, x);
    else fd.append(name, v === true ? "on" : String(v));
  };
  put("", input);
  return fd;
}

async function call(action: string, row: Row, who: Who, input: Input): Promise<ActionResult<unknown>> {
  const actor = actors[who];
  if (action in CALLS) return toResult(() => CALLS[action]!(actor, input.id, input.version, input.draft));
  const { schema, work } = FORMS[action]!;
  const run = work as (a: Actor, i: unknown) => Promise<unknown>;
  if (row.public) {
    const parsed = schema.parse(Object.fromEntries(Object.entries(input)));
    return toResult(() => run(actor as Actor, parsed));
  }
  return handleForm(actor, toForm(input), schema, run);
}

const figures = { combinations: 0, allowed: 0, refused: 0, escapes: 0, leaks: 0, writes: 0, audited: 0 };
const escapes: string[] = [];
afterAll(() => {
  console.log(
    `\nAuthorization matrix: ${Object.keys(MATRIX).length} server actions × ${ACTORS.length} actors (${ACTORS.join(", ")}) = ${figures.combinations} combinations tested; allowed as expected ${figures.allowed}; refused as expected ${figures.refused}; escapes ${figures.escapes}; other-county answers other than "not found" ${figures.leaks}; allowed writes with an audit event ${figures.audited} of ${figures.writes}`,
  );
});

let brreg: Awaited<ReturnType<typeof startBrregServer>> | null = null;
afterAll(async () => {
  await brreg?.stop();
});

beforeAll(async () => {
  // Enhetsregisteret is a local server answering from the fixtures (tests/support/brreg-server.mjs).
  brreg = await startBrregServer();
  process.env.BRREG_API_URL = brreg.url;
  await seedDemoData(db);
  const people: Partial<Record<Who, string>> = {
    ownerN: "person-kari-nordvik",
    sfN: "person-jonas-berg",
    uhN: "person-anders-bakkevik",
    ownerN2: "person-lise-mo",
    ownerT: "person-hanne-vik",
    coordT: "person-ola-brattas",
    sfT: "person-marte-lien",
    admin: "person-tor-systad",
    dir: "person-ingrid-haugen",
  };
  for (const [who, id] of Object.entries(people)) actors[who as Who] = await loadActor(id);
  w = await world();
  actors.coordN = await f.actor([{ role: "COORDINATOR", networkId: LOFOTEN }]);
  actors.forumN = w.forumN;
  actors.forumT = w.forumMemberT;
  actors.uhT = await f.actor([{ role: "UH", organisationId: "org-nord-universitet" }]);
  actors.orgAdminN = await f.actor([{ role: "ORG_ADMIN", organisationId: VAGAN }]);
  actors.anon = null;
  for (const who of ACTORS) if (who !== "anon") expect(actors[who], who).not.toBeNull();
}, 120_000);

describe("authorization matrix: every server action × every role × own/other", () => {
  it("has one row for every exported server action", () => {
    const exported = exportedActions();
    expect(exported.filter((a) => !(a in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((a) => !exported.includes(a))).toEqual([]);
  });

  for (const [action, row] of Object.entries(MATRIX)) {
    it(`${action}: only ${row.allow.length === ACTORS.length ? "anyone with the link" : row.allow.join(", ")}`, async () => {
      // The refused first (they must leave everything as it was), then the allowed, each on a fresh target.
      const order = [...ACTORS.filter((a) => !row.allow.includes(a)), ...ACTORS.filter((a) => row.allow.includes(a))];
      const wrong: string[] = [];
      for (const who of order) {
        const input = await row.input(who);
        const before = await db.auditEvent.count();
        const result = await call(action, row, who, input);
        const wrote = (await db.auditEvent.count()) !== before;
        figures.combinations++;
        if (row.allow.includes(who)) {
          if (result.ok) figures.allowed++;
          if (result.ok && row.writes !== false) {
            figures.writes++;
            if (wrote) figures.audited++;
            else wrong.push(`${who} (${DESCRIBED[who]}) wrote without an audit event`);
          }
          if (!result.ok)
            wrong.push(
              `${who} (${DESCRIBED[who]}) was refused: ${result.code} ${JSON.stringify(result.fieldErrors ?? {})}`,
            );
          if (result.ok && row.reset) await row.reset(input);
          continue;
        }
        if (result.ok || wrote) {
          figures.escapes++;
          escapes.push(`${action} by ${who}`);
          wrong.push(
            `ESCAPE: ${who} (${DESCRIBED[who]}) ${result.ok ? "succeeded" : `was refused (${result.code}) but something was written`}`,
          );
          continue;
        }
        figures.refused++;
        const expected =
          who === "anon"
            ? ["UNAUTHENTICATED"]
            : OTHER_COUNTY.includes(who)
              ? ["NOT_FOUND", "INVALID"]
              : ["NOT_FOUND", "FORBIDDEN", "INVALID"];
        if (!expected.includes(result.code)) {
          if (OTHER_COUNTY.includes(who)) figures.leaks++;
          wrong.push(`${who} (${DESCRIBED[who]}) got ${result.code}, expected ${expected.join(" or ")}`);
        }
      }
      expect(wrong).toEqual([]);
    }, 60_000);
  }
});
