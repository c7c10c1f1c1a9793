/**
 * The year budget and each network's frame (docs/domain.md §5), as pure functions.
 *
 * - The remainder for pro-rata distribution is the allocated amount minus the
 *   budget lines; it is computed, never typed.
 * - The base grant is split equally; the remainder by a key (teacher FTEs per
 *   network, summed from its owners). Both splits are whole kroner by the
 *   largest remainder method, in exact integer arithmetic, and add up exactly
 *   to the amount split.
 * - Ties: networks are ordered by name (Norwegian collation) before splitting,
 *   so a tie in the remainder goes to the larger key, then to the name first in
 *   alphabetical order. The same input always gives the same frames.
 */
import { byName } from "@/lib/i18n/collate";
import { keyUnits, splitByWeights, sum } from "@/lib/money";

export type BudgetInput = { allocated: number; lines: { kind: string; amount: number }[] };
/** A network and its key (e.g. teacher FTEs, up to four decimals). */
export type NetworkKey = { networkId: string; name: string; key: number };
export type Frame = {
  networkId: string;
  name: string;
  key: number;
  baseShare: number;
  proRataShare: number;
  frame: number;
};
/** What a frame computation splits: the base grant equally, the pro-rata amount by key. */
export type FrameAmounts = { base: number; proRata: number };

export function budgetLineTotal(lines: BudgetInput["lines"], kind: string): number {
  return sum(lines.filter((l) => l.kind === kind).map((l) => l.amount));
}

/** What is left for pro-rata distribution after the fixed lines. */
export function proRataRemainder(budget: BudgetInput): number {
  return budget.allocated - sum(budget.lines.map((l) => l.amount));
}

/** The amounts a budget gives its frames: the base-grant line(s) and the remainder. */
export function frameAmounts(budget: BudgetInput): FrameAmounts {
  return { base: budgetLineTotal(budget.lines, "BASE_GRANT"), proRata: proRataRemainder(budget) };
}

/**
 * Frames for the networks: equal share of the base grant plus a key-weighted
 * share of the pro-rata amount. Networks whose key is 0 get only the base
 * share; if every key is 0 the pro-rata amount is split equally.
 */
export function computeFrames(amounts: FrameAmounts | BudgetInput, networks: readonly NetworkKey[]): Frame[] {
  const { base, proRata } = "allocated" in amounts ? frameAmounts(amounts) : amounts;
  if (networks.length === 0) return [];
  if (proRata < 0) throw new RangeError("Budsjettpostene er større enn tildelt beløp");
  if (base < 0) throw new RangeError("Grunntilskuddet kan ikke være negativt");
  const ordered = byName(networks);
  const baseParts = splitByWeights(
    base,
    ordered.map(() => 1),
  );
  const units = ordered.map((n) => keyUnits(n.key));
  const proRataParts = splitByWeights(proRata, units.some((u) => u > 0) ? units : units.map(() => 1));
  return ordered.map((n, i) => ({
    ...n,
    baseShare: baseParts[i]!,
    proRataShare: proRataParts[i]!,
    frame: baseParts[i]! + proRataParts[i]!,
  }));
}

/** The direct UH line proposed pro rata by the number of networks each UH institution partners. */
export function proposeUhSplit<P extends { organisationId: string; name: string; networkCount: number }>(
  total: number,
  partners: readonly P[],
): (P & { proposed: number })[] {
  const ordered = byName(partners);
  if (ordered.length === 0 || ordered.every((p) => p.networkCount === 0))
    return ordered.map((p) => ({ ...p, proposed: 0 }));
  const parts = splitByWeights(
    total,
    ordered.map((p) => p.networkCount),
  );
  return ordered.map((p, i) => ({ ...p, proposed: parts[i]! }));
}

/** A forum override of the UH split must add up to the line and carry a reason. */
export function checkUhOverride(total: number, decided: readonly number[], reason: string): "ok" | "sum" | "reason" {
  if (sum([...decided]) !== total) return "sum";
  if (reason.trim().length < 10) return "reason";
  return "ok";
}
