import { describe, expect, it } from "vitest";
import { draftForNewRound } from "@/lib/needs-reports/copy";
import { submitSchema } from "@/lib/needs-reports/schema";
import { lofotenDraft } from "@/tests/support/drafts";

const base = {
  fromYear: 2024,
  toYear: 2025,
  roundSchemes: ["DESENTRALISERT", "REGIONAL"],
  leadOwnerId: "vagan",
  memberIds: ["vagan", "flakstad", "moskenes"],
  sourceLeadOwnerId: "vagan",
};

describe("starting next year's report from this year's", () => {
  it("carries texts, contacts, partners and measures, and moves semesters and later needs by the years between the rounds", () => {
    const source = lofotenDraft(2024, "ntnu", ["mat"]);
    source.measures[0]!.laterNeeds = [
      {
        term: "HOST",
        year: 2025,
        ownerAmount: 100_000,
        ownerReason: "Videreføring",
        uhAmount: 50_000,
        uhReason: "Veiledning",
      },
    ];
    source.partners = [{ name: "Flakstad kommune", contactPerson: "Hilde Strand", kind: "OWNER" }];
    const next = draftForNewRound(source, { ...base, keepAmounts: true });
    expect(next.measures[0]!.name).toBe(source.measures[0]!.name);
    expect(next.measures[0]!.anchoringText).toBe(source.measures[0]!.anchoringText);
    expect(next.contacts).toEqual(source.contacts);
    expect(next.partners).toEqual(source.partners);
    expect(next.uhUnitIds).toEqual(["mat"]);
    expect(next.measures[0]!.semesters.map((s) => s.year)).toEqual(
      source.measures[0]!.semesters.map((s) => s.year + 1),
    );
    expect(next.measures[0]!.laterNeeds[0]).toMatchObject({
      year: 2026,
      ownerAmount: 100_000,
      uhAmount: 50_000,
      ownerReason: "Videreføring",
    });
    expect(next.measures[0]!.ownerAmount).toBe(700_000);
    expect(next.measures[0]!.ownerLines.map((l) => l.amount)).toEqual(
      source.measures[0]!.ownerLines.map((l) => l.amount),
    );
    // Submittable for the new round, as it was for the old (the semesters are in the new round's year).
    expect(submitSchema({ roundYear: 2025, roundSchemes: base.roundSchemes }).safeParse(next).success).toBe(true);
    // The source is left as it was.
    expect(source.measures[0]!.semesters.some((s) => s.year === 2024)).toBe(true);
  });

  it("clears the amounts when asked: 0 per measure and line, optional amounts empty, the coordinator warning to be read again", () => {
    const source = lofotenDraft(2024, "ntnu");
    source.measures[0]!.coordinatorAmount = 200_000;
    source.measures[0]!.coordinatorAcknowledged = true;
    const next = draftForNewRound(source, { ...base, keepAmounts: false });
    const m = next.measures[0]!;
    expect(
      [m.ownerAmount, m.uhAmount, ...m.ownerLines.map((l) => l.amount), ...m.uhLines.map((l) => l.amount)].every(
        (n) => n === 0,
      ),
    ).toBe(true);
    expect(m.coordinatorAmount).toBeNull();
    expect(m.coordinatorAcknowledged).toBe(false);
    expect(m.ownerLines.map((l) => l.title)).toEqual(source.measures[0]!.ownerLines.map((l) => l.title));
  });

  it("keeps only owners still in the network, never the new lead owner, and the old lead owner when someone else leads now", () => {
    const source = lofotenDraft(2024, "ntnu");
    source.otherOwnerIds = ["flakstad", "left-the-network"];
    expect(draftForNewRound(source, { ...base, keepAmounts: true }).otherOwnerIds).toEqual(["flakstad"]);
    expect(draftForNewRound(source, { ...base, keepAmounts: true, leadOwnerId: "flakstad" }).otherOwnerIds).toEqual([
      "vagan",
    ]);
  });

  it("drops schemes the new round does not offer", () => {
    const source = lofotenDraft(2024, "ntnu");
    source.schemes = ["DESENTRALISERT", "KOMPETANSELOFTET"];
    expect(draftForNewRound(source, { ...base, keepAmounts: true }).schemes).toEqual(["DESENTRALISERT"]);
  });
});
