import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkKeyRows, decodeCsv, parseFte, parseKeyCsv, parseKeyYear } from "@/lib/budget/key-import";

const owners = [
  { id: "trd", name: "Trondheim kommune", orgNumber: "942110464" },
  { id: "mal", name: "Malvik kommune", orgNumber: null },
  { id: "tfk", name: "Trøndelag fylkeskommune", orgNumber: null },
];

describe("key data CSV", () => {
  it("reads a GSI-like export: headings in any order, semicolons, decimal commas, school years, a BOM", () => {
    const text =
      '\ufeffSkoleår;Lærerårsverk;Navn;Organisasjonsnummer\n2022-23;"2 053,1";Trondheim kommune;942 110 464\n2022–2023;184,2;Malvik;\n';
    const decoded = decodeCsv(new TextEncoder().encode(text));
    const parsed = parseKeyCsv("text" in decoded ? decoded.text : "");
    expect("rows" in parsed && parsed.rows).toEqual([
      { line: 2, org: "942 110 464", name: "Trondheim kommune", year: "2022-23", value: "2 053,1", staff: "" },
      { line: 3, org: "", name: "Malvik", year: "2022–2023", value: "184,2", staff: "" },
    ]);
    const checked = checkKeyRows("rows" in parsed ? parsed.rows : [], owners);
    expect(checked.map((r) => [r.organisationId, r.yearValue, r.fte, r.error])).toEqual([
      ["trd", 2023, 2053.1, null],
      ["mal", 2023, 184.2, null],
    ]);
  });

  it("reads staff FTEs for kindergartens, alone or beside teacher FTEs", () => {
    const parsed = parseKeyCsv("Navn;År;Årsverk i barnehage\nMalvik;2023;88,5\nTrondheim;2023;\n");
    expect("rows" in parsed && checkKeyRows(parsed.rows, owners).map((r) => [r.fte, r.staffFte, r.error])).toEqual([
      [null, 88.5, null],
      [null, null, "badNumber"],
    ]);
    const both = parseKeyCsv("Navn;År;Lærerårsverk;Årsverk barnehage\nMalvik;2023;184,2;88,5");
    expect("rows" in both && checkKeyRows(both.rows, owners)[0]).toMatchObject({
      fte: 184.2,
      staffFte: 88.5,
      error: null,
    });
  });

  it("reads the headings the instructions give in nynorsk and English", () => {
    const nn = parseKeyCsv("Namn;Skuleår;Lærarårsverk;Årsverk i barnehage\nMalvik;2022-23;184,2;88,5\n");
    expect("rows" in nn && checkKeyRows(nn.rows, owners)[0]).toMatchObject({
      organisationId: "mal",
      yearValue: 2023,
      fte: 184.2,
      staffFte: 88.5,
      error: null,
    });
    const en = parseKeyCsv(
      "Organisation number;Name;Year;Teacher FTEs;Kindergarten FTEs\n942110464;Trondheim kommune;2023;2053.1;12\n",
    );
    expect("rows" in en && checkKeyRows(en.rows, owners)[0]).toMatchObject({
      organisationId: "trd",
      fte: 2053.1,
      staffFte: 12,
      error: null,
    });
  });

  it("reads commas and tabs as separators too", () => {
    for (const sep of [",", "\t"]) {
      const parsed = parseKeyCsv(
        ["Navn", "År", "Lærerårsverk"].join(sep) + "\n" + ["Trøndelag fylkeskommune", "2023", "2274.3825"].join(sep),
      );
      expect("rows" in parsed && checkKeyRows(parsed.rows, owners)[0]).toMatchObject({
        organisationId: "tfk",
        fte: 2274.3825,
        error: null,
      });
    }
  });

  it("tells what is wrong with each row", () => {
    const rows = [
      { line: 2, org: "", name: "Oslo kommune", year: "2023", value: "1", staff: "" },
      { line: 3, org: "942110465", name: "", year: "2023", value: "1", staff: "" },
      { line: 4, org: "", name: "", year: "2023", value: "1", staff: "" },
      { line: 5, org: "", name: "Malvik", year: "23", value: "1", staff: "" },
      { line: 6, org: "", name: "Malvik", year: "2023", value: "-4", staff: "" },
      { line: 7, org: "", name: "Malvik", year: "2023", value: "1,23456", staff: "" },
      { line: 8, org: "", name: "Malvik", year: "2023", value: "5", staff: "" },
      { line: 9, org: "", name: "malvik kommune", year: "2022/23", value: "6", staff: "" },
    ];
    expect(checkKeyRows(rows, owners).map((r) => r.error)).toEqual([
      "unknownOwner",
      "badOrgNumber",
      "missingOwner",
      "badYear",
      "badNumber",
      "badNumber",
      null,
      "duplicate",
    ]);
  });

  it("refuses files without headings, binary files and empty files", () => {
    expect(parseKeyCsv("1;2;3\n4;5;6")).toEqual({ error: "noHeader" });
    expect(decodeCsv(new Uint8Array([0x25, 0x50, 0x00]))).toEqual({ error: "notText" });
    expect(decodeCsv(new Uint8Array())).toEqual({ error: "empty" });
  });

  it("never accepts a number or year that is not one, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const fte = parseFte(s);
        if (fte !== null) expect(Number.isFinite(fte) && fte >= 0 && fte < 1_000_000).toBe(true);
        const year = parseKeyYear(s);
        if (year !== null) expect(year >= 2000 && year <= 2100).toBe(true);
      }),
    );
    expect(parseKeyYear("2022-24")).toBeNull();
  });
});
