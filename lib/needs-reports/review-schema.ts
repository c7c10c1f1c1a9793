import { z } from "zod";

export const returnSchema = z.object({ reason: z.string().trim().min(10, { error: "validation.returnReason" }).max(5_000, { error: "validation.tooLong" }) });
export const noteSchema = z.object({ text: z.string().trim().min(1, { error: "validation.required" }).max(5_000, { error: "validation.tooLong" }) });
/** Reopen until a date (YYYY-MM-DD), end of that day in Oslo; must be in the future and within 60 days. */
export const reopenSchema = z.object({ until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" }) });

const amount = z.preprocess(
  (v) => (typeof v === "string" ? (v.replace(/[\s\u00a0\u202f.]/g, "") === "" ? undefined : Number(v.replace(/[\s\u00a0\u202f.]/g, ""))) : v),
  z.number({ error: "validation.amount" }).int({ error: "validation.wholeKroner" }).min(0, { error: "validation.notNegative" }).max(1_000_000_000, { error: "validation.tooLarge" }),
);

/** Samarbeidsforum's recommendation (innstilling) for the report, as recorded by the secretariat. */
export const recommendSchema = z.object({ amount, comment: z.string().trim().max(2_000, { error: "validation.tooLong" }) });

/** The Statsforvalter's decision on the report. */
export const decideSchema = z.object({
  outcome: z.enum(["GRANTED", "REJECTED"], { error: "validation.choose" }),
  amount,
  reason: z.string().trim().max(5_000, { error: "validation.tooLong" }),
});
