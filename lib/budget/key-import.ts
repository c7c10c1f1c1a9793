/**
 * Key data import: a CSV of teacher FTEs (lærerårsverk, schools) and/or staff
 * FTEs (årsverk i barnehage, kindergartens) per owner, in the shape of a
 * GSI/Skoleporten export — organisation number or name, year (or school
 * year), FTEs. Pure functions: decode, parse, match to owners and
 * check each row. Nothing here writes; the mutation writes only what the user
 * confirmed after seeing this preview.
 */
import { parse } from "csv-parse/sync";
import { isValidOrgNumber, normaliseDigits } from "@/lib/norwegian-ids";

export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 5_000;

export type KeyRowError =
  "unknownOwner" | "ambiguousOwner" | "badOrgNumber" | "missingOwner" | "badNumber" | "badYear" | "duplicate";
export type FileError = "empty" | "notText" | "tooLarge" | "noHeader" | "tooManyRows" | "unreadable";

export type ParsedRow = { line: number; org: string; name: string; year: string; value: string; staff: string };
export type CheckedRow = ParsedRow & {
  organisationId: string | null;
  ownerName: string | null;
  yearValue: number | null;
  /** teacher FTEs (schools) */
  fte: number | null;
  /** staff FTEs (kindergartens) */
  staffFte: number | null;
  error: KeyRowError | null;
  /** the line this row duplicates */
  duplicateOf?: number;
};

/** Text of an uploaded file: UTF-8 (with or without BOM), or Windows-1252 as older Excel saves it. Binary files are refused. */
export function decodeCsv(bytes: Uint8Array): { text: string } | { error: FileError } {
  if (bytes.length === 0) return { error: "empty" };
  if (bytes.length > MAX_IMPORT_BYTES) return { error: "tooLarge" };
  if (bytes.includes(0)) return { error: "notText" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, "") };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes) };
  }
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/å/g, "a")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");

const COLUMNS = {
  org: /^(organisasjonsnummer|organisasjonsnr|orgnummer|orgnr|orgno|organisationnumber)/,
  // Bokmål, nynorsk and English headings (the instructions are shown in all three).
  name: /^(navn|namn|skoleeier|skuleeigar|eier|eigar|kommune|organisasjon|enhet|eining|name|owner)/,
  year: /^(ar|aar|skolear|skulear|barnehagear|year|schoolyear)$/,
  // Kindergarten staff FTEs before teacher FTEs: "Årsverk i barnehage" is not "Lærerårsverk".
  staff: /(barnehage|ansatt|tilsett|personal|staff|kindergarten)/,
  value: /(laererarsverk|arsverk|fte)/,
} as const;

/** Splits the file into rows with the four columns, by their headings (in any order, ; , or tab separated). */
export function parseKeyCsv(text: string): { rows: ParsedRow[] } | { error: FileError } {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  if (!firstLine.trim()) return { error: "empty" };
  const count = (c: string) => firstLine.split(c).length - 1;
  const delimiter = count(";") > 0 ? ";" : count("\t") > 0 ? "\t" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch {
    return { error: "unreadable" };
  }
  const header = records[0]?.record.map(fold) ?? [];
  // Each column is taken once, in this order ("Organisasjonsnummer" is the number, not the name).
  const used = new Set<number>();
  const index = (re: RegExp) => {
    const i = header.findIndex((h, j) => !used.has(j) && re.test(h));
    if (i >= 0) used.add(i);
    return i;
  };
  const cols = {
    org: index(COLUMNS.org),
    name: index(COLUMNS.name),
    year: index(COLUMNS.year),
    staff: index(COLUMNS.staff),
    value: index(COLUMNS.value),
  };
  if ((cols.org < 0 && cols.name < 0) || cols.year < 0 || (cols.value < 0 && cols.staff < 0))
    return { error: "noHeader" };
  const body = records.slice(1).filter((r) => r.record.some((c) => c !== ""));
  if (body.length > MAX_IMPORT_ROWS) return { error: "tooManyRows" };
  const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? "") : "").slice(0, 200);
  return {
    rows: body.map((r) => ({
      line: r.info.lines,
      org: cell(r.record, cols.org),
      name: cell(r.record, cols.name),
      year: cell(r.record, cols.year),
      value: cell(r.record, cols.value),
      staff: cell(r.record, cols.staff),
    })),
  };
}

