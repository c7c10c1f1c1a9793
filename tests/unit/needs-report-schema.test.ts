import { describe, expect, it } from "vitest";
import { coordinatorAboveLimit, draftSchema, emptyDraft, submitSchema, warningsFor } from "@/lib/needs-reports/schema";
import { fieldErrors } from "@/lib/validation";
import { lofotenDraft } from "@/tests/support/drafts";

const errorsOf = (input: unknown, year = 2024) => {
  const r = submitSchema({ roundYear: year }).safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
};

describe("the needs report form rules", () => {
  it("accepts the complete Lofoten report", () => {
    expect(errorsOf(lofotenDraft(2024, "ntnu"))).toEqual({});
  });

  it("saves an empty draft (nothing is required to save)", () => {
    expect(draftSchema.safeParse(emptyDraft()).success).toBe(true);
  });

  it("normalises organisation numbers and accounts typed with spaces and dots", () => {
    const d = draftSchema.parse(lofotenDraft(2024, "ntnu"));
    expect(d.contacts.owner.orgNumber).toBe("938644500");
    expect(d.contacts.owner.accountNumber).toBe("12345678903");
  });

  it("refuses a wrong organisation number and account even in a draft", () => {
    const d = lofotenDraft(2024, "ntnu");
    d.contacts.owner.orgNumber = "938 644 501";
    d.contacts.uh.accountNumber = "1234.56.78904";
    d.contacts.uh.email = "ikke-en-adresse";
    d.contacts.uh.phone = "12345";
    const r = draftSchema.safeParse(d);
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!)).toMatchObject({
      "contacts.owner.orgNumber": "validation.orgNumber",
      "contacts.uh.accountNumber": "validation.accountNumber",
      "contacts.uh.email": "validation.email",
      "contacts.uh.phone": "validation.phone",
    });
  });

  it("refuses fractions of a krone and negative amounts", () => {
    const d = lofotenDraft(2024, "ntnu");
    d.measures[0]!.ownerAmount = 700_000.5;
    d.measures[0]!.uhLines[0]!.amount = -1;
    expect(fieldErrors(draftSchema.safeParse(d).error!)).toMatchObject({
      "measures.0.ownerAmount": "validation.wholeKroner",
      "measures.0.uhLines.0.amount": "validation.notNegative",
    });
  });

  it("requires the budget lines to add up to the owner and UH amounts", () => {
    const d = lofotenDraft(2024, "ntnu");
    d.measures[0]!.ownerLines[0]!.amount = 49_999;
    d.measures[0]!.uhAmount = 880_001;
    expect(errorsOf(d)).toMatchObject({
      "measures.0.ownerLines": "validation.ownerLinesSum",
      "measures.0.uhLines": "validation.uhLinesSum",
    });
  });

  it("requires at least one semester in the round's year", () => {
    expect(errorsOf(lofotenDraft(2024, "ntnu"), 2026)).toMatchObject({
      "measures.0.semesters": "validation.semesterInRound",
    });
  });

  it("requires the answers the form asks for", () => {
    const d = lofotenDraft(2024, "ntnu");
    d.schemes = [];
    d.measures[0]!.anchoringText = "";
    d.measures[0]!.purposes = [];
    d.codetermination.discussed = null;
    d.contacts.uh.email = "";
    expect(errorsOf(d)).toMatchObject({
      schemes: "validation.schemesRequired",
      "measures.0.scheme": "validation.schemeNotChosen",
      "measures.0.anchoringText": "validation.required",
      "measures.0.purposes": "validation.purposesRequired",
      "codetermination.discussed": "validation.choose",
      "contacts.uh.email": "validation.required",
    });
  });

  it("warns when more than 30 % goes to a coordinator, and blocks submit until acknowledged", () => {
    const d = lofotenDraft(2024, "ntnu");
    d.measures[0]!.coordinatorAmount = 474_000; // exactly 30 % of 1 580 000
    expect(coordinatorAboveLimit(d.measures[0]!)).toBe(false);
    d.measures[0]!.coordinatorAmount = 474_001;
    expect(warningsFor(d)).toEqual([
      { path: "measures.0.coordinatorAmount", key: "warnings.coordinatorShare", blocking: true },
    ]);
    expect(errorsOf(d)).toMatchObject({ "measures.0.coordinatorAcknowledged": "validation.acknowledgeCoordinator" });
    d.measures[0]!.coordinatorAcknowledged = true;
    expect(errorsOf(d)).toEqual({});
    expect(warningsFor(d)[0]?.blocking).toBe(false);
  });

  it("warns when Kompetanseløftet lacks kindergarten, school or PPT units", () => {
    const d = lofotenDraft(2024, "ntnu");
    d.schemes = ["DESENTRALISERT", "KOMPETANSELOFTET"];
    expect(warningsFor(d).map((w) => w.key)).toEqual(["warnings.kompetanseloftetUnits"]);
    d.units.kommunaleBarnehager = 3;
    expect(warningsFor(d)).toEqual([]);
  });
});

describe("comparing two versions", () => {
  it("lists exactly the fields that differ, named in the reader's language", async () => {
    const { changedPaths, pathLabel, valueAt } = await import("@/lib/needs-reports/compare");
    const { translatorFor } = await import("@/lib/i18n/messages");
    const namer = async (locale: "nb" | "en") => {
      const t = await translatorFor(locale);
      return (key: string) =>
        t.has(`form.paths.${key}` as "form.paths.name") ? t(`form.paths.${key}` as "form.paths.name") : key;
    };
    const a = lofotenDraft(2024, "ntnu");
    const b = lofotenDraft(2024, "ntnu");
    b.measures[0]!.ownerLines[2]!.amount = 210_000;
    b.contacts.uh.phone = "400 00 003";
    const paths = changedPaths(a, b);
    expect(paths.sort()).toEqual(["contacts.uh.phone", "measures.0.ownerLines.2.amount"]);
    expect(pathLabel("measures.0.ownerLines.2.amount", await namer("nb"))).toBe("Tiltak 1 › Eiers post 3 › Beløp");
    expect(pathLabel("measures.0.ownerLines.2.amount", await namer("en"))).toBe("Measure 1 › Owner's line 3 › Amount");
    // Contacts are named as the form names them: whose contact person, then the field.
    expect(pathLabel("contacts.owner.email", await namer("nb"))).toBe("Kontaktperson for eier › E-post");
    expect(pathLabel("contacts.uh.phone", await namer("en"))).toBe("Contact person for the UH › Phone");
    expect(valueAt(b, "measures.0.ownerLines.2.amount", { yes: "Ja", no: "Nei" }).replace(/\s/g, " ")).toBe("210 000");
    expect(valueAt(b, "multipleOwners", { yes: "Yes", no: "No" })).toBe(
      b.multipleOwners === null ? "–" : b.multipleOwners ? "Yes" : "No",
    );
  });
});
