/**
 * "Start from an earlier report": last year's draft carried into a new
 * round. Texts, owners, UH and units, contacts, partners, target group,
 * co-determination and measures come along; semesters and later needs move
 * by the years between the rounds; amounts are kept or set to 0 (and the
 * optional ones emptied), as the person chose. Pure, so it is tested alone
 * (tests/unit/needs-report-copy.test.ts).
 */
import type { NeedsReportDraft } from "@/lib/needs-reports/schema";

export type CopyOptions = {
  fromYear: number;
  toYear: number;
  keepAmounts: boolean;
  /** The schemes the new round offers. */
  roundSchemes: readonly string[];
  /** The new report's lead owner, and the network's member owners in the new round's year. */
  leadOwnerId: string;
  memberIds: readonly string[];
  /** The earlier report's lead owner: a partner owner in the new one when someone else leads it now. */
  sourceLeadOwnerId: string;
};

export function draftForNewRound(source: NeedsReportDraft, o: CopyOptions): NeedsReportDraft {
  const shift = o.toYear - o.fromYear;
  const amount = (n: number) => (o.keepAmounts ? n : 0);
  const optional = (n: number | null) => (o.keepAmounts ? n : null);
  const owners = [...new Set([...source.otherOwnerIds, o.sourceLeadOwnerId])].filter(
    (id) => id !== o.leadOwnerId && o.memberIds.includes(id),
  );
  return {
    ...source,
    schemes: source.schemes.filter((s) => o.roundSchemes.includes(s)),
    otherOwnerIds: owners,
    measures: source.measures.map((m) => ({
      ...m,
      ownerAmount: amount(m.ownerAmount),
      uhAmount: amount(m.uhAmount),
      ownerLines: m.ownerLines.map((l) => ({ ...l, amount: amount(l.amount) })),
      uhLines: m.uhLines.map((l) => ({ ...l, amount: amount(l.amount) })),
      coordinatorAmount: optional(m.coordinatorAmount),
      // The warning about coordinator use is read again for the new figures.
      coordinatorAcknowledged: false,
      semesters: m.semesters.map((s) => ({ ...s, year: s.year + shift })),
      laterNeeds: m.laterNeeds.map((n) => ({
        ...n,
        year: n.year + shift,
        ownerAmount: optional(n.ownerAmount),
        uhAmount: optional(n.uhAmount),
      })),
    })),
  };
}
