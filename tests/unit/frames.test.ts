import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkUhOverride, computeFrames, proRataRemainder, proposeUhSplit } from "@/lib/budget/frames";
import { trondelagBudget2023, trondelagNetworks, trondelagTeacherFtes2023 } from "@/prisma/seed-data/trondelag";

const budget2023 = {
  allocated: trondelagBudget2023.allocated,
  lines: trondelagBudget2023.lines
    .filter((l) => l.kind !== "ALLOCATED" && l.kind !== "PRO_RATA")
    .map((l) => ({ kind: l.kind, amount: l.amount })),
};

describe("frames for Trøndelag 2023 (seed 002)", () => {
  const keys = trondelagNetworks
    .filter((n) => trondelagBudget2023.frames.some((f) => f.networkId === n.id))
    .map((n) => ({
      networkId: n.id,
      name: n.name,
      key: trondelagTeacherFtes2023.filter((f) => n.memberOrgIds.includes(f.orgId)).reduce((a, f) => a + f.fte, 0),
    }));
  const frames = computeFrames(budget2023, keys);

  it("leaves 10 822 000 for pro-rata distribution", () => {
    expect(proRataRemainder(budget2023)).toBe(10_822_000);
  });

  it("gives every network 300 000 in base grant and frames that add up to exactly 14 122 000", () => {
    expect(frames).toHaveLength(11);
    expect(frames.every((f) => f.baseShare === 300_000)).toBe(true);
    expect(frames.reduce((a, f) => a + f.frame, 0)).toBe(14_122_000);
  });

  it("comes within 1 krone of each frame in the slides (which were rounded one by one, and lost a krone)", () => {
    for (const f of frames) {
      const slide = trondelagBudget2023.frames.find((x) => x.networkId === f.networkId)!.frame;
      expect(Math.abs(f.frame - slide), f.name).toBeLessThanOrEqual(1);
    }
    expect(trondelagBudget2023.frames.reduce((a, f) => a + f.frame, 0)).toBe(14_121_999);
  });

  it("splits exactly: equal remainders are ties, decided by the larger key and then the name", () => {
    const tie = computeFrames({ base: 0, proRata: 1 }, [
      { networkId: "b", name: "Bø", key: 1 },
      { networkId: "a", name: "Ål", key: 1 },
      { networkId: "c", name: "Alta", key: 1 },
    ]);
    // Norwegian collation: Alta, Bø, Ål — the krone goes to the first name.
    expect(tie.map((f) => [f.name, f.frame])).toEqual([
      ["Alta", 1],
      ["Bø", 0],
      ["Ål", 0],
    ]);
    // 2 kr by keys 1 and 3: exact shares 0.5 and 1.5, equal remainders; the larger key wins the krone.
    const larger = computeFrames({ base: 0, proRata: 2 }, [
      { networkId: "a", name: "A", key: 1 },
      { networkId: "b", name: "B", key: 3 },
    ]);
    expect(larger.map((f) => f.frame)).toEqual([0, 2]);
  });

  it("proposes the UH line exactly pro rata: NTNU 7 networks, Nord 4", () => {
    const split = proposeUhSplit(5_000_000, [
      { organisationId: "ntnu", name: "NTNU", networkCount: 7 },
      { organisationId: "nord", name: "Nord universitet", networkCount: 4 },
    ]);
    expect(split.map((s) => s.proposed)).toEqual([1_818_182, 3_181_818]);
    expect(checkUhOverride(5_000_000, [3_000_000, 2_000_000], "Vedtatt i Samarbeidsforum")).toBe("ok");
    expect(checkUhOverride(5_000_000, [3_000_000, 1_999_999], "Vedtatt i Samarbeidsforum")).toBe("sum");
    expect(checkUhOverride(5_000_000, [3_000_000, 2_000_000], "")).toBe("reason");
    expect(proposeUhSplit(5_000_000, [{ organisationId: "x", name: "X", networkCount: 0 }])).toEqual([
      { organisationId: "x", name: "X", networkCount: 0, proposed: 0 },
    ]);
  });
});

describe("frames in general", () => {
  it("always add up to base grant + remainder, whatever the keys, and do not depend on input order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.uniqueArray(
          fc.record({ name: fc.stringMatching(/^[a-zæøå]{1,8}$/), key: fc.integer({ min: 1, max: 5_000 }) }),
          { minLength: 1, maxLength: 20, selector: (n) => n.name },
        ),
        (extra, baseGrant, nets) => {
          const budget = { allocated: baseGrant + extra, lines: [{ kind: "BASE_GRANT", amount: baseGrant }] };
          const keys = nets.map((n, i) => ({ networkId: `n${i}`, name: n.name, key: n.key }));
          const frames = computeFrames(budget, keys);
          expect(frames.reduce((a, f) => a + f.frame, 0)).toBe(baseGrant + extra);
          expect(computeFrames(budget, [...keys].reverse())).toEqual(frames);
        },
      ),
    );
  });

  it("refuses lines larger than the allocation", () => {
    expect(() =>
      computeFrames({ allocated: 100, lines: [{ kind: "BASE_GRANT", amount: 200 }] }, [
        { networkId: "a", name: "A", key: 1 },
      ]),
    ).toThrow(RangeError);
  });
});
