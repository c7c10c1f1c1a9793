import { z } from "zod";
import { checkbox, chosenId, kronerText, optionalText, recordId, requiredText, versionField } from "@/lib/validation";

export const LINE_KINDS = ["UH_DIRECT", "BASE_GRANT", "FORUM_MEETINGS", "JOINT_MEASURES", "OTHER"] as const;
export const SCHEME_VALUES = ["DESENTRALISERT", "REGIONAL", "KOMPETANSELOFTET"] as const;
export const KEY_VALUES = ["TEACHER_FTE", "STAFF_FTE"] as const;

const line = z.object({
  kind: z.enum(LINE_KINDS, { error: "validation.choose" }),
  label: requiredText(200),
  amount: kronerText,
});

/**
 * The budget's lines. The allocated amount is Utdanningsdirektoratet's for the
 * county, scheme and year (lib/directorate), and the remainder for pro-rata
 * distribution is computed, so neither is ever posted.
 */
const budgetFields = z.object({
  lines: z.array(line).max(20, { error: "validation.tooMany" }).default([]),
  note: optionalText(2_000),
});

/** The UH line and the base grant appear at most once each (that the lines fit in the allocated amount is checked against it on the server). */
function checkLines<T extends z.infer<typeof budgetFields>>(b: T, ctx: z.RefinementCtx) {
  for (const kind of ["UH_DIRECT", "BASE_GRANT"] as const) {
    const rows = b.lines.map((l, i) => ({ l, i })).filter(({ l }) => l.kind === kind);
    for (const { i } of rows.slice(1))
      ctx.addIssue({ code: "custom", path: ["lines", i, "kind"], message: "validation.lineKindOnce" });
  }
}

export const createBudgetSchema = budgetFields
  .extend({ roundId: chosenId, scheme: z.enum(SCHEME_VALUES, { error: "validation.choose" }) })
  .superRefine(checkLines);
export const updateBudgetSchema = budgetFields.extend({ id: recordId, version: versionField }).superRefine(checkLines);
export type BudgetInput = z.infer<typeof updateBudgetSchema>;

/** The forum's split of the direct UH line; it must add up to the line and carry a reason (checked against the line on the server). */
export const uhSplitSchema = z.object({
  id: recordId,
  version: versionField,
  reason: z.string().trim().max(2_000, { error: "validation.tooLong" }),
  amounts: z
    .array(z.object({ organisationId: recordId, amount: kronerText }))
    .min(1, { error: "validation.badRequest" }),
});

const optionalKronerText = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  kronerText.optional(),
);

/** A frame scenario: a key and a key year, and optionally other amounts than the budget's. */
export const scenarioSchema = z.object({
  budgetId: recordId,
  name: requiredText(120),
  key: z.enum(KEY_VALUES, { error: "validation.choose" }),
  keyYear: z.coerce
    .number({ error: "validation.year" })
    .int({ error: "validation.year" })
    .min(2000, { error: "validation.year" })
    .max(2100, { error: "validation.year" }),
  baseAmount: optionalKronerText,
  proRataAmount: optionalKronerText,
});

export const scenarioRefSchema = z.object({ id: recordId, version: versionField });

/** The buttons on a scenario: compute again, delete, or mark as decided (which needs the confirmation box). */
export const scenarioStepSchema = scenarioRefSchema
  .extend({ step: z.enum(["recompute", "delete", "decide"], { error: "validation.badRequest" }), confirm: checkbox })
  .refine((v) => v.step !== "decide" || v.confirm, { path: ["confirm"], error: "validation.confirmDecide" });

/** A key-data file: previewed first (nothing written), imported with `confirm` and the preview's digest. */
export const importSchema = z.object({
  file: z
    .instanceof(File, { error: "validation.import.noFile" })
    .refine((f) => f.size > 0, { error: "validation.import.noFile" }),
  confirm: checkbox,
  digest: z.string().max(64).optional(),
});
