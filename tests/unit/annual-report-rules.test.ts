import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  annualDeadline,
  dueReminder,
  grantPerMeasure,
  ledgerTotals,
  reportState,
  requiredCoFinancing,
  unspent,
} from "@/lib/annual-reports/rules";
import { submitIssues } from "@/lib/annual-reports/schema";
import { participationSummary } from "@/lib/annual-reports/participation";
import { annualReportSchema } from "@/lib/annual-reports/schema";

describe("annual-report rules", () => {
  it("the deadline defaults to 15 January the year after, end of day in Oslo", () => {
    expect(annualDeadline({ year: 2024, annualReportDeadline: null }).toISOString()).toBe("2025-01-15T22:59:00.000Z");
    const set = new Date("2025-02-01T22:59:00Z");
    expect(annualDeadline({ year: 2024, annualReportDeadline: set })).toBe(set);
  });

  it("co-financing is 30 % of the grant in the decentralised scheme, rounded up to whole kroner, and none elsewhere", () => {
    expect(requiredCoFinancing(1_580_000, "DESENTRALISERT")).toBe(474_000);
    expect(requiredCoFinancing(1_000_001, "DESENTRALISERT")).toBe(300_001);
    expect(requiredCoFinancing(1_580_000, "REGIONAL")).toBe(0);
    expect(
      ledgerTotals([
        { promised: 474_000, delivered: 400_000 },
        { promised: 0, delivered: 100_000 },
      ]),
    ).toEqual({ promised: 474_000, delivered: 500_000 });
  });

  it("a decision's payments split over the report's measures add up exactly, by what each applied for on each side", () => {
    const one = grantPerMeasure(
      [
        { side: "OWNER", amount: 700_000 },
        { side: "UH", amount: 880_000 },
      ],
      [{ id: "m1", ownerAmount: 700_000, uhAmount: 880_000 }],
    );
    expect(one.get("m1")).toEqual({ owner: 700_000, uh: 880_000, total: 1_580_000 });
    fc.assert(
      fc.property(
        fc.nat(10_000_000),
        fc.nat(10_000_000),
        fc.array(fc.record({ o: fc.nat(2_000_000), u: fc.nat(2_000_000) }), { minLength: 1, maxLength: 6 }),
        (owner, uh, applied) => {
          const measures = applied.map((a, i) => ({ id: `m${i}`, ownerAmount: a.o, uhAmount: a.u }));
          const parts = [
            ...grantPerMeasure(
              [
                { side: "OWNER", amount: owner },
                { side: "UH", amount: uh },
              ],
              measures,
            ).values(),
          ];
          expect(parts.reduce((a, p) => a + p.owner, 0)).toBe(owner);
          expect(parts.reduce((a, p) => a + p.uh, 0)).toBe(uh);
          for (const p of parts) expect(p.total).toBe(p.owner + p.uh);
        },
      ),
    );
  });

  it("unspent is granted minus used per side, never negative", () => {
    expect(unspent({ owner: 700_000, uh: 880_000 }, { owner: 650_000, uh: 870_000 })).toEqual({
      owner: 50_000,
      uh: 10_000,
      total: 60_000,
    });
    expect(unspent({ owner: 100, uh: 0 }, { owner: null, uh: null })).toEqual({ owner: 100, uh: 0, total: 100 });
  });

  it("a report is missing when not delivered after the deadline, and late when delivered after it", () => {
    const deadline = new Date("2025-01-15T22:59:00Z");
    const after = new Date("2025-01-16T08:00:00Z");
    expect(reportState(null, deadline, after)).toMatchObject({
      status: "NOT_STARTED",
      missing: true,
      delivered: false,
    });
    expect(
      reportState({ status: "DRAFT", submittedAt: null }, deadline, new Date("2025-01-10T08:00:00Z")).missing,
    ).toBe(false);
    expect(
      reportState({ status: "RETURNED", submittedAt: new Date("2025-01-10T08:00:00Z") }, deadline, after).missing,
    ).toBe(true);
    expect(reportState({ status: "SUBMITTED", submittedAt: after }, deadline, after)).toMatchObject({
      missing: false,
      lateDelivery: true,
    });
  });

  it("reminders are due from 14 days before the deadline, and after it", () => {
    const deadline = new Date("2031-01-31T22:59:00Z");
    expect(dueReminder(deadline, new Date("2031-01-16T22:00:00Z"))).toBeNull();
    expect(dueReminder(deadline, new Date("2031-01-17T23:00:00Z"))).toBe("BEFORE_DEADLINE");
    expect(dueReminder(deadline, new Date("2031-02-01T00:00:00Z"))).toBe("AFTER_DEADLINE");
  });

  it("names what stops a submission by field", () => {
    const values = {
      usedOwner: 700_001,
      usedUh: null,
      activities: "x",
      evaluation: "",
      criterionLocalNeeds: "x",
      criterionCollective: "x",
      criterionPartnership: "x",
      planOnward: "x",
      unspentPlan: null,
      overspendReason: null,
    };
    expect(
      submitIssues({ values, granted: { owner: 700_000, uh: 880_000 }, requiredCoFinancing: 474_000, ledgerRows: 0 }),
    ).toEqual([
      { field: "usedUh", message: "validation.required" },
      { field: "evaluation", message: "validation.required" },
      { field: "overspendReason", message: "validation.overspendReason" },
      { field: "coFinancing", message: "validation.coFinancingRequired" },
    ]);
    // Explained, more than granted does not stop it.
    expect(
      submitIssues({
        values: { ...values, usedUh: 880_000, evaluation: "x", overspendReason: "Vikarutgifter" },
        granted: { owner: 700_000, uh: 880_000 },
        requiredCoFinancing: 474_000,
        ledgerRows: 1,
      }),
    ).toEqual([]);
    const done = { ...values, usedOwner: 650_000, usedUh: 880_000, evaluation: "x" };
    expect(
      submitIssues({
        values: done,
        granted: { owner: 700_000, uh: 880_000 },
        requiredCoFinancing: 474_000,
        ledgerRows: 1,
      }),
    ).toEqual([{ field: "unspentPlan", message: "validation.unspentPlan" }]);
    expect(
      submitIssues({
        values: { ...done, unspentPlan: "Overføres" },
        granted: { owner: 700_000, uh: 880_000 },
        requiredCoFinancing: 474_000,
        ledgerRows: 1,
      }),
    ).toEqual([]);
  });

  it("the form takes amounts as typed and refuses øre and negative amounts next to the field", () => {
    const base = {
      id: "a",
      version: "1",
      coFinancing: [{ kind: "SALARY", description: "Frikjøp", promised: "474 000", delivered: "" }],
    };
    expect(annualReportSchema.parse({ ...base, usedOwner: "650 000", usedUh: "" })).toMatchObject({
      usedOwner: 650_000,
      usedUh: null,
      coFinancing: [{ promised: 474_000, delivered: 0 }],
    });
    const bad = annualReportSchema.safeParse({ ...base, usedOwner: "650 000,50", usedUh: "-5" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["usedOwner", "validation.amount"],
      ["usedUh", "validation.notNegative"],
    ]);
  });
});

