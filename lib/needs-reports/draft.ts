/**
 * The needs-report form's constants and the rules that need no zod: shared by
 * the form in the browser (which loads zod only when it validates) and by
 * schema.ts, which re-exports them.
 */
import type { MeasureDraft, NeedsReportDraft } from "@/lib/needs-reports/schema";

export const SCHEME_VALUES = ["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"] as const;
export const PURPOSE_VALUES = ["ASSESS_NEEDS", "PLAN", "CARRY_OUT"] as const;
export const TERM_VALUES = ["VAR", "HOST"] as const;

/** The owner may use up to this share of a measure's total for a coordinator (seed 004). */
export const COORDINATOR_SHARE_LIMIT = 0.3;

export const sumLines = (lines: readonly { amount: number }[]) =>
  lines.reduce((a, l) => a + (Number.isFinite(l.amount) ? l.amount : 0), 0);

/** Coordinator use above 30 % of the measure's total: a warning the user must acknowledge before submitting. */
export function coordinatorAboveLimit(
  m: Pick<MeasureDraft, "coordinatorNeeded" | "coordinatorAmount" | "ownerAmount" | "uhAmount">,
): boolean {
  if (!m.coordinatorNeeded || m.coordinatorAmount === null) return false;
  return m.coordinatorAmount > (m.ownerAmount + m.uhAmount) * COORDINATOR_SHARE_LIMIT;
}

export type Warning = { path: string; key: string; blocking: boolean };

/** Warnings shown while writing. A blocking warning must be acknowledged before submitting. */
export function warningsFor(draft: NeedsReportDraft): Warning[] {
  const warnings: Warning[] = [];
  draft.measures.forEach((m, i) => {
    if (coordinatorAboveLimit(m))
      warnings.push({
        path: `measures.${i}.coordinatorAmount`,
        key: "warnings.coordinatorShare",
        blocking: !m.coordinatorAcknowledged,
      });
  });
  if (draft.schemes.includes("KOMPETANSELOFTET")) {
    const u = draft.units;
    const kindergartens = (u.kommunaleBarnehager ?? 0) + (u.privateBarnehager ?? 0);
    const schools = (u.offentligeSkoler ?? 0) + (u.privateSkoler ?? 0);
    if (kindergartens === 0 || schools === 0 || (u.ppt ?? 0) === 0)
      warnings.push({ path: "units", key: "warnings.kompetanseloftetUnits", blocking: false });
  }
  return warnings;
}

/** An empty draft, the starting point of a new report. */
export function emptyDraft(): NeedsReportDraft {
  const contactEmpty = {
    name: "",
    role: "",
    phone: "",
    email: "",
    accountNumber: "",
    orgNumber: "",
    paymentMarking: "",
  };
  return {
    schemes: [],
    otherOwnerIds: [],
    uhInstitutionId: null,
    uhUnitIds: [],
    contacts: { owner: { ...contactEmpty }, uh: { ...contactEmpty } },
    multipleOwners: null,
    multipleUh: null,
    multipleSchemes: null,
    measures: [],
    partners: [],
    codetermination: { discussed: null, participants: [], remark: "" },
    units: {
      kommunaleBarnehager: null,
      privateBarnehager: null,
      offentligeSkoler: null,
      privateSkoler: null,
      ppt: null,
    },
  };
}

export function emptyMeasure(scheme: (typeof SCHEME_VALUES)[number] = "DESENTRALISERT"): MeasureDraft {
  return {
    name: "",
    scheme,
    ownerAmount: 0,
    uhAmount: 0,
    purposes: [],
    anchoringText: "",
    collectiveText: "",
    teacherEducationText: "",
    longTermPlanText: "",
    longTermPlanPoints: "",
    ownerUsageText: "",
    uhUsageText: "",
    ownerLines: [],
    uhLines: [],
    coordinatorNeeded: null,
    coordinatorText: "",
    coordinatorAmount: null,
    coordinatorAcknowledged: false,
    semesters: [],
    laterNeeds: [],
    targetGroup: "",
  };
}
