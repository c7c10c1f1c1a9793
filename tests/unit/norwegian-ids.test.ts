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

describe("what is wrong with a number", () => {
  it("tells a wrong count of digits from a wrong check digit", async () => {
    const { accountNumberProblem, orgNumberProblem } = await import("@/lib/norwegian-ids");
    expect(orgNumberProblem("938 644 500")).toBeNull();
    expect(orgNumberProblem("938 644 50")).toBe("length");
    expect(orgNumberProblem("938 644 5000")).toBe("length");
    expect(orgNumberProblem("938 644 50X")).toBe("length");
    expect(orgNumberProblem("938 644 501")).toBe("checkDigit");
    expect(accountNumberProblem("1234.56.78903")).toBeNull();
    expect(accountNumberProblem("1234.56.7890")).toBe("length");
    expect(accountNumberProblem("1234.56.78904")).toBe("checkDigit");
  });

  it("gives the schema's messages for each", async () => {
    const { orgNumber, accountNumber } = await import("@/lib/validation");
    expect(orgNumber.safeParse("93864450").error?.issues[0]?.message).toBe("validation.orgNumberLength");
    expect(orgNumber.safeParse("938644501").error?.issues[0]?.message).toBe("validation.orgNumber");
    expect(accountNumber.safeParse("1234567890").error?.issues[0]?.message).toBe("validation.accountNumberLength");
    expect(accountNumber.safeParse("12345678904").error?.issues[0]?.message).toBe("validation.accountNumber");
  });
});

describe("phone numbers", () => {
  it("are accepted as Norwegians write them and stored in one form", async () => {
    const { normalisePhone } = await import("@/lib/norwegian-ids");
    const { phone } = await import("@/lib/validation");
    for (const written of [
      "48133653",
      "481 33 653",
      "48 13 36 53",
      "+47 481 33 653",
      "+4748133653",
      "0047 48133653",
      "4748133653",
      "47 48 13 36 53",
      "(+47) 481-33-653",
    ]) {
      expect(normalisePhone(written), written).toBe("48 13 36 53");
      expect(phone.parse(written), written).toBe("48 13 36 53");
    }
    expect(normalisePhone("73551187")).toBe("73 55 11 87");
    for (const wrong of ["12345", "481336530", "+46 481 33 653", "474813365", "telefon"])
      expect(normalisePhone(wrong), wrong).toBeNull();
    expect(phone.parse("")).toBe("");
  });
});
