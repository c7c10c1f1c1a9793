import { z } from "zod";
import { chosenId, kronerText, optionalText, recordId, versionField } from "@/lib/validation";

const optionalAmount = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  kronerText.optional(),
);

/** The forum's recommendation per network, as one table recorded in a case. A blank amount leaves that network as it is. */
export const recommendationsSchema = z.object({
  budgetId: recordId,
  caseId: chosenId,
  rows: z
    .array(
      z.object({
        networkId: recordId,
        /** 0 when there is no recommendation yet */
        version: z.coerce.number({ error: "validation.badRequest" }).int().min(0).max(2_147_483_647),
        amount: optionalAmount,
        reason: optionalText(2_000),
      }),
    )
    .max(200)
    .refine((rows) => new Set(rows.map((r) => r.networkId)).size === rows.length, { error: "validation.badRequest" }),
});

/** The Statsforvalter's decision on one report: granted (owner part + UH part) or rejected with a reason. */
export const allocationSchema = z
  .object({
    budgetId: recordId,
    reportId: recordId,
    version: versionField,
    outcome: z.enum(["GRANTED", "REJECTED"], { error: "validation.choose" }),
    ownerAmount: optionalAmount,
    uhAmount: optionalAmount,
    reason: optionalText(5_000),
  })
  .superRefine((a, ctx) => {
    if (a.outcome === "REJECTED" && (a.reason?.length ?? 0) < 10)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "validation.rejectReason" });
    if (a.outcome === "GRANTED" && (a.ownerAmount ?? 0) + (a.uhAmount ?? 0) <= 0)
      ctx.addIssue({ code: "custom", path: ["ownerAmount"], message: "validation.grantAmount" });
  });

/** Carry the money left over to a later case of the forum. */
export const carrySchema = z.object({ budgetId: recordId, version: versionField, caseId: chosenId });
