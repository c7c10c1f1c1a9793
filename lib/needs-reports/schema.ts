/**
 * The needs report (behovsmelding) form, docs/domain.md §4, as zod schemas shared
 * by the browser (react-hook-form) and the server actions.
 *
 * - `draftSchema`: what may be saved at any time. Formats are checked where a
 *   value is given (organisation numbers, accounts, e-mail, amounts), nothing
 *   is required, so a half-written draft is never refused.
 * - `submitSchema(context)`: the draft plus every rule that must hold to
 *   submit: required answers, budget lines that add up, semesters in the
 *   round's year, acknowledged warnings.
 * Totals per scheme are computed (lib/needs-reports/totals.ts), never typed.
 */
import { z } from "zod";
import { accountNumber, email, kroner, optionalKroner, orgNumber, phone, text } from "@/lib/validation";

import {
  COORDINATOR_SHARE_LIMIT,
  PURPOSE_VALUES,
  SCHEME_VALUES,
  TERM_VALUES,
  coordinatorAboveLimit,
  sumLines,
} from "@/lib/needs-reports/draft";

// The form's constants and rules that need no zod live in draft.ts (the browser loads zod only when it validates).
export {
  COORDINATOR_SHARE_LIMIT,
  PURPOSE_VALUES,
  SCHEME_VALUES,
  TERM_VALUES,
  coordinatorAboveLimit,
  emptyDraft,
  emptyMeasure,
  sumLines,
  warningsFor,
  type Warning,
} from "@/lib/needs-reports/draft";

const contact = z.object({
  name: text(200),
  role: text(200),
  phone,
  email,
  accountNumber,
  orgNumber,
  paymentMarking: text(500),
});

const budgetLine = z.object({
  title: text(300),
  description: text(5_000),
  amount: kroner,
});

const semester = z.object({ term: z.enum(TERM_VALUES), year: z.number().int().min(2015).max(2100) });

const laterNeed = z.object({
  term: z.enum(TERM_VALUES).nullable(),
  year: z.number().int().min(2015).max(2100),
  ownerAmount: optionalKroner,
  ownerReason: text(5_000),
  uhAmount: optionalKroner,
  uhReason: text(5_000),
});

export const measureSchema = z.object({
  name: text(300),
  scheme: z.enum(SCHEME_VALUES),
  ownerAmount: kroner,
  uhAmount: kroner,
  purposes: z.array(z.enum(PURPOSE_VALUES)),
  anchoringText: text(),
  collectiveText: text(),
  teacherEducationText: text(),
  longTermPlanText: text(),
  longTermPlanPoints: text(500),
  ownerUsageText: text(),
  uhUsageText: text(),
  ownerLines: z.array(budgetLine).max(50),
  uhLines: z.array(budgetLine).max(50),
  coordinatorNeeded: z.boolean().nullable(),
  coordinatorText: text(),
  coordinatorAmount: optionalKroner,
  /** The user has read the warning that coordinator use exceeds 30 %. */
  coordinatorAcknowledged: z.boolean(),
  semesters: z.array(semester).max(20),
  laterNeeds: z.array(laterNeed).max(10),
  targetGroup: text(),
});

const partner = z.object({ name: text(300), contactPerson: text(300), kind: z.enum(["OWNER", "UH"]) });
const unitCount = z
  .number()
  .int({ error: "validation.wholeNumber" })
  .min(0, { error: "validation.notNegative" })
  .max(10_000)
  .nullable();

export const draftSchema = z.object({
  schemes: z.array(z.enum(SCHEME_VALUES)),
  otherOwnerIds: z.array(z.string().min(1)).max(100),
  uhInstitutionId: z.string().min(1).nullable(),
  uhUnitIds: z.array(z.string().min(1)).max(50),
  contacts: z.object({ owner: contact, uh: contact }),
  multipleOwners: z.boolean().nullable(),
  multipleUh: z.boolean().nullable(),
  multipleSchemes: z.boolean().nullable(),
  measures: z.array(measureSchema).max(20),
  partners: z.array(partner).max(100),
  codetermination: z.object({
    discussed: z.boolean().nullable(),
    participants: z.array(z.object({ role: text(300), name: text(300) })).max(50),
    remark: text(),
  }),
  units: z.object({
    kommunaleBarnehager: unitCount,
    privateBarnehager: unitCount,
    offentligeSkoler: unitCount,
    privateSkoler: unitCount,
    ppt: unitCount,
  }),
});

