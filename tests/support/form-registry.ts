/**
 * Every server action, as the table the trust tests walk: the form
 * actions with the schema and mutation their action runs (the same objects:
 * the actions import them from the capability's schema and mutations), and
 * the two actions called with arguments. A test that walks the table first
 * checks it against the exported actions in lib/<capability>/actions.ts, so a
 * new action without an entry fails.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { allocationSchema, carrySchema, recommendationsSchema } from "@/lib/allocations/schema";
import { carryLeftover, decideAllocation, recordRecommendations } from "@/lib/allocations/mutations";
import {
  annualReportSchema,
  approveSchema,
  deadlineSchema,
  remindSchema,
  returnSchema,
  startSchema,
  submitSchema,
} from "@/lib/annual-reports/schema";
import {
  approveAnnualReport,
  returnAnnualReport,
  saveAnnualReport,
  sendAnnualReportReminders,
  setAnnualDeadline,
  startAnnualReport,
  submitAnnualReport,
} from "@/lib/annual-reports/mutations";
import {
  createBudgetSchema,
  importSchema,
  scenarioSchema,
  scenarioStepSchema,
  uhSplitSchema,
  updateBudgetSchema,
} from "@/lib/budget/schema";
import {
  createBudget,
  createScenario,
  importKeyData,
  scenarioStep,
  setUhSplit,
  updateBudget,
} from "@/lib/budget/mutations";
import { assessmentSchema } from "@/lib/criteria/schema";
import { saveAssessment } from "@/lib/criteria/mutations";
import {
  agendaItemSchema,
  attachmentSchema,
  attendanceSchema as meetingAttendanceSchema,
  conflictSchema,
  createCaseSchema,
  createMeetingSchema,
  decisionSchema,
  refSchema,
  updateCaseSchema,
  updateMeetingSchema,
} from "@/lib/forum/schema";
import {
  addAgendaItem,
  addAttachment,
  createCase,
  createMeeting,
  recordCaseDecision,
  removeAgendaItem,
  removeAttachment,
  setAttendance,
  setOwnConflict,
  updateCase,
  updateMeeting,
} from "@/lib/forum/mutations";
import {
  attendanceSchema,
  cancelGatheringSchema,
  cancelRegistrationSchema,
  copyGatheringSchema,
  createGatheringSchema,
  evaluationSchema,
  registrationSchema,
  updateGatheringSchema,
  walkInSchema,
} from "@/lib/gatherings/schema";
import {
  addWalkIn,
  cancelRegistration,
  copyGathering,
  createGathering,
  markAttendance,
  register,
  setGatheringCancelled,
  submitEvaluation,
  updateGathering,
} from "@/lib/gatherings/mutations";
import {
  contributorsSchema,
  createMeasureSchema,
  participationSchema,
  semesterPlanSchema,
  updateMeasureSchema,
} from "@/lib/measures/schema";
import {
  createMeasure,
  setContributors,
  setParticipation,
  setSemesterPlan,
  updateMeasure,
} from "@/lib/measures/mutations";
import {
  createNeedsReportSchema,
  requestReopenSchema,
  reviewSchema,
  withdrawSchema,
} from "@/lib/needs-reports/review-schema";
import {
  createNeedsReport,
  requestReopen,
  saveNeedsReportDraft,
  submitNeedsReport,
  withdrawNeedsReport,
} from "@/lib/needs-reports/mutations";
import { reviewNeedsReport } from "@/lib/needs-reports/review";
import { bindingRefSchema, inviteSchema, tokenSchema } from "@/lib/access/schema";
import { invite, removeBinding, requestNewInvitation, revokeInvitation } from "@/lib/access/mutations";
import { createRoundSchema, roundStepSchema, updateRoundSchema } from "@/lib/rounds/schema";
import { createRound, stepRound, updateRound } from "@/lib/rounds/mutations";
import {
  acceptNameSchema,
  createOrganisationSchema,
  lookupSchema,
  organisationRefSchema,
  registerImportSchema,
  renameUnitSchema,
  subUnitSchema,
  updateOrganisationSchema,
} from "@/lib/organisations/schema";
import {
  acceptRegisterName,
  addSubUnit,
  checkRegister,
  createOrganisation,
  lookupOrganisation,
  renameSubUnit,
  updateOrganisation,
} from "@/lib/organisations/mutations";
import { importFromRegister } from "@/lib/organisations/register-import";
import {
  addMembershipSchema,
  createNetworkSchema,
  endMembershipSchema,
  updateNetworkSchema,
} from "@/lib/networks/schema";
import { addMembership, createNetwork, endMembership, updateNetwork } from "@/lib/networks/mutations";
import {
  addForumMemberSchema,
  approveMinutesSchema,
  minutesRuleSchema,
  updateForumMemberSchema,
} from "@/lib/forum/schema";
import { approveMinutes, setMinutesRule } from "@/lib/forum/mutations";
import {
  acceptSchema,
  appealBodySchema,
  appealDecisionSchema,
  appealSchema,
  archiveNumbersSchema,
  letterSchema,
  sendSchema,
} from "@/lib/decision-letters/schema";
import {
  acceptLetter,
  decideAppeal,
  fileAppeal,
  recordArchiveNumbers,
  sendLetter,
  setAppealBody,
  updateLetterDraft,
} from "@/lib/decision-letters/mutations";
import { addForumMember, updateForumMember } from "@/lib/forum/members";
import { countyAllocationSchema } from "@/lib/directorate/schema";
import { setCountyAllocation } from "@/lib/directorate/mutations";
import { createCountySchema } from "@/lib/counties/schema";
import { createCounty } from "@/lib/counties/mutations";
import { languageSchema } from "@/lib/preferences/schema";
import { setOwnLanguage } from "@/lib/preferences/mutations";

export type Work = (a: Actor, input: never) => Promise<unknown>;
const form = <S extends z.ZodType>(schema: S, work: (a: Actor, input: z.output<S>) => Promise<unknown>) => ({
  schema,
  work: work as Work,
});

/** The form actions: name → the schema and mutation the action runs. */
export const FORMS: Record<string, { schema: z.ZodType; work: Work }> = {
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
  submitEvaluationAction: form(evaluationSchema, (_a, i) => submitEvaluation(i, null)),
  createMeasureAction: form(createMeasureSchema, createMeasure),
  updateMeasureAction: form(updateMeasureSchema, updateMeasure),
  setParticipationAction: form(participationSchema, setParticipation),
  setContributorsAction: form(contributorsSchema, setContributors),
  setSemesterPlanAction: form(semesterPlanSchema, setSemesterPlan),
  scenarioStepAction: form(scenarioStepSchema, scenarioStep),
  importKeyDataAction: form(importSchema, importKeyData),
  createNeedsReportAction: form(createNeedsReportSchema, createNeedsReport),
  reviewNeedsReportAction: form(reviewSchema, reviewNeedsReport),
  requestReopenAction: form(requestReopenSchema, (a, i) => requestReopen(a, i.id, i.reason)),
  withdrawNeedsReportAction: form(withdrawSchema, (a, i) => withdrawNeedsReport(a, i.id, i.expectedVersion)),
  setLanguageAction: form(languageSchema, setOwnLanguage),
  inviteAction: form(inviteSchema, invite),
  revokeInvitationAction: form(bindingRefSchema, (a, i) => revokeInvitation(a, i)),
  removeBindingAction: form(bindingRefSchema, (a, i) => removeBinding(a, i)),
  requestNewInvitationAction: form(tokenSchema, (_a, i) => requestNewInvitation(i)),
  createRoundAction: form(createRoundSchema, createRound),
  updateRoundAction: form(updateRoundSchema, updateRound),
  stepRoundAction: form(roundStepSchema, (a, i) => stepRound(a, i)),
  lookupOrganisationAction: form(lookupSchema, lookupOrganisation),
  createOrganisationAction: form(createOrganisationSchema, (a, i) => createOrganisation(a, i)),
  updateOrganisationAction: form(updateOrganisationSchema, updateOrganisation),
  checkRegisterAction: form(organisationRefSchema, (a, i) => checkRegister(a, i)),
  acceptRegisterNameAction: form(acceptNameSchema, acceptRegisterName),
  addSubUnitAction: form(subUnitSchema, addSubUnit),
  renameSubUnitAction: form(renameUnitSchema, renameSubUnit),
  importFromRegisterAction: form(registerImportSchema, importFromRegister),
  createNetworkAction: form(createNetworkSchema, createNetwork),
  updateNetworkAction: form(updateNetworkSchema, updateNetwork),
  addMembershipAction: form(addMembershipSchema, addMembership),
  endMembershipAction: form(endMembershipSchema, endMembership),
  addForumMemberAction: form(addForumMemberSchema, (a, i) => addForumMember(a, i)),
  updateForumMemberAction: form(updateForumMemberSchema, updateForumMember),
  setCountyAllocationAction: form(countyAllocationSchema, setCountyAllocation),
  createCountyAction: form(createCountySchema, createCounty),
  saveLetterAction: form(letterSchema, updateLetterDraft),
  sendLetterAction: form(sendSchema, (a, i) => sendLetter(a, i)),
  acceptLetterAction: form(acceptSchema, (a, i) => acceptLetter(a, i)),
  fileAppealAction: form(appealSchema, (a, i) => fileAppeal(a, i)),
  decideAppealAction: form(appealDecisionSchema, (a, i) => decideAppeal(a, i)),
  archiveNumbersAction: form(archiveNumbersSchema, recordArchiveNumbers),
  approveMinutesAction: form(approveMinutesSchema, (a, i) => approveMinutes(a, i)),
  setMinutesRuleAction: form(minutesRuleSchema, setMinutesRule),
  setAppealBodyAction: form(appealBodySchema, setAppealBody),
};

