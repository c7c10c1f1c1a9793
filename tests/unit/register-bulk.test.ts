/**
 * The register's files as a county uploads them (lib/registers/bulk.ts): the
 * JSON bulk download gzipped or not, a search answer, one unit, the CSV
 * download — also as Excel saves it again, with semicolons and a BOM — and
 * the lines that cannot be used, by line number.
 */
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import fs from "node:fs";
import { parseRegisterFile, RegisterFileError, unitFromJson, unitJson } from "@/lib/registers/bulk";
import { countyNumberOf, suggestKind } from "@/lib/registers/org-forms";

const json = fs.readFileSync("tests/fixtures/brreg/agder-enheter.json");
const csv = fs.readFileSync("tests/fixtures/brreg/agder-enheter.csv", "utf8");
const bytes = (s: string) => new TextEncoder().encode(s);
const units = JSON.parse(json.toString("utf8")) as Record<string, unknown>[];

const agder = {
  orgNumber: "921707134",
  name: "AGDER FYLKESKOMMUNE",
  orgForm: "FYLK",
  orgFormName: "Fylkeskommune",
  municipalityNumber: "4204",
  municipalityName: "KRISTIANSAND",
  address: "Tordenskjolds gate 65, 4614 KRISTIANSAND S",
  parentOrgNumber: null,
  subUnit: false,
  deletedOn: null,
};

describe("the JSON files", () => {
  it("reads the bulk download's array, gzipped (found by its magic bytes, whatever the name) or not", () => {
    for (const [file, name] of [
      [json, "agder-enheter.json"],
      [gzipSync(json), "enheter_alle.json.gz"],
      [gzipSync(json), "download"],
    ] as const) {
      const r = parseRegisterFile(new Uint8Array(file), name);
      expect(r.format).toBe("json");
      expect(r.errors).toEqual([]);
      expect(r.units.map((u) => u.orgNumber)).toEqual([
        "820852982",
        "940493021",
        "864964702",
        "964965404",
        "921707134",
        "970546200",
        "842872022",
        "938644500",
      ]);
      expect(r.units.find((u) => u.orgNumber === "921707134")).toEqual(agder);
      expect(r.units.find((u) => u.orgNumber === "970546200")).toMatchObject({
        orgForm: "ORGL",
        parentOrgNumber: "872417842",
      });
    }
  });

  it("reads a search answer (HAL) with units or sub-units, an empty one, and one unit", () => {
    const hal = {
      _embedded: { enheter: units.slice(0, 2) },
      page: { size: 20, totalElements: 2, totalPages: 1, number: 0 },
    };
    expect(parseRegisterFile(bytes(JSON.stringify(hal)), "sok.json").units.map((u) => u.name)).toEqual([
      "KRISTIANSAND KOMMUNE",
      "ARENDAL KOMMUNE",
    ]);
    const sub = JSON.parse(fs.readFileSync("tests/fixtures/brreg/underenheter/974595001.json", "utf8"));
    expect(parseRegisterFile(bytes(JSON.stringify({ _embedded: { underenheter: [sub] } })), "sok.json").units).toEqual([
      expect.objectContaining({
        orgNumber: "974595001",
        subUnit: true,
        parentOrgNumber: "921707134",
        address: "Kirsten Flagstads vei 26, 4621 KRISTIANSAND S",
        municipalityNumber: "4204",
      }),
    ]);
    expect(parseRegisterFile(bytes(JSON.stringify({ _links: {}, page: { totalElements: 0 } })), "sok.json")).toEqual({
      units: [],
      errors: [],
      format: "json",
    });
    expect(parseRegisterFile(bytes(JSON.stringify(units[4])), "en.json").units).toEqual([agder]);
  });

  it("names the entries it cannot use by their place in the array, and takes a number only once", () => {
    const list = [
      units[0],
      { ...units[1], organisasjonsnummer: "940493022" },
      { organisasjonsnummer: "864964702", navn: "  " },
      { navn: "UTEN NUMMER" },
      units[0],
      "tekst",
    ];
    expect(parseRegisterFile(bytes(JSON.stringify(list)), "x.json")).toMatchObject({
      units: [{ orgNumber: "820852982" }],
      errors: [
        { line: 2, message: "invalidOrgNumber" },
        { line: 3, message: "missingName" },
        { line: 4, message: "invalidOrgNumber" },
        { line: 5, message: "duplicate" },
        { line: 6, message: "invalidOrgNumber" },
      ],
    });
  });
});

