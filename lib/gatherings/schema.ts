import { z } from "zod";
import {
  checkbox,
  chosenId,
  clock,
  email as emailField,
  idList,
  isoDate,
  optionalHttpUrl,
  optionalText,
  recordId,
  requiredText,
  versionField,
} from "@/lib/validation";

const optionalId = z.preprocess((v) => (v === "" ? undefined : v), recordId.optional());
const optionalCount = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.coerce
    .number({ error: "validation.wholeNumber" })
    .int({ error: "validation.wholeNumber" })
    .min(1, { error: "validation.atLeastOne" })
    .max(10_000, { error: "validation.tooLarge" })
    .optional(),
);

export const FORMATS = ["FYSISK", "DIGITAL"] as const;
export const LENGTHS = ["HELDAG", "HALVDAG"] as const;
export const ASSIGNMENTS = ["OPPDRAG", "MELLOMARBEID", "INTERN_SAMLING"] as const;

const track = z.object({
  trackId: optionalId,
  name: requiredText(100),
  theme: optionalText(1_000),
  capacity: optionalCount,
  facilitatorIds: idList,
  /** other facilitators by name, comma-separated */
  facilitatorNames: optionalText(500),
});

const gatheringFields = z.object({
  number: optionalCount,
  title: requiredText(200),
  semesterId: optionalId,
  networkIds: idList,
  format: z.enum(FORMATS, { error: "validation.choose" }),
  length: z.enum(LENGTHS, { error: "validation.choose" }),
  date: isoDate,
  startTime: clock,
  endTime: clock,
  place: optionalText(300),
  meetingUrl: optionalHttpUrl,
  theme: optionalText(2_000),
  assignmentKind: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(ASSIGNMENTS, { error: "validation.choose" }).optional(),
  ),
  assignmentText: optionalText(5_000),
  capacity: optionalCount,
  registrationDeadline: z.preprocess((v) => (v === "" ? undefined : v), isoDate.optional()),
  tracks: z.array(track).max(12, { error: "validation.tooMany" }).default([]),
  /** The coordinator keeps a date that lies outside the chosen semester (asked only when it does). */
  confirmOutsideSemester: checkbox.default(false),
});

/** A gathering has networks, an end after its start, a place when physical, and a registration deadline no later than the day. */
function checkGathering(g: z.infer<typeof gatheringFields>, ctx: z.RefinementCtx) {
  if (g.networkIds.length === 0)
    ctx.addIssue({ code: "custom", path: ["networkIds"], message: "validation.chooseNetworks" });
  if (g.endTime <= g.startTime)
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "validation.endAfterStart" });
  if (g.format === "FYSISK" && !g.place)
    ctx.addIssue({ code: "custom", path: ["place"], message: "validation.gatheringPlace" });
  if (g.registrationDeadline && g.registrationDeadline > g.date)
    ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: "validation.deadlineBeforeDay" });
}

export const createGatheringSchema = gatheringFields.extend({ measureId: recordId }).superRefine(checkGathering);
export const updateGatheringSchema = gatheringFields
  .extend({ id: recordId, version: versionField })
  .superRefine(checkGathering);
export type GatheringInput = z.infer<typeof gatheringFields>;

/** Copy to other networks of the measure, on another day if given. */
export const copyGatheringSchema = z.object({
  id: recordId,
  networkIds: idList.refine((l) => l.length > 0, { error: "validation.chooseNetworks" }),
  date: z.preprocess((v) => (v === "" ? undefined : v), isoDate.optional()),
});

/** A participant registered by an owner (or by whoever runs the gathering). */
export const registrationSchema = z.object({
  gatheringId: recordId,
  organisationId: chosenId,
  name: requiredText(200),
  email: emailField.refine((v) => v !== "", { error: "validation.required" }),
  unitName: requiredText(200),
  role: optionalText(200),
  trackId: optionalId,
});

/** Someone who came without registering; e-mail may be unknown. */
export const walkInSchema = z.object({
  gatheringId: recordId,
  organisationId: optionalId,
  name: requiredText(200),
  email: emailField,
  unitName: optionalText(200),
  trackId: optionalId,
});

export const attendanceSchema = z.object({
  registrationId: recordId,
  attendance: z.enum(["PRESENT", "ABSENT", "UNKNOWN"], { error: "validation.badRequest" }),
});
export const cancelRegistrationSchema = z.object({ registrationId: recordId });

/** The questions of the evaluation form (1–5) — a few, as the issue asks; the texts are in the message catalogue. */
export const EVALUATION_QUESTIONS = ["relevance", "useful", "organisation", "collective"] as const;
const score = z.coerce
  .number({ error: "validation.score" })
  .int({ error: "validation.score" })
  .min(1, { error: "validation.score" })
  .max(5, { error: "validation.score" });
export const evaluationSchema = z.object({
  token: z.string().min(10).max(64),
  trackId: optionalId,
  // No answer at all posts no scores: each question is then told it needs one.
  scores: z.preprocess(
    (v) => v ?? {},
    z.object(
      { relevance: score, useful: score, organisation: score, collective: score },
      { error: "validation.score" },
    ),
  ),
  comment: optionalText(3_000),
  /** a honeypot field people never see; bots fill it */
  website: z.string().max(0, { error: "validation.badRequest" }).optional(),
});

export const cancelGatheringSchema = z.object({ id: recordId, version: versionField, cancelled: checkbox });