/** The actions called with arguments (the needs-report form's save and submit): name → the mutation with the same arguments. */
export const CALLS: Record<
  string,
  (a: Actor | null, id: unknown, version: unknown, draft?: unknown) => Promise<unknown>
> = {
  saveNeedsReportDraftAction: (a, id, version, draft) =>
    saveNeedsReportDraft(signedIn(a), id as string, version as number, draft),
  submitNeedsReportAction: (a, id, version) => submitNeedsReport(signedIn(a), id as string, version as number),
};

/** As the actions do first: no session, no call (UNAUTHENTICATED, so the form keeps its input). */
function signedIn(a: Actor | null): Actor {
  if (!a) throw new AppError("UNAUTHENTICATED");
  return a;
}

/** The names of the server actions exported by lib/<capability>/actions.ts (read from the sources: importing "use server" modules would start next-auth outside Next). Sign-in and sign-out (lib/auth) are not in the table: they act on the session, not on records. */
export function exportedActions(): string[] {
  const files = readdirSync("lib")
    .map((d) => `lib/${d}/actions.ts`)
    .filter((f) => existsSync(f) && !f.startsWith("lib/auth/"));
  return files.flatMap((f) =>
    [...readFileSync(f, "utf8").matchAll(/^export async function (\w+)/gm)].map((m) => m[1]!),
  );
}