export type NeedsReportDraft = z.infer<typeof draftSchema>;
export type NeedsReportDraftInput = z.input<typeof draftSchema>;
export type MeasureDraft = z.infer<typeof measureSchema>;

/** The submit schemas made so far, one per round year and schemes (made once: zod compiles a schema's parser on its first use). */
const submitSchemas = new Map<string, ReturnType<typeof makeSubmitSchema>>();

/** Everything that must hold to submit, on top of the draft's formats. */
export function submitSchema(context: { roundYear: number; roundSchemes?: readonly string[] }) {
  const key = `${context.roundYear}|${context.roundSchemes?.join(",") ?? "*"}`;
  let schema = submitSchemas.get(key);
  if (!schema) submitSchemas.set(key, (schema = makeSubmitSchema(context)));
  return schema;
}

function makeSubmitSchema(context: { roundYear: number; roundSchemes?: readonly string[] }) {
  return draftSchema.superRefine((d, ctx) => {
    const need = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path, message });
    };
    need(d.schemes.length > 0, ["schemes"], "validation.schemesRequired");
    // Only the schemes the round offers.
    if (context.roundSchemes)
      need(
        d.schemes.every((s) => context.roundSchemes!.includes(s)),
        ["schemes"],
        "validation.schemeNotInRound",
      );
    for (const side of ["owner", "uh"] as const) {
      const c = d.contacts[side];
      need(c.name !== "", ["contacts", side, "name"], "validation.required");
      need(c.phone !== "", ["contacts", side, "phone"], "validation.required");
      need(c.email !== "", ["contacts", side, "email"], "validation.required");
      need(c.accountNumber !== "", ["contacts", side, "accountNumber"], "validation.required");
      need(c.orgNumber !== "", ["contacts", side, "orgNumber"], "validation.required");
    }
    need(d.uhInstitutionId !== null, ["uhInstitutionId"], "validation.required");
    need(d.measures.length > 0, ["measures"], "validation.measuresRequired");
    d.measures.forEach((m, i) => {
      const at = (...p: (string | number)[]) => ["measures", i, ...p];
      need(m.name !== "", at("name"), "validation.required");
      need(d.schemes.includes(m.scheme), at("scheme"), "validation.schemeNotChosen");
      need(m.ownerAmount + m.uhAmount > 0, at("ownerAmount"), "validation.measureAmount");
      need(m.purposes.length > 0, at("purposes"), "validation.purposesRequired");
      need(m.anchoringText !== "", at("anchoringText"), "validation.required");
      need(m.collectiveText !== "", at("collectiveText"), "validation.required");
      need(m.teacherEducationText !== "", at("teacherEducationText"), "validation.required");
      need(m.longTermPlanText !== "" || m.longTermPlanPoints !== "", at("longTermPlanText"), "validation.required");
      need(sumLines(m.ownerLines) === m.ownerAmount, at("ownerLines"), "validation.ownerLinesSum");
      need(sumLines(m.uhLines) === m.uhAmount, at("uhLines"), "validation.uhLinesSum");
      m.ownerLines.forEach((l, j) => need(l.title !== "", at("ownerLines", j, "title"), "validation.required"));
      m.uhLines.forEach((l, j) => need(l.title !== "", at("uhLines", j, "title"), "validation.required"));
      need(m.coordinatorNeeded !== null, at("coordinatorNeeded"), "validation.choose");
      if (m.coordinatorNeeded) need(m.coordinatorText !== "", at("coordinatorText"), "validation.required");
      need(
        !coordinatorAboveLimit(m) || m.coordinatorAcknowledged,
        at("coordinatorAcknowledged"),
        "validation.acknowledgeCoordinator",
      );
      need(
        m.semesters.some((s) => s.year === context.roundYear),
        at("semesters"),
        "validation.semesterInRound",
      );
      need(m.targetGroup !== "", at("targetGroup"), "validation.required");
    });
    need(d.codetermination.discussed !== null, ["codetermination", "discussed"], "validation.choose");
  });
}
