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

describe("formToObject with hostile names", () => {
  it("never touches a prototype and never builds huge arrays", () => {
    const f = new FormData();
    f.append("__proto__.polluted", "yes");
    f.append("a.constructor.prototype.polluted", "yes");
    f.append("rows.99999999.amount", "1");
    f.append("rows.1.amount", "2");
    const out = formToObject(f);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out).toEqual({ rows: [{ amount: "2" }] });
  });
});

describe("NUL characters", () => {
  it("are removed from posted text and JSON drafts (PostgreSQL text cannot hold them)", async () => {
    const { formToObject, cleanJson } = await import("@/lib/form-data");
    const f = new FormData();
    f.append("id", "\u0000");
    f.append("rows.0.name", "Lofo\u0000ten");
    expect(formToObject(f)).toEqual({ id: "", rows: [{ name: "Lofoten" }] });
    const posted = JSON.parse('{"a": ["x\\u0000y", {"b": "\\u0000"}], "n": 1, "__proto__": {"polluted": true}}');
    const clean = cleanJson(posted) as Record<string, unknown>;
    expect(clean).toEqual({ a: ["xy", { b: "" }], n: 1 });
    expect(Object.keys(clean)).toEqual(["a", "n"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
