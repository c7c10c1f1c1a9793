/**
 * Enhetsregisteret's data as the portal reads it, in one place for the
 * lookup (lib/registers/brreg.ts) and for uploaded files: the API's JSON for
 * one unit (`/enheter/{orgnr}`, `/underenheter/{orgnr}`), a search answer
 * (HAL, `_embedded.enheter`), and the bulk downloads `/enheter/lastned` (a
 * gzipped JSON array) and `/enheter/lastned/csv`. Pure: no I/O beyond
 * inflating a gzipped upload. See docs/decisions/016-enhetsregisteret-lookup.md.
 */
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { isValidOrgNumber, normaliseDigits } from "@/lib/norwegian-ids";

export type RegisterUnit = {
  /** 9 digits */
  orgNumber: string;
  /** `navn`, as the register spells it (often upper case) */
  name: string;
  /** organisasjonsform.kode: KOMM, FYLK, ORGL, AS, STI, BEDR … */
  orgForm: string | null;
  orgFormName: string | null;
  /** 4 digits, from the business (or location) address, else the postal address */
  municipalityNumber: string | null;
  municipalityName: string | null;
  /** "Rådhusgata 18, 4611 KRISTIANSAND S": the business address of a unit, the location address of a sub-unit */
  address: string | null;
  /** overordnetEnhet */
  parentOrgNumber: string | null;
  /** came from /underenheter (or is a sub-unit in a file) */
  subUnit: boolean;
  /** slettedato (ISO date): the register says the unit is deleted */
  deletedOn: string | null;
};

/** The register's dates are ISO dates (yyyy-mm-dd); anything else is no date. */
export function registerDate(value: unknown): string | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : null;
}

// Only the number and the name are required: a field of an unexpected type is read as missing, not as a broken unit.
const text = z.string().nullish().catch(null);
const addressJson = z
  .looseObject({
    adresse: z.array(z.string().nullable()).nullish().catch(null),
    postnummer: text,
    poststed: text,
    kommunenummer: text,
    kommune: text,
    landkode: text,
    land: text,
  })
  .nullish()
  .catch(null);

/** A unit in the API's JSON shape (loose: the register adds fields), with only what the portal uses. */
export const unitJson = z.looseObject({
  organisasjonsnummer: z.string(),
  navn: z.string().trim().min(1),
  organisasjonsform: z.looseObject({ kode: text, beskrivelse: text }).nullish().catch(null),
  forretningsadresse: addressJson,
  beliggenhetsadresse: addressJson,
  postadresse: addressJson,
  overordnetEnhet: text,
  slettedato: text,
});
export type UnitJson = z.infer<typeof unitJson>;
type AddressJson = z.infer<typeof addressJson>;

/** Sub-units' own forms: of a business or public body (BEDR), of a non-business unit (AAFY). */
const SUB_UNIT_FORMS = new Set(["BEDR", "AAFY"]);

const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

function formatAddress(a: AddressJson): string | null {
  if (!a) return null;
  const lines = (a.adresse ?? []).map(clean).filter((l): l is string => l !== null);
  const town = [clean(a.postnummer), clean(a.poststed)].filter(Boolean).join(" ");
  const abroad = clean(a.landkode) && clean(a.landkode) !== "NO" ? clean(a.land) : null;
  return [...lines, town, abroad].filter(Boolean).join(", ") || null;
}

/** The register's JSON for a unit as the portal keeps it. */
export function unitFromJson(json: UnitJson, subUnit: boolean): RegisterUnit {
  // A unit has a business address, a sub-unit a location address; the postal address is the fallback for the municipality only.
  const physical = json.forretningsadresse ?? json.beliggenhetsadresse ?? null;
  const home = [physical, json.postadresse].find((a) => /^\d{4}$/.test(clean(a?.kommunenummer) ?? ""));
  const parent = normaliseDigits(json.overordnetEnhet ?? "");
  const orgForm = clean(json.organisasjonsform?.kode);
  return {
    orgNumber: normaliseDigits(json.organisasjonsnummer),
    name: json.navn,
    orgForm,
    orgFormName: clean(json.organisasjonsform?.beskrivelse),
    municipalityNumber: clean(home?.kommunenummer),
    municipalityName: clean(home?.kommune),
    address: formatAddress(physical),
    parentOrgNumber: /^\d{9}$/.test(parent) ? parent : null,
    subUnit: subUnit || (orgForm !== null && SUB_UNIT_FORMS.has(orgForm)),
    deletedOn: registerDate(json.slettedato),
  };
}

/** Inflated uploads are capped: a county's extract is small, and the whole country's (about 1 GB inflated) is not what an upload is for. */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

/** Why a file could not be read at all (as opposed to a line that could not be used). */
export class RegisterFileError extends Error {
  constructor(readonly key: "tooLarge" | "unreadable") {
    super(`Register file: ${key}`);
    this.name = "RegisterFileError";
  }
}

