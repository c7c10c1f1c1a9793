import { z } from "zod";
import { PLACEHOLDER } from "@/lib/forum/proposal";
import {
  checkbox,
  chosenId,
  clock,
  isoDate,
  optionalHttpUrl,
  optionalText,
  recordId,
  requiredText,
  versionField,
} from "@/lib/validation";

export const CASE_KINDS = ["DECISION", "INPUT", "INFORMATION", "DECISION_AND_INPUT"] as const;
export const MEETING_STATUSES = ["PLANNED", "HELD", "MINUTES_APPROVED"] as const;
/** The statuses the secretariat sets; the minutes are approved by the members (approveMinutes). */
export const EDITABLE_MEETING_STATUSES = ["PLANNED", "HELD"] as const;

const optionalClock = z.preprocess((v) => (v === "" ? undefined : v), clock.optional());

const meetingFields = z.object({
  title: requiredText(200),
  date: isoDate,
  startTime: clock,
  endTime: optionalClock,
  format: z.enum(["FYSISK", "DIGITAL"], { error: "validation.choose" }),
  place: optionalText(300),
  meetingUrl: optionalHttpUrl,
});

/** A place for a physical meeting; a link or a place for a digital one; the end after the start. */
function checkMeeting(m: z.infer<typeof meetingFields>, ctx: z.RefinementCtx) {
  if (m.format === "FYSISK" && !m.place)
    ctx.addIssue({ code: "custom", path: ["place"], message: "validation.meetingPlace" });
  if (m.endTime && m.endTime <= m.startTime)
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "validation.endAfterStart" });
}

export const createMeetingSchema = meetingFields.extend({ forumId: chosenId }).superRefine(checkMeeting);
export const updateMeetingSchema = meetingFields
  .extend({
    id: recordId,
    version: versionField,
    status: z.enum(EDITABLE_MEETING_STATUSES, { error: "validation.choose" }),
  })
  .superRefine(checkMeeting);

/** An agenda line: a time (and end time) and either a case of the meeting or a text (Velkommen!, Lunsj). */
export const agendaItemSchema = z
  .object({
    meetingId: recordId,
    startTime: clock,
    endTime: optionalClock,
    caseId: z.preprocess((v) => (v === "" ? undefined : v), recordId.optional()),
    title: optionalText(300),
  })
  .superRefine((a, ctx) => {
    if (!a.caseId && !a.title) ctx.addIssue({ code: "custom", path: ["title"], message: "validation.agendaTitle" });
    if (a.endTime && a.endTime <= a.startTime)
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "validation.endAfterStart" });
  });

export const refSchema = z.object({ id: recordId });

/** No template placeholder ("XXXXXXX kroner") in what the forum decides: the total is written {sum} and computed (lib/forum/proposal.ts). */
const noPlaceholder = <T extends z.ZodType<string | null | undefined>>(field: T) =>
  field.refine((v) => !v || !PLACEHOLDER.test(v), { error: "validation.placeholder" });

const caseFields = z.object({
  title: requiredText(300),
  kind: z.enum(CASE_KINDS, { error: "validation.choose" }),
  text: noPlaceholder(optionalText(50_000)),
  proposal: noPlaceholder(optionalText(20_000)),
});
export const createCaseSchema = caseFields.extend({ meetingId: recordId });
export const updateCaseSchema = caseFields.extend({ id: recordId, version: versionField });
/** The decision as made (vedtak), recorded by the secretariat. */
export const decisionSchema = z.object({
  id: recordId,
  version: versionField,
  decision: noPlaceholder(requiredText(20_000)),
});

/** Attendance: the members present (a checkbox per member). */
export const attendanceSchema = z.object({
  meetingId: recordId,
  present: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(recordId).max(200)),
});

/** A member's own declaration of a conflict of interest on a case, or its withdrawal. */
export const conflictSchema = z
  .object({ caseId: recordId, conflicted: checkbox, reason: optionalText(1_000) })
  .refine((c) => !c.conflicted || (c.reason?.length ?? 0) >= 5, {
    path: ["reason"],
    error: "validation.conflictReason",
  });

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const attachmentSchema = z.object({
  caseId: recordId,
  file: z
    .instanceof(File, { error: "validation.attachment.noFile" })
    .refine((f) => f.size > 0, { error: "validation.attachment.noFile" })
    .refine((f) => f.size <= MAX_ATTACHMENT_BYTES, { error: "validation.attachment.tooLarge" }),
});

export const FORUM_ROLES = ["LEADER", "MEMBER", "DEPUTY", "OBSERVER", "SECRETARIAT"] as const;

const optionalDate = z.preprocess((v) => (v === "" ? undefined : v), isoDate.optional());
const seatFields = z.object({
  role: z.enum(FORUM_ROLES, { error: "validation.choose" }),
  organisationId: z.preprocess((v) => (v === "" ? undefined : v), recordId.optional()),
  represents: requiredText(200),
  termFrom: isoDate,
  termTo: optionalDate,
});
const checkTerm = (s: z.infer<typeof seatFields>, ctx: z.RefinementCtx) => {
  if (s.termTo && s.termTo < s.termFrom)
    ctx.addIssue({ code: "custom", path: ["termTo"], message: "validation.termEndBeforeStart" });
};

/** A seat in the forum for a person (found by e-mail, or made and invited to sign in). */
export const addForumMemberSchema = seatFields
  .extend({
    forumId: recordId,
    name: requiredText(200),
    email: z
      .string({ error: "validation.required" })
      .trim()
      .toLowerCase()
      .min(1, { error: "validation.required" })
      .max(254, { error: "validation.tooLong" })
      .pipe(z.email({ error: "validation.email" })),
  })
  .superRefine(checkTerm);
export const updateForumMemberSchema = seatFields
  .extend({ id: recordId, version: versionField })
  .superRefine(checkTerm);

export const approveMinutesSchema = z.object({ meetingId: recordId });
export const minutesRuleSchema = z.object({
  forumId: recordId,
  rule: z.enum(["LEADER", "TWO_MEMBERS"], { error: "validation.choose" }),
});