/** "2053,1", "2 053.1", "2053" → 2053.1 (up to four decimals); anything else → null. */
export function parseFte(value: string): number | null {
  const v = value.replace(/[\s\u00a0\u202f]/g, "");
  if (!/^\d{1,6}([.,]\d{1,4})?$/.test(v)) return null;
  return Number(v.replace(",", "."));
}

/** "2023" → 2023; a school year "2022-23", "2022–2023" or "2022/23" → 2023 (the year it ends, the budget year it serves). */
export function parseKeyYear(value: string): number | null {
  const v = value.trim();
  const single = /^(\d{4})$/.exec(v);
  const school = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/.exec(v);
  let year: number | null = null;
  if (single) year = Number(single[1]);
  else if (school) {
    const start = Number(school[1]);
    const end = school[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(school[2]) : Number(school[2]);
    year = end === start + 1 ? end : null;
  }
  return year !== null && year >= 2000 && year <= 2100 ? year : null;
}

export type Owner = { id: string; name: string; orgNumber: string | null };

/** Owners found by organisation number, else by name ("Trondheim" also finds "Trondheim kommune"). */
function ownerMatcher(owners: readonly Owner[]) {
  const byOrg = new Map(owners.filter((o) => o.orgNumber).map((o) => [o.orgNumber!, o]));
  const byName = new Map<string, Owner[]>();
  for (const o of owners) {
    const keys = new Set([fold(o.name), fold(o.name.replace(/\s+(kommune|fylkeskommune)$/i, ""))]);
    for (const k of keys) byName.set(k, [...(byName.get(k) ?? []), o]);
  }
  return (row: ParsedRow): { owner: Owner } | { error: KeyRowError } => {
    const digits = normaliseDigits(row.org);
    if (digits) {
      if (!isValidOrgNumber(digits)) return { error: "badOrgNumber" };
      const owner = byOrg.get(digits);
      return owner ? { owner } : { error: "unknownOwner" };
    }
    if (!row.name.trim()) return { error: "missingOwner" };
    const found = byName.get(fold(row.name)) ?? [];
    if (found.length === 1) return { owner: found[0]! };
    return { error: found.length > 1 ? "ambiguousOwner" : "unknownOwner" };
  };
}

/** Checks every row: owner known (among `owners`), year valid, at least one number and every number valid, no owner and year twice. */
export function checkKeyRows(rows: readonly ParsedRow[], owners: readonly Owner[]): CheckedRow[] {
  const match = ownerMatcher(owners);
  const firstLine = new Map<string, number>();
  return rows.map((row) => {
    const found = match(row);
    const yearValue = parseKeyYear(row.year);
    const fte = row.value.trim() ? parseFte(row.value) : null;
    const staffFte = row.staff.trim() ? parseFte(row.staff) : null;
    const badNumber =
      (row.value.trim() !== "" && fte === null) ||
      (row.staff.trim() !== "" && staffFte === null) ||
      (fte === null && staffFte === null);
    const owner = "owner" in found ? found.owner : null;
    let error: KeyRowError | null =
      "error" in found ? found.error : yearValue === null ? "badYear" : badNumber ? "badNumber" : null;
    let duplicateOf: number | undefined;
    // Only a valid row claims its owner and year; a later valid row for the same pair is the duplicate.
    if (owner && yearValue !== null && error === null) {
      const key = `${owner.id}|${yearValue}`;
      const first = firstLine.get(key);
      if (first !== undefined) {
        error = "duplicate";
        duplicateOf = first;
      } else firstLine.set(key, row.line);
    }
    return {
      ...row,
      organisationId: owner?.id ?? null,
      ownerName: owner?.name ?? null,
      yearValue,
      fte,
      staffFte,
      error,
      duplicateOf,
    };
  });
}
