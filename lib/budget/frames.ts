/**
 * The year budget and each network's frame (DOMAIN.md §5), as pure functions.
 *
 * - The remainder for pro-rata distribution is the allocated amount minus the
 *   budget lines; it is computed, never typed.
 * - The base grant is split equally; the remainder by a key (teacher FTEs per
 *   network, summed from its owners). Both splits are whole kroner by the
 *   largest remainder method and add up exactly to the amount split.
 * - Ties: networks are ordered by name (Norwegian collation) before splitting,
 *   so a tie in the remainder goes to the larger key, then to the name first in
 *   alphabetical order. The same input always gives the same frames.
 */
import { splitByWeights, sum } from "@/lib/money";

export type BudgetInput = { allocated: number; lines: { kind: string; amount: number }[] };
export type NetworkKey = { networkId: string; name: string; key: number };
export type Frame = { networkId: string; name: string; key: number; baseShare: number; proRataShare: number; frame: number };

export function budgetLineTotal(lines: BudgetInput["lines"], kind: string): number {
  return sum(lines.filter((l) => l.kind === kind).map((l) => l.amount));
}

/** What is left for pro-rata distribution after the fixed lines. */
export function proRataRemainder(budget: BudgetInput): number {
  return budget.allocated - sum(budget.lines.map((l) => l.amount));
}

const byName = <T extends { name: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.name.localeCompare(b.name, "nb"));

/** Frames for the networks: equal share of the base grant plus a key-weighted share of the remainder. */
export function computeFrames(budget: BudgetInput, networks: readonly NetworkKey[]): Frame[] {
  if (networks.length === 0) return [];
  const ordered = byName(networks);
  const base = splitByWeights(budgetLineTotal(budget.lines, "BASE_GRANT"), ordered.map(() => 1));
  const remainder = proRataRemainder(budget);
  if (remainder < 0) throw new RangeError("Budsjettpostene er større enn tildelt beløp");
  const proRata = splitByWeights(remainder, ordered.map((n) => n.key));
  return ordered.map((n, i) => ({ ...n, baseShare: base[i]!, proRataShare: proRata[i]!, frame: base[i]! + proRata[i]! }));
}

/** The direct UH line proposed pro rata by the number of networks each UH institution partners. */
export function proposeUhSplit(total: number, partners: readonly { organisationId: string; name: string; networkCount: number }[]) {
  const ordered = byName(partners);
  const parts = splitByWeights(total, ordered.map((p) => p.networkCount));
  return ordered.map((p, i) => ({ ...p, proposed: parts[i]! }));
}

/** A forum override of the UH split must add up to the line and carry a reason. */
export function checkUhOverride(total: number, decided: readonly number[], reason: string): "ok" | "sum" | "reason" {
  if (sum([...decided]) !== total) return "sum";
  if (reason.trim().length < 5) return "reason";
  return "ok";
}
