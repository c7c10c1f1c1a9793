import { z } from "zod";
import { recordId } from "@/lib/validation";

export const returnSchema = z.object({
  reason: z.string().trim().min(10, { error: "validation.returnReason" }).max(5_000, { error: "validation.tooLong" }),
});
export const noteSchema = z.object({
  text: z.string().trim().min(1, { error: "validation.required" }).max(5_000, { error: "validation.tooLong" }),
});
/** Reopen until a date (YYYY-MM-DD), end of that day in Oslo; must be in the future and within 60 days. */
export const reopenSchema = z.object({ until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" }) });

/** The review panel's forms: which step, on which report, with the step's own field. */
export const reviewSchema = z.discriminatedUnion(
  "step",
  [
    z.object({ step: z.literal("startReview"), id: recordId }),
    z.object({ step: z.literal("markReviewed"), id: recordId }),
    returnSchema.extend({ step: z.literal("return"), id: recordId }),
    reopenSchema.extend({ step: z.literal("reopen"), id: recordId }),
    noteSchema.extend({ step: z.literal("note"), id: recordId }),
  ],
  { error: "validation.badRequest" },
);
export type ReviewInput = z.output<typeof reviewSchema>;

/** The owners' request to submit after the deadline. */
export const requestReopenSchema = returnSchema.extend({ id: recordId });

/**
 * "Ny behovsmelding": one radio value "round|network|lead owner"; optionally
 * an earlier report to start from ("" for an empty one) and whether its
 * amounts are kept.
 */
export const createNeedsReportSchema = z
  .object({
    choice: z.string({ error: "validation.choose" }).max(200, { error: "validation.choose" }),
    from: z.string().max(64).optional(),
    amounts: z.enum(["keep", "clear"], { error: "validation.choose" }).optional(),
  })
  .transform(({ choice, from, amounts }) => {
    const [roundId = "", networkId = "", leadOwnerId = ""] = choice.split("|");
    return { roundId, networkId, leadOwnerId, fromReportId: from ? from : null, keepAmounts: amounts !== "clear" };
  })
  .pipe(
    z.object({
      roundId: recordId,
      networkId: recordId,
      leadOwnerId: recordId,
      fromReportId: recordId.nullable(),
      keepAmounts: z.boolean(),
    }),
  );

/** "Trekk tilbake": the report and the version the owner saw (a stale page must not withdraw a newer state). */
export const withdrawSchema = z.object({
  id: recordId,
  expectedVersion: z.coerce.number().int().min(1).max(2_147_483_647),
});
