import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("return path after sign-in", () => {
  it("keeps a path inside the portal", () => {
    expect(safeReturnPath("/behovsmeldinger/abc/rediger")).toBe("/behovsmeldinger/abc/rediger");
  });
  it("refuses other sites and tricks", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      null,
      42,
    ]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });
});