export type BulkError = { line: number; message: "invalidOrgNumber" | "missingName" | "duplicate" };
type Row = { line: number; value: unknown; subUnit: boolean };

/** Text of an upload: gzip found by its magic bytes (1f 8b) and inflated; UTF-8 with or without BOM, or Windows-1252 as Excel saves a CSV. */
function decode(bytes: Uint8Array): string {
  let raw: Uint8Array = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
    } catch (e) {
      throw new RegisterFileError((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "tooLarge" : "unreadable");
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw).replace(/^\ufeff/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(raw);
  }
}

/**
 * Reads a file from the register into units, with the lines it could not use:
 * a JSON array (the bulk download), a HAL search answer or one unit, or the
 * CSV download (comma or semicolon separated). A line without a valid
 * organisation number or without a name is an error, and so is the second
 * line with a number already read. Throws RegisterFileError when the file is
 * not one of these at all.
 */
export function parseRegisterFile(
  bytes: Uint8Array,
  filename: string,
): { units: RegisterUnit[]; errors: BulkError[]; format: "json" | "csv" } {
  const content = decode(bytes);
  // Neither CSV header nor data starts with a bracket; the file name is only a hint for sub-units ("underenheter_alle.json.gz").
  const format = /^\s*[[{]/.test(content) ? "json" : "csv";
  const subUnits = /underenhet/i.test(filename);
  const rows = format === "json" ? jsonRows(content, subUnits) : csvRows(content, subUnits);
  const units: RegisterUnit[] = [];
  const errors: BulkError[] = [];
  const seen = new Set<string>();
  for (const { line, value, subUnit } of rows) {
    const raw = (value as { organisasjonsnummer?: unknown } | null)?.organisasjonsnummer;
    const number = typeof raw === "string" ? normaliseDigits(raw) : "";
    const parsed = unitJson.safeParse(value);
    if (!isValidOrgNumber(number)) errors.push({ line, message: "invalidOrgNumber" });
    else if (!parsed.success) errors.push({ line, message: "missingName" });
    else if (seen.has(number)) errors.push({ line, message: "duplicate" });
    else {
      seen.add(number);
      units.push(unitFromJson(parsed.data, subUnit));
    }
  }
  return { units, errors, format };
}

function jsonRows(content: string, subUnits: boolean): Row[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw new RegisterFileError("unreadable");
  }
  const list = (items: unknown, subUnit: boolean): Row[] =>
    Array.isArray(items) ? items.map((value, i) => ({ line: i + 1, value, subUnit })) : [];
  if (Array.isArray(data)) return list(data, subUnits);
  if (!data || typeof data !== "object") throw new RegisterFileError("unreadable");
  // A search answer: the units under _embedded, none at all when nothing matched.
  if ("_embedded" in data || "page" in data) {
    const embedded = (data as { _embedded?: { enheter?: unknown; underenheter?: unknown } })._embedded;
    return [...list(embedded?.enheter, subUnits), ...list(embedded?.underenheter, true)];
  }
  return [{ line: 1, value: data, subUnit: subUnits }];
}

const ADDRESS_FIELDS = ["adresse", "postnummer", "poststed", "kommunenummer", "kommune", "landkode", "land"] as const;
/** The CSV columns read, by the register's names; nested fields are dotted ("forretningsadresse.kommunenummer"). Others are ignored. */
const CSV_COLUMNS = new Set([
  "organisasjonsnummer",
  "navn",
  "organisasjonsform.kode",
  "organisasjonsform.beskrivelse",
  "overordnetEnhet",
  "slettedato",
  ...["forretningsadresse", "beliggenhetsadresse", "postadresse"].flatMap((a) =>
    ADDRESS_FIELDS.map((f) => `${a}.${f}`),
  ),
]);

/** The register's CSV, by header name; the line numbers are the file's. */
function csvRows(content: string, subUnits: boolean): Row[] {
  const firstLine = content.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(content, {
      delimiter,
      columns: (h: string[]) => h.map((c) => c.trim()),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch {
    throw new RegisterFileError("unreadable");
  }
  if (records.length > 0 && !Object.hasOwn(records[0]!.record, "organisasjonsnummer"))
    throw new RegisterFileError("unreadable");
  return records.map(({ record, info }) => {
    const value: Record<string, Record<string, unknown> | string> = {};
    for (const [key, cell] of Object.entries(record)) {
      if (cell === "" || !CSV_COLUMNS.has(key)) continue;
      const [head, field] = key.split(".") as [string, string | undefined];
      if (field === undefined) value[head] = cell;
      // The address lines are one cell in the CSV.
      else ((value[head] ??= {}) as Record<string, unknown>)[field] = field === "adresse" ? cell.split(/\r?\n/) : cell;
    }
    return { line: info.lines, value, subUnit: subUnits };
  });
}
