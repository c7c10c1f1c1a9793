import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatKroner, splitByWeights, splitEqually } from "@/lib/money";

describe("formatKroner", () => {
  it("formats whole kroner the Norwegian way", () => {
    expect(formatKroner(1_580_000).replace(/\s/g, " ")).toBe("1 580 000 kr");
    expect(formatKroner(0).replace(/\s/g, " ")).toBe("0 kr");
  });

  it("refuses fractions of a krone", () => {
    expect(() => formatKroner(10.5)).toThrow(RangeError);
  });
});

describe("splitByWeights (largest remainder)", () => {
  it("splits the 2023 UH line exactly: NTNU 7 networks, Nord 4", () => {
    expect(splitByWeights(5_000_000, [7, 4])).toEqual([3_181_818, 1_818_182]);
  });

  it("splits the base grant equally between 11 networks", () => {
    expect(splitEqually(3_300_000, 11)).toEqual(Array(11).fill(300_000));
  });

  it("gives the extra kroner to the largest remainders, ties to the earlier part", () => {
    expect(splitEqually(10, 3)).toEqual([4, 3, 3]);
    expect(splitByWeights(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it("always adds up exactly to the whole, in whole kroner, never negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = splitByWeights(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          for (const p of parts) expect(Number.isInteger(p) && p >= 0).toBe(true);
          // No part is more than one krone away from its exact share.
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1));
        },
      ),
    );
  });

  it("rejects all-zero weights", () => {
    expect(() => splitByWeights(100, [0, 0])).toThrow(RangeError);
  });
});
