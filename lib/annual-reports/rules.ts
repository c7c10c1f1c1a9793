/**
 * The rules of the annual report as pure functions: the deadline, the
 * owners' co-financing (egenandel), what was granted to each measure, what
 * was left unused, and whether a report is late. Money is whole kroner.
 */
import { osloDateTime } from "@/lib/dates";
import { splitByWeights, sum } from "@/lib/money";
import type { AnnualReportStatus, Scheme } from "@/lib/generated/prisma/enums";

/** The reporting deadline of a round: as set by the Statsforvalter, otherwise 15 January the year after, end of day in Oslo. */
export function annualDeadline(round: { year: number; annualReportDeadline: Date | null }): Date {
  return round.annualReportDeadline ?? osloDateTime(`${round.year + 1}-01-15`, "23:59");
}

/** The reminder before the deadline goes out this many days ahead. */
export const REMINDER_DAYS_BEFORE = 14;

/** Owners co-finance 30 % of the state grant in the decentralised scheme (egenandel), rounded up to whole kroner; the other schemes have none. */
export const CO_FINANCING_PERCENT = 30;
export function requiredCoFinancing(granted: number, scheme: Scheme): number {
  if (scheme !== "DESENTRALISERT") return 0;
  return Math.ceil((granted * CO_FINANCING_PERCENT) / 100);
}

export type LedgerRow = { promised: number; delivered: number };
export function ledgerTotals(rows: readonly LedgerRow[]) {
  return { promised: sum(rows.map((r) => r.promised)), delivered: sum(rows.map((r) => r.delivered)) };
}

/**
 * The grant of one decision split to the report's measures in the budget's
 * scheme: each side's payment split by what each measure applied for on that
 * side (largest remainder, so the parts add up to the payment exactly). A
 * report with one measure gets the whole payment.
 */
export function grantPerMeasure(
  payments: readonly { side: "OWNER" | "UH"; amount: number }[],
  measures: readonly { id: string; ownerAmount: number; uhAmount: number }[],
): Map<string, { owner: number; uh: number; total: number }> {
  const side = (s: "OWNER" | "UH") => sum(payments.filter((p) => p.side === s).map((p) => p.amount));
  const split = (total: number, weights: number[]) =>
    weights.some((w) => w > 0)
      ? splitByWeights(total, weights)
      : splitByWeights(
          total,
          weights.map(() => 1),
        );
  const owner = measures.length
    ? split(
        side("OWNER"),
        measures.map((m) => m.ownerAmount),
      )
    : [];
  const uh = measures.length
    ? split(
        side("UH"),
        measures.map((m) => m.uhAmount),
      )
    : [];
  return new Map(measures.map((m, i) => [m.id, { owner: owner[i]!, uh: uh[i]!, total: owner[i]! + uh[i]! }]));
}

/** Granted minus used, per side and in all; never negative (use above the grant is refused at submit). */
export function unspent(granted: { owner: number; uh: number }, used: { owner: number | null; uh: number | null }) {
  const owner = Math.max(0, granted.owner - (used.owner ?? 0));
  const uh = Math.max(0, granted.uh - (used.uh ?? 0));
  return { owner, uh, total: owner + uh };
}

/** Statuses in which the report has reached the Statsforvalter. */
export const DELIVERED: AnnualReportStatus[] = ["SUBMITTED", "APPROVED"];

/**
 * Where an expected report stands: not started, draft, returned, submitted or
 * approved; `missing` when it has not been delivered and the deadline has
 * passed; `lateDelivery` when it was delivered after the deadline.
 */
export function reportState(
  report: { status: AnnualReportStatus; submittedAt: Date | null } | null,
  deadline: Date,
  now: Date,
) {
  const status = report?.status ?? "NOT_STARTED";
  const delivered = report !== null && DELIVERED.includes(report.status);
  return {
    status,
    delivered,
    missing: !delivered && now > deadline,
    lateDelivery: delivered && report!.submittedAt !== null && report!.submittedAt > deadline,
  } as const;
}

/** Which reminder is due now for an undelivered report, if any. */
export function dueReminder(deadline: Date, now: Date): "BEFORE_DEADLINE" | "AFTER_DEADLINE" | null {
  if (now > deadline) return "AFTER_DEADLINE";
  if (deadline.getTime() - now.getTime() <= REMINDER_DAYS_BEFORE * 24 * 3600 * 1000) return "BEFORE_DEADLINE";
  return null;
}
