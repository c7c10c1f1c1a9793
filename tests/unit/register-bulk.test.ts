import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import fs from "node:fs";
import { parseRegisterFile } from "@/lib/registers/bulk";
import { countyNumberOf, suggestKind } from "@/lib/registers/org-forms";

const json = fs.readFileSync("tests/fixtures/brreg/agder-enheter.json");
const csv = fs.readFileSync("tests/fixtures/brreg/agder-enheter.csv");

describe("the register's bulk files", () => {
  it("reads the JSON download, gzipped as the register serves it or not", () => {
    for (const bytes of [json, gzipSync(json)]) {
      const { units, errors, format } = parseRegisterFile(new Uint8Array(bytes), "enheter_alle.json.gz");
      expect(format).toBe("json");
      expect(errors).toEqual([]);
      expect(units).toHaveLength(7);
      expect(units.find((u) => u.orgNumber === "921707134")).toMatchObject({ name: "AGDER FYLKESKOMMUNE", orgForm: "FYLK", municipalityNumber: "4204", address: "Tordenskjolds gate 65, 4614 KRISTIANSAND S" });
    }
  });

  it("reads a search answer (HAL) and one unit", () => {
    const hal = JSON.stringify({ _embedded: { enheter: JSON.parse(json.toString("utf8")).slice(0, 2) }, page: { totalElements: 2 } });
    expect(parseRegisterFile(new TextEncoder().encode(hal), "sok.json").units.map((u) => u.orgNumber)).toEqual(["963296746", "940493021"]);
    expect(parseRegisterFile(new TextEncoder().encode(JSON.stringify({ organisasjonsnummer: "964965137", navn: "GRIMSTAD KOMMUNE" })), "en.json").units).toHaveLength(1);
  });

  it("reads the semicolon CSV with BOM, and names the lines it cannot use", () => {
    const { units, errors, format } = parseRegisterFile(new Uint8Array(csv), "enheter.csv");
    expect(format).toBe("csv");
    expect(units).toHaveLength(8);
    expect(units[0]).toMatchObject({ orgNumber: "963296746", name: "KRISTIANSAND KOMMUNE", orgForm: "KOMM", municipalityNumber: "4204", address: "Rådhusgata 18, 4611 KRISTIANSAND S" });
    expect(errors).toEqual([{ line: 9, message: "invalidOrgNumber" }, { line: 11, message: "duplicate" }]);
    const comma = "organisasjonsnummer,navn,organisasjonsform.kode\n964965226,LILLESAND KOMMUNE,KOMM\n964965137,,KOMM\n";
    const parsed = parseRegisterFile(new TextEncoder().encode(comma), "x.csv");
    expect(parsed.units.map((u) => u.name)).toEqual(["LILLESAND KOMMUNE"]);
    expect(parsed.errors).toEqual([{ line: 3, message: "missingName" }]);
  });

  it("suggests the portal's kind from the organisational form, and the county from the municipality", () => {
    expect(["KOMM", "FYLK", "ORGL", "STAT", "AS", "STI", "FLI", "SA", "ESEK", null].map(suggestKind)).toEqual(["KOMMUNE", "FYLKESKOMMUNE", "UH", "UH", "PRIVAT", "PRIVAT", "PRIVAT", "PRIVAT", null, null]);
    expect(countyNumberOf("4202")).toBe("42");
    expect(countyNumberOf("42")).toBeNull();
  });
});
