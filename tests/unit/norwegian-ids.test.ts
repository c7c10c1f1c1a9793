import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatAccountNumber, formatOrgNumber, isValidAccountNumber, isValidOrgNumber } from "@/lib/norwegian-ids";

describe("organisation numbers (MOD11)", () => {
  it("accepts the real numbers in the needs report of seed 004", () => {
    expect(isValidOrgNumber("938644500")).toBe(true); // Vågan kommune
    expect(isValidOrgNumber("974767880")).toBe(true); // NTNU
  });

  it("accepts spaces the way people type them", () => {
    expect(isValidOrgNumber("938 644 500")).toBe(true);
    expect(isValidOrgNumber(" 974 767 880 ")).toBe(true);
  });

  it("rejects a changed digit, wrong length and letters", () => {
    expect(isValidOrgNumber("938644501")).toBe(false);
    expect(isValidOrgNumber("93864450")).toBe(false);
    expect(isValidOrgNumber("9386445000")).toBe(false);
    expect(isValidOrgNumber("93864450a")).toBe(false);
  });

  it("detects every single-digit change", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digits = "938644500".split("");
        digits[pos] = String((Number(digits[pos]) + delta) % 10);
        return !isValidOrgNumber(digits.join(""));
      }),
    );
  });

  it("formats as groups of three", () => {
    expect(formatOrgNumber("938644500")).toBe("938 644 500");
  });
});

describe("bank account numbers (MOD11)", () => {
  it("accepts an account written with dots, as in the form", () => {
    // 1234.56.78903 is the textbook valid example
    expect(isValidAccountNumber("1234.56.78903")).toBe(true);
    expect(isValidAccountNumber("12345678903")).toBe(true);
    expect(isValidAccountNumber("1234 56 78903")).toBe(true);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidAccountNumber("1234.56.78904")).toBe(false);
    expect(isValidAccountNumber("1234.56.7890")).toBe(false);
  });

  it("formats as 4.2.5", () => {
    expect(formatAccountNumber("12345678903")).toBe("1234.56.78903");
  });
});
