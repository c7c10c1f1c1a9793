/** Money is whole Norwegian kroner in integers. */

const formatter = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });

/** 1580000 → "1 580 000 kr" (narrow no-break spaces, as nb-NO formats). */
export function formatKroner(amount: number): string {
  assertKroner(amount);
  return `${formatter.format(amount)}\u00a0kr`;
}

export function assertKroner(amount: number): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Beløp må være hele kroner: ${amount}`);
}

export function sum(amounts: readonly number[]): number {
  return amounts.reduce((a, b) => {
    assertKroner(b);
    return a + b;
  }, 0);
}

/**
 * Splits `total` kroner by `weights` so that the parts are whole kroner and add
 * up exactly to `total` (largest remainder method). Ties in the remainder are
 * broken by the larger weight, then by position (earlier first): stable and stated.
 */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  assertKroner(total);
  if (weights.length === 0) return [];
  if (weights.some((w) => !(w >= 0) || !Number.isFinite(w))) throw new RangeError("Vekter må være ikke-negative tall");
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weightSum === 0) throw new RangeError("Summen av vektene er 0");
  const exact = weights.map((w) => (total * w) / weightSum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x), w: weights[i]! }))
    .sort((a, b) => b.rest - a.rest || b.w - a.w || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

/** Equal split in whole kroner that adds up exactly (the first parts get the extra krone). */
export function splitEqually(total: number, count: number): number[] {
  return splitByWeights(total, Array.from({ length: count }, () => 1));
}

/** A form value as kroner for live sums: anything not yet a finite number counts as 0. */
export function kronerOrZero(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
