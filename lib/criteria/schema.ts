import { z } from "zod";
import { optionalText, recordId } from "@/lib/validation";

const score = z.coerce
  .number({ error: "validation.score" })
  .int({ error: "validation.score" })
  .min(1, { error: "validation.score" })
  .max(5, { error: "validation.score" });

/** One member's assessment of one network: a score 1–5 and an optional comment per criterion. */
export const assessmentSchema = z.object({
  budgetId: recordId,
  networkId: recordId,
  // No score at all posts no scores: each criterion is then told it needs one.
  scores: z.preprocess(
    (v) => v ?? {},
    z.object({ LOCAL_NEEDS: score, COLLECTIVE_PROCESSES: score, PARTNERSHIP: score }, { error: "validation.score" }),
  ),
  comments: z
    .object({
      LOCAL_NEEDS: optionalText(2_000),
      COLLECTIVE_PROCESSES: optionalText(2_000),
      PARTNERSHIP: optionalText(2_000),
    })
    .partial()
    .default({}),
});
export type AssessmentInput = z.infer<typeof assessmentSchema>;
