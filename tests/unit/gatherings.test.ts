import { describe, expect, it } from "vitest";
import { attendanceFigures, figuresBy, noShowRate } from "@/lib/gatherings/stats";
import { monthGrid, shiftMonth, isMonth } from "@/lib/calendar-month";
import { canRegisterFor, canRunGathering, registrationOpen, registrationScope } from "@/lib/gatherings/policy";
import { actorWith } from "@/tests/support/actors";

const reg = (
  attendance: "UNKNOWN" | "PRESENT" | "ABSENT",
  walkIn = false,
  status: "REGISTERED" | "CANCELLED" = "REGISTERED",
  unitName: string | null = null,
) => ({ attendance, walkIn, status, unitName });

describe("attendance figures", () => {
  it("count registered, present (with walk-ins), no-shows, walk-ins and unmarked; cancelled registrations do not count", () => {
    const rows = [
      reg("PRESENT"),
      reg("PRESENT"),
      reg("ABSENT"),
      reg("UNKNOWN"),
      reg("PRESENT", true),
      reg("ABSENT", false, "CANCELLED"),
    ];
    expect(attendanceFigures(rows)).toEqual({ registered: 4, present: 3, noShows: 1, walkIns: 1, unmarked: 1 });
  });
  it("group by school, and give the no-show rate over gatherings where attendance was taken", () => {
    const rows = [
      reg("PRESENT", false, "REGISTERED", "Åsen skole"),
      reg("ABSENT", false, "REGISTERED", "Lade skole"),
      reg("PRESENT", true, "REGISTERED", null),
    ];
    expect(figuresBy(rows, (r) => r.unitName, "Uten skole").map((g) => g.group)).toEqual([
      "Lade skole",
      "Uten skole",
      "Åsen skole",
    ]);
    const taken = attendanceFigures([...Array(26).fill(reg("PRESENT")), ...Array(4).fill(reg("ABSENT"))]);
    const notYet = attendanceFigures(Array(12).fill(reg("UNKNOWN")));
    expect(noShowRate([taken, notYet])).toBeCloseTo(4 / 30, 10);
    expect(noShowRate([notYet])).toBeNull();
  });
});

describe("gathering rules", () => {
  const g = { countyId: "trondelag", networkIds: ["trondelag:fosen"], memberOrgIds: ["trondelag:orland"] };
  it("owners register their own people in the gathering's networks; coordinators and the Statsforvalter run it", () => {
    expect(
      canRegisterFor(actorWith([{ role: "OWNER", organisationId: "trondelag:orland" }]), g, "trondelag:orland"),
    ).toBe(true);
    expect(
      canRegisterFor(actorWith([{ role: "OWNER", organisationId: "trondelag:melhus" }]), g, "trondelag:melhus"),
    ).toBe(false);
    expect(canRunGathering(actorWith([{ role: "COORDINATOR", networkId: "trondelag:fosen" }]), g)).toBe(true);
    expect(canRunGathering(actorWith([{ role: "UH", organisationId: "ntnu" }]), g)).toBe(false);
    expect(registrationScope(actorWith([{ role: "UH", organisationId: "ntnu" }]))).toEqual({ id: { in: [] } });
  });
  it("registration is open until the deadline, or until the start without one", () => {
    const starts = new Date("2031-10-28T08:00:00Z");
    expect(
      registrationOpen(
        { cancelled: false, startsAt: starts, registrationDeadline: null },
        new Date("2031-10-28T07:59:00Z"),
      ),
    ).toBe(true);
    expect(
      registrationOpen(
        { cancelled: false, startsAt: starts, registrationDeadline: new Date("2031-10-20T22:59:00Z") },
        new Date("2031-10-21T08:00:00Z"),
      ),
    ).toBe(false);
    expect(
      registrationOpen(
        { cancelled: true, startsAt: starts, registrationDeadline: null },
        new Date("2031-10-01T08:00:00Z"),
      ),
    ).toBe(false);
  });
});

describe("month grid", () => {
  it("starts on Monday and covers the month in whole weeks", () => {
    const weeks = monthGrid("2026-11");
    expect(weeks[0]![0]!.date).toBe("2026-10-26");
    expect(weeks.at(-1)!.at(-1)!.date).toBe("2026-12-06");
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect([isMonth("2026-13"), isMonth("2026-02"), isMonth(undefined)]).toEqual([false, true, false]);
  });
});

describe("evaluation form", () => {
  it("tells each unanswered question that it needs an answer", async () => {
    const { evaluationSchema } = await import("@/lib/gatherings/schema");
    const { fieldErrors } = await import("@/lib/validation");
    const r = evaluationSchema.safeParse({ token: "a-long-enough-token" });
    expect(r.success).toBe(false);
    expect(Object.keys(fieldErrors(r.error!)).sort()).toEqual([
      "scores.collective",
      "scores.organisation",
      "scores.relevance",
      "scores.useful",
    ]);
  });
});

describe("links in forms", () => {
  it("accept http(s) only", async () => {
    const { optionalHttpUrl } = await import("@/lib/validation");
    expect(optionalHttpUrl.safeParse("https://teams.microsoft.com/l/meetup").success).toBe(true);
    expect(optionalHttpUrl.safeParse("javascript:alert(1)").success).toBe(false);
    expect(optionalHttpUrl.safeParse("data:text/html,<b>x</b>").success).toBe(false);
    expect(optionalHttpUrl.safeParse("").data).toBeUndefined();
  });
});
