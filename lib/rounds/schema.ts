import { z } from "zod";
import { clock, isoDate, optionalText, recordId, versionField } from "@/lib/validation";

export const SCHEMES = ["DESENTRALISERT", "REGIONAL", "KOMPETANSELOFTET"] as const;

const optionalDate = z.preprocess((v) => (v === "" ? undefined : v), isoDate.optional());

const roundFields = z.object({
  year: z.coerce
    .number({ error: "validation.year" })
    .int({ error: "validation.year" })
    .min(2020, { error: "validation.year" })
    .max(2100, { error: "validation.year" }),
  schemes: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(SCHEMES, { error: "validation.badRequest" }))
      .min(1, { error: "validation.schemesRequired" })
      .max(3),
  ),
  deadlineDate: isoDate,
  deadlineTime: clock,
  annualDeadline: optionalDate,
  announcement: optionalText(20_000),
  announcementNn: optionalText(20_000),
});

/** The deadline for needs reports falls in the round's year or the year before; the annual-report deadline after the round's year. */
function checkRound(r: z.infer<typeof roundFields>, ctx: z.RefinementCtx) {
  const deadlineYear = Number(r.deadlineDate.slice(0, 4));
  if (deadlineYear < r.year - 1 || deadlineYear > r.year)
    ctx.addIssue({ code: "custom", path: ["deadlineDate"], message: "validation.roundDeadlineYear" });
  if (r.annualDeadline && Number(r.annualDeadline.slice(0, 4)) <= r.year)
    ctx.addIssue({ code: "custom", path: ["annualDeadline"], message: "validation.annualDeadline" });
}

export const createRoundSchema = roundFields.extend({ countyId: recordId }).superRefine(checkRound);
export const updateRoundSchema = roundFields.extend({ id: recordId, version: versionField }).superRefine(checkRound);
export const roundStepSchema = z.object({
  id: recordId,
  version: versionField,
  step: z.enum(["open", "close", "reopen"], { error: "validation.badRequest" }),
});

export type RoundInput = z.output<typeof roundFields>;
