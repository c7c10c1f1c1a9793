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
 * up exactly to `total` (largest remainder method). The arithmetic is exact
 * (integers, BigInt), so equal remainders are really equal: ties go to the
 * larger weight, then to the earlier position — stable and stated. Weights are
 * whole numbers (scale decimal keys first, see `keyUnits`).
 */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  assertKroner(total);
  if (total < 0) throw new RangeError("Beløpet som fordeles kan ikke være negativt");
  if (weights.length === 0) return [];
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new RangeError("Vekter må være hele, ikke-negative tall");
  const weightSum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (weightSum === 0n) throw new RangeError("Summen av vektene er 0");
  const t = BigInt(total);
  const floors = weights.map((w) => (t * BigInt(w)) / weightSum);
  const rests = weights.map((w) => (t * BigInt(w)) % weightSum);
  let left = t - floors.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, i) => ({ i, w, rest: rests[i]! }))
    .sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : 0) || b.w - a.w || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0n) break;
    floors[i]! += 1n;
    left -= 1n;
  }
  return floors.map(Number);
}

/** A decimal key (e.g. 2053.0841 FTE) as whole ten-thousandths, so keys split exactly. */
export function keyUnits(value: number | string): number {
  const units = Math.round(Number(value) * 10_000);
  if (!Number.isSafeInteger(units) || units < 0) throw new RangeError(`Ugyldig nøkkelverdi: ${value}`);
  return units;
}

/** Equal split in whole kroner that adds up exactly (the first parts get the extra krone). */
export function splitEqually(total: number, count: number): number[] {
  return splitByWeights(
    total,
    Array.from({ length: count }, () => 1),
  );
}

/** A form value as kroner for live sums: anything not yet a finite number counts as 0. */
export function kronerOrZero(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
