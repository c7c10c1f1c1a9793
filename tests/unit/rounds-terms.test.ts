import { describe, expect, it } from "vitest";
import { nextYearOf } from "@/lib/rounds/policy";
import { bindingValidity, termCovers, votes } from "@/lib/forum/terms";
import { holdsIn, overlaps } from "@/lib/networks/membership";

describe("start from last year's round", () => {
  it("moves the dates and the years in the texts one year on", () => {
    const next = nextYearOf({
      year: 2026,
      deadline: "2025-11-15",
      annualDeadline: "2027-01-15",
      announcement: "Runden for 2026 er åpen. Frist 15. november 2025.",
      announcementNn: null,
    });
    expect(next).toMatchObject({
      year: 2027,
      deadline: "2026-11-15",
      annualDeadline: "2028-01-15",
      announcement: "Runden for 2027 er åpen. Frist 15. november 2026.",
      announcementNn: null,
    });
    expect(
      nextYearOf({ year: 2028, deadline: "2028-02-29", annualDeadline: null, announcement: null, announcementNn: null })
        .deadline,
    ).toBe("2029-02-28");
  });
});

describe("forum terms", () => {
  const term = { termFrom: new Date("2025-01-01T00:00:00Z"), termTo: new Date("2026-12-31T00:00:00Z") };
  it("hold through the last day in Oslo and end the role the next morning", () => {
    const v = bindingValidity(term);
    expect(v.validFrom!.toISOString()).toBe("2024-12-31T23:00:00.000Z");
    expect(v.validUntil!.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(termCovers(term, new Date("2026-12-31T22:59:00Z"))).toBe(true);
    expect(termCovers(term, new Date("2026-12-31T23:00:00Z"))).toBe(false);
    expect(bindingValidity({ termFrom: null, termTo: null })).toEqual({ validFrom: null, validUntil: null });
  });
  it("give a vote to leaders, members and deputies, not to observers and the secretariat", () => {
    expect(["LEADER", "MEMBER", "DEPUTY", "OBSERVER", "SECRETARIAT"].map(votes)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("membership periods", () => {
  it("hold in the years they name and overlap when they share one", () => {
    expect(holdsIn({ fromYear: null, toYear: 2026 }, 2023)).toBe(true);
    expect(holdsIn({ fromYear: 2027, toYear: null }, 2026)).toBe(false);
    expect(overlaps({ fromYear: 2020, toYear: 2026 }, { fromYear: 2027, toYear: null })).toBe(false);
    expect(overlaps({ fromYear: null, toYear: null }, { fromYear: 2027, toYear: null })).toBe(true);
  });
});
