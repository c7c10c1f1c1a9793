/**
 * The overview's figures as pure functions over flat facts: every chart is a
 * grouping of the same facts (one amount of one kind, for one year, scheme
 * and network), so per network, per scheme and per year always add up to the
 * same totals.
 */
import { sum } from "@/lib/money";
import { attendanceFigures, noShowRate, sumFigures, type AttendanceRow, type Figures } from "@/lib/gatherings/stats";

export const FUND_KINDS = ["frame", "applied", "recommended", "granted", "used"] as const;
export type FundKind = (typeof FUND_KINDS)[number];
export type FundFact = { kind: FundKind; year: number; scheme: string; networkId: string; amount: number };

export type Group = { key: string; label: string };

/** Sums per group and kind; groups in the given order; a group without facts shows zeros. */
export function fundsBy(facts: readonly FundFact[], groups: readonly Group[], keyOf: (f: FundFact) => string) {
  return groups.map((g) => {
    const mine = facts.filter((f) => keyOf(f) === g.key);
    return {
      ...g,
      values: Object.fromEntries(
        FUND_KINDS.map((k) => [k, sum(mine.filter((f) => f.kind === k).map((f) => f.amount))]),
      ) as Record<FundKind, number>,
    };
  });
}

export function fundTotals(facts: readonly FundFact[]): Record<FundKind, number> {
  return Object.fromEntries(
    FUND_KINDS.map((k) => [k, sum(facts.filter((f) => f.kind === k).map((f) => f.amount))]),
  ) as Record<FundKind, number>;
}

export type ParticipationFact = AttendanceRow & { gatheringId: string; measureId: string; networkIds: string[] };

/** Attendance figures per group (network or measure), with the no-show rate over the group's gatherings. */
export function participationBy<F extends ParticipationFact>(
  facts: readonly F[],
  groups: readonly Group[],
  inGroup: (f: F, key: string) => boolean,
) {
  return groups.map((g) => {
    const mine = facts.filter((f) => inGroup(f, g.key));
    const perGathering = new Map<string, F[]>();
    for (const f of mine) perGathering.set(f.gatheringId, [...(perGathering.get(f.gatheringId) ?? []), f]);
    const figures = [...perGathering.values()].map((list) => attendanceFigures(list));
    const totals: Figures = sumFigures(figures);
    return { ...g, gatherings: perGathering.size, figures: totals, noShowRate: noShowRate(figures) };
  });
}

export function countBy<T extends string>(values: readonly T[], order: readonly T[]) {
  return order.map((status) => ({ status, count: values.filter((v) => v === status).length }));
}