describe("participation from registrations", () => {
  it("counts units and people reached among those present, walk-ins without e-mail by name and owner", () => {
    const reg = (
      name: string,
      email: string | null,
      unit: string,
      o: Partial<{ walkIn: boolean; attendance: "PRESENT" | "ABSENT" | "UNKNOWN" }> = {},
    ) => ({
      name,
      email,
      organisationId: "org",
      unitName: unit,
      status: "REGISTERED" as const,
      walkIn: o.walkIn ?? false,
      attendance: o.attendance ?? "PRESENT",
    });
    const p = participationSummary([
      {
        id: "g1",
        title: "Samling 1",
        number: 1,
        startsAt: new Date("2024-03-12T08:00:00Z"),
        registrations: [
          reg("Anne", "anne@x.no", "Svolvær skole"),
          reg("Bjørn", "bjorn@x.no", "Leknes skole", { attendance: "ABSENT" }),
          reg("Gjest", null, "Svolvær skole", { walkIn: true }),
        ],
      },
      {
        id: "g2",
        title: "Samling 2",
        number: 2,
        startsAt: new Date("2024-04-23T08:00:00Z"),
        registrations: [reg("Anne", "ANNE@x.no", "svolvær skole"), reg("Bjørn", "bjorn@x.no", "Leknes skole")],
      },
    ]);
    expect(p.totals).toMatchObject({ registered: 4, present: 4, noShows: 1, walkIns: 1 });
    expect(p.unitsReached).toBe(2);
    expect(p.peopleReached).toBe(3); // Anne twice, Bjørn once present, the guest
    expect(p.noShowRate).toBe(0.25);
    expect(p.attendanceRate).toBe(0.75);
  });
});
