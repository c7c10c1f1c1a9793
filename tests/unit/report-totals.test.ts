import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { reportTotals, SCHEMES } from "@/lib/needs-reports/totals";

describe("needs report totals per scheme", () => {
  it("computes the Lofoten 2024 decentralised row: 700 000 + 880 000 = 1 580 000", () => {
    const t = reportTotals([{ scheme: "DESENTRALISERT", ownerAmount: 700_000, uhAmount: 880_000 }]);
    expect(t.byScheme.DESENTRALISERT).toEqual({ owner: 700_000, uh: 880_000, total: 1_580_000 });
    expect(t.byScheme.REGIONAL).toEqual({ owner: 0, uh: 0, total: 0 });
    expect(t.total).toEqual({ owner: 700_000, uh: 880_000, total: 1_580_000 });
  });

  it("every row and column sum holds for any measures", () => {
    const measure = fc.record({
      scheme: fc.constantFrom(...SCHEMES),
      ownerAmount: fc.integer({ min: 0, max: 5_000_000 }),
      uhAmount: fc.integer({ min: 0, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(measure, { maxLength: 20 }), (measures) => {
        const t = reportTotals(measures);
        for (const s of SCHEMES) expect(t.byScheme[s].owner + t.byScheme[s].uh).toBe(t.byScheme[s].total);
        expect(SCHEMES.reduce((a, s) => a + t.byScheme[s].owner, 0)).toBe(t.total.owner);
        expect(SCHEMES.reduce((a, s) => a + t.byScheme[s].uh, 0)).toBe(t.total.uh);
        expect(t.total.owner + t.total.uh).toBe(t.total.total);
      }),
    );
  });
});