describe("the CSV download", () => {
  const expectAgder = (r: ReturnType<typeof parseRegisterFile>) => {
    expect(r.format).toBe("csv");
    expect(r.units).toHaveLength(8);
    expect(r.units[0]).toEqual({
      ...agder,
      orgNumber: "820852982",
      name: "KRISTIANSAND KOMMUNE",
      orgForm: "KOMM",
      orgFormName: "Kommune",
      address: "Rådhusgata 18, 4611 KRISTIANSAND S",
    });
    expect(r.units.find((u) => u.orgNumber === "970546200")?.parentOrgNumber).toBe("872417842");
    // The file's own line numbers, the header being line 1.
    expect(r.errors).toEqual([
      { line: 10, message: "invalidOrgNumber" },
      { line: 11, message: "missingName" },
      { line: 12, message: "duplicate" },
    ]);
  };

  it("reads the register's quoted, comma-separated file, gzipped or not", () => {
    expectAgder(parseRegisterFile(bytes(csv), "enheter.csv"));
    expectAgder(parseRegisterFile(new Uint8Array(gzipSync(csv)), "enheter.csv.gz"));
  });

  it("reads it as Excel saves it again: semicolons and a BOM, CRLF, UTF-8 or Windows-1252", () => {
    const excel = "\ufeff" + csv.replace(/","/g, '";"').replace(/\n/g, "\r\n");
    expectAgder(parseRegisterFile(bytes(excel), "enheter.csv"));
    const latin1 = Buffer.from(
      "organisasjonsnummer;navn;forretningsadresse.kommunenummer\r\n842872022;Maritim videregående skole Sørlandet;4204\r\n",
      "latin1",
    );
    expect(parseRegisterFile(new Uint8Array(latin1), "x.csv").units[0]).toMatchObject({
      name: "Maritim videregående skole Sørlandet",
      municipalityNumber: "4204",
    });
  });

  it("takes the columns by name, in any order, and ignores the others", () => {
    const r = parseRegisterFile(
      bytes(
        "navn,hjemmeside,organisasjonsnummer,__proto__.x\nLILLESAND KOMMUNE,www.lillesand.kommune.no,964 965 404,1\n",
      ),
      "x.csv",
    );
    expect(r.units).toEqual([
      expect.objectContaining({ orgNumber: "964965404", name: "LILLESAND KOMMUNE", orgForm: null, address: null }),
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("files it cannot read", () => {
  it("refuses what is not the register's JSON or CSV, and a gzip that inflates past 200 MB", () => {
    const key = (b: Uint8Array) => {
      try {
        parseRegisterFile(b, "x");
        return "read";
      } catch (e) {
        return e instanceof RegisterFileError ? e.key : String(e);
      }
    };
    expect(key(bytes('[{"organisasjonsnummer": '))).toBe("unreadable");
    expect(key(bytes("id;name\n1;x\n"))).toBe("unreadable");
    expect(key(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3]))).toBe("unreadable");
    expect(key(new Uint8Array(gzipSync(Buffer.alloc(201 * 1024 * 1024), { level: 1 })))).toBe("tooLarge");
  });
});

describe("one unit's JSON", () => {
  it("takes a sub-unit's location address, the postal address's municipality when there is no other, and a foreign country", () => {
    const read = (o: unknown) => unitFromJson(unitJson.parse(o), false);
    expect(
      read({
        organisasjonsnummer: "974595001",
        navn: "X",
        organisasjonsform: { kode: "BEDR" },
        beliggenhetsadresse: {
          adresse: ["Kirsten Flagstads vei 26"],
          postnummer: "4621",
          poststed: "KRISTIANSAND S",
          kommunenummer: "4204",
        },
      }),
    ).toMatchObject({
      subUnit: true,
      address: "Kirsten Flagstads vei 26, 4621 KRISTIANSAND S",
      municipalityNumber: "4204",
    });
    expect(
      read({
        organisasjonsnummer: "964965404",
        navn: "X",
        postadresse: {
          adresse: ["Postboks 23"],
          postnummer: "4791",
          poststed: "LILLESAND",
          kommune: "LILLESAND",
          kommunenummer: "4215",
        },
      }),
    ).toMatchObject({ address: null, municipalityNumber: "4215", municipalityName: "LILLESAND" });
    expect(
      read({
        organisasjonsnummer: "964965404",
        navn: "X",
        forretningsadresse: {
          adresse: ["Storgatan 1", null, ""],
          postnummer: "11122",
          poststed: "STOCKHOLM",
          landkode: "SE",
          land: "Sverige",
        },
      }),
    ).toMatchObject({ address: "Storgatan 1, 11122 STOCKHOLM, Sverige", municipalityNumber: null });
    // Fields of an unexpected type are missing, not a broken unit.
    expect(
      read({
        organisasjonsnummer: "964965404",
        navn: "X",
        organisasjonsform: "KOMM",
        forretningsadresse: { adresse: "Østregate 2", kommunenummer: 4215 },
        slettedato: "i fjor",
      }),
    ).toMatchObject({ orgForm: null, address: null, municipalityNumber: null, deletedOn: null });
  });
});

describe("organisational forms", () => {
  it("suggests the portal's kind, and the county from the municipality number", () => {
    const forms = [
      "KOMM",
      "FYLK",
      "ORGL",
      "STAT",
      "SF",
      "AS",
      "ASA",
      "STI",
      "FLI",
      "SA",
      "ANS",
      "DA",
      "ENK",
      "NUF",
      "BA",
      "KF",
      "IKS",
      "BEDR",
      "toString",
      "",
      null,
    ];
    expect(forms.map(suggestKind)).toEqual([
      "KOMMUNE",
      "FYLKESKOMMUNE",
      "UH",
      "UH",
      "UH",
      ...Array(10).fill("PRIVAT"),
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(countyNumberOf("4202")).toBe("42");
    expect(countyNumberOf("0301")).toBe("03");
    expect([countyNumberOf("42"), countyNumberOf(null), countyNumberOf("42a1")]).toEqual([null, null, null]);
  });
});
