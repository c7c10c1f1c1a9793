import type { Scheme } from "@/lib/generated/prisma/enums";

export const SCHEMES: Scheme[] = ["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"];

export type Split = { owner: number; uh: number; total: number };
export type ReportTotals = { byScheme: Record<Scheme, Split>; total: Split };

/** The form's table "Total sum det meldes behov for": computed from the measures, never typed. */
export function reportTotals(
  measures: readonly { scheme: Scheme; ownerAmount: number; uhAmount: number }[],
): ReportTotals {
  const byScheme = Object.fromEntries(SCHEMES.map((s) => [s, { owner: 0, uh: 0, total: 0 }])) as Record<Scheme, Split>;
  const total: Split = { owner: 0, uh: 0, total: 0 };
  for (const m of measures) {
    const row = byScheme[m.scheme];
    row.owner += m.ownerAmount;
    row.uh += m.uhAmount;
    row.total += m.ownerAmount + m.uhAmount;
    total.owner += m.ownerAmount;
    total.uh += m.uhAmount;
    total.total += m.ownerAmount + m.uhAmount;
  }
  return { byScheme, total };
}
