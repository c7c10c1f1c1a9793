import { z } from "zod";

export const returnSchema = z.object({ reason: z.string().trim().min(10, { error: "validation.returnReason" }).max(5_000, { error: "validation.tooLong" }) });
export const noteSchema = z.object({ text: z.string().trim().min(1, { error: "validation.required" }).max(5_000, { error: "validation.tooLong" }) });
/** Reopen until a date (YYYY-MM-DD), end of that day in Oslo; must be in the future and within 60 days. */
export const reopenSchema = z.object({ until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" }) });
