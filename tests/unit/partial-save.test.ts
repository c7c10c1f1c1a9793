import { describe, expect, it } from "vitest";
import { withoutInvalid } from "@/lib/needs-reports/partial";
import { draftSchema } from "@/lib/needs-reports/schema";
import { lofotenDraft } from "@/tests/support/drafts";

describe("saving the rest of a draft while some fields are wrong", () => {
  it("empties exactly the refused fields, and the result is a valid draft", () => {
    const d = lofotenDraft(2027, "ntnu");
    d.contacts.owner.orgNumber = "123";
    d.measures[0]!.ownerLines[1]!.amount = Number.NaN;
    d.units.ppt = Number.NaN;
    const r = draftSchema.safeParse(d);
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    const rest = withoutInvalid(d, paths);
    expect(draftSchema.safeParse(rest).success).toBe(true);
    expect(rest.contacts.owner.orgNumber).toBe("");
    expect(rest.measures[0]!.ownerLines[1]!.amount).toBe(0);
    expect(rest.units.ppt).toBeNull();
    // Everything else is untouched, and the original is not modified.
    expect(rest.contacts.owner.name).toBe("Kari Nordvik");
    expect(rest.measures[0]!.ownerLines[0]!.amount).toBe(50_000);
    expect(d.contacts.owner.orgNumber).toBe("123");
  });
});
