import { describe, expect, it } from "vitest";
import { formToObject } from "@/lib/form-data";

describe("formToObject", () => {
  it("nests dotted names, makes arrays of numeric segments (dense, in order) and of repeated names", () => {
    const f = new FormData();
    f.append("budgetId", "b1");
    f.append("lines.0.kind", "UH_DIRECT");
    f.append("lines.0.amount", "5 000 000");
    f.append("lines.2.kind", "OTHER"); // row 1 was removed in the browser
    f.append("present", "p1");
    f.append("present", "p2");
    f.append("scores.LOCAL_NEEDS", "4");
    f.append("$ACTION_ID_abc", "");
    expect(formToObject(f)).toEqual({
      budgetId: "b1",
      lines: [{ kind: "UH_DIRECT", amount: "5 000 000" }, { kind: "OTHER" }],
      present: ["p1", "p2"],
      scores: { LOCAL_NEEDS: "4" },
    });
  });
});
