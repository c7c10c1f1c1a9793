/**
 * The annual-report form (zod), shared by the form and the server. A draft is
 * saved with whatever is filled in (types and lengths checked); completeness
 * is checked at submit by `submitIssues`.
 */
import { z } from "zod";
import { isoDate, kronerText, optionalText, recordId, versionField } from "@/lib/validation";

export const CO_FINANCING_KINDS = ["MONEY", "SALARY", "RELEASE_TIME"] as const;

const optionalKronerText = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  kronerText.nullable(),
);

export const coFinancingRow = z.object({
  kind: z.enum(CO_FINANCING_KINDS, { error: "validation.choose" }),
  description: z.string().trim().min(1, { error: "validation.required" }).max(500, { error: "validation.tooLong" }),
  promised: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? "0" : v), kronerText),
  delivered: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? "0" : v), kronerText),
});

export const annualReportSchema = z.object({
  id: recordId,
  version: versionField,
  usedOwner: optionalKronerText,
  usedUh: optionalKronerText,
  unspentPlan: optionalText(5_000),
  overspendReason: optionalText(5_000),
  activities: optionalText(10_000),
  uhContribution: optionalText(10_000),
  evaluation: optionalText(10_000),
  criterionLocalNeeds: optionalText(5_000),
  criterionCollective: optionalText(5_000),
  criterionPartnership: optionalText(5_000),
  planOnward: optionalText(10_000),
  coFinancing: z.array(coFinancingRow).max(30, { error: "validation.tooMany" }).default([]),
});
export type AnnualReportInput = z.output<typeof annualReportSchema>;

export const startSchema = z.object({
  reportMeasureId: recordId,
  year: z.coerce.number({ error: "validation.badRequest" }).int().min(2000).max(2100),
});
export const submitSchema = z.object({ id: recordId, version: versionField });
export const returnSchema = z.object({
  id: recordId,
  version: versionField,
  reason: z
    .string({ error: "validation.returnReason" })
    .trim()
    .min(10, { error: "validation.returnReason" })
    .max(5_000, { error: "validation.tooLong" }),
});
export const approveSchema = submitSchema;
export const deadlineSchema = z.object({ roundId: recordId, version: versionField, deadline: isoDate });
export const remindSchema = z.object({ countyId: recordId });

/** Fields a submitted report must have, in form order. */
export const REQUIRED_AT_SUBMIT = [
  "usedOwner",
  "usedUh",
  "activities",
  "evaluation",
  "criterionLocalNeeds",
  "criterionCollective",
  "criterionPartnership",
  "planOnward",
] as const;

export type SubmitIssue = { field: string; message: string };

/** Kroner used above the grant, per side (0 where within it or not answered). */
export function overspend(
  values: { usedOwner: string | number | null; usedUh: string | number | null },
  granted: { owner: number; uh: number },
) {
  const above = (used: string | number | null, grant: number) =>
    typeof used === "number" && used > grant ? used - grant : 0;
  return { owner: above(values.usedOwner, granted.owner), uh: above(values.usedUh, granted.uh) };
}
const overspent = (values: Parameters<typeof overspend>[0], granted: { owner: number; uh: number }) => {
  const o = overspend(values, granted);
  return o.owner + o.uh > 0;
};

/**
 * What stops a submission, as message keys by field: required answers, used
 * above granted, a plan for unspent money, and a co-financing ledger where the
 * scheme requires one. Pure, so the read view can list the issues before the
 * user presses submit.
 */
export function submitIssues(r: {
  values: Record<(typeof REQUIRED_AT_SUBMIT)[number], string | number | null> & {
    unspentPlan: string | null;
    overspendReason: string | null;
  };
  granted: { owner: number; uh: number };
  requiredCoFinancing: number;
  ledgerRows: number;
}): SubmitIssue[] {
  const issues: SubmitIssue[] = [];
  for (const f of REQUIRED_AT_SUBMIT) {
    const v = r.values[f];
    if (v === null || v === "") issues.push({ field: f, message: "validation.required" });
  }
  // More used than granted is allowed when it is explained (the Statsforvalter then decides); without a reason it stops the submission.
  if (overspent(r.values, r.granted) && !r.values.overspendReason)
    issues.push({ field: "overspendReason", message: "validation.overspendReason" });
  const used =
    (typeof r.values.usedOwner === "number" ? r.values.usedOwner : r.granted.owner) +
    (typeof r.values.usedUh === "number" ? r.values.usedUh : r.granted.uh);
  if (used < r.granted.owner + r.granted.uh && !r.values.unspentPlan)
    issues.push({ field: "unspentPlan", message: "validation.unspentPlan" });
  if (r.requiredCoFinancing > 0 && r.ledgerRows === 0)
    issues.push({ field: "coFinancing", message: "validation.coFinancingRequired" });
  return issues;
}
