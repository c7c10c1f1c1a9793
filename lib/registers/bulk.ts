/**
 * The register's own data as the portal reads it: one unit from the open API
 * (`/enheter/{orgnr}`, `/underenheter/{orgnr}`), and the bulk download files
 * (`/enheter/lastned` — a gzipped JSON array — and `/enheter/lastned/csv`)
 * or a search answer (HAL, `_embedded.enheter`). Pure: no I/O but inflating
 * a gzipped upload.
 */
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { isValidOrgNumber, normaliseDigits } from "@/lib/norwegian-ids";

export type RegisterUnit = {
  orgNumber: string;
  name: string;
  orgForm: string | null;
  orgFormName: string | null;
  municipalityNumber: string | null;
  municipalityName: string | null;
  /** "Rådhusgata 1, 4611 Kristiansand S" */
  address: string | null;
  parentOrgNumber: string | null;
  subUnit: boolean;
  /** slettedato: the register says the unit is deleted */
  deletedOn: string | null;
};

const address = z.looseObject({
  adresse: z.array(z.string()).optional().nullable(),
  postnummer: z.string().optional().nullable(),
  poststed: z.string().optional().nullable(),
  kommunenummer: z.string().optional().nullable(),
  kommune: z.string().optional().nullable(),
});

/** A unit in the API's JSON shape, with only what the portal uses. */
export const unitJson = z.looseObject({
  organisasjonsnummer: z.string(),
  navn: z.string().min(1),
  organisasjonsform: z.looseObject({ kode: z.string().optional().nullable(), beskrivelse: z.string().optional().nullable() }).optional().nullable(),
  forretningsadresse: address.optional().nullable(),
  beliggenhetsadresse: address.optional().nullable(),
  postadresse: address.optional().nullable(),
  overordnetEnhet: z.string().optional().nullable(),
  parentOrganisasjonsnummer: z.string().optional().nullable(),
  slettedato: z.string().optional().nullable(),
});

const text = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** The register's JSON for a unit as the portal keeps it. */
export function unitFromJson(json: z.infer<typeof unitJson>, subUnit: boolean): RegisterUnit {
  const place = json.forretningsadresse ?? json.beliggenhetsadresse ?? json.postadresse ?? null;
  const street = (place?.adresse ?? []).map((a) => a.trim()).filter(Boolean).join(", ");
  const town = [text(place?.postnummer), text(place?.poststed)].filter(Boolean).join(" ");
  return {
    orgNumber: normaliseDigits(json.organisasjonsnummer),
    name: json.navn.trim(),
    orgForm: text(json.organisasjonsform?.kode),
    orgFormName: text(json.organisasjonsform?.beskrivelse),
    municipalityNumber: text(place?.kommunenummer),
    municipalityName: text(place?.kommune),
    address: [street, town].filter(Boolean).join(", ") || null,
    parentOrgNumber: text(json.overordnetEnhet ?? json.parentOrganisasjonsnummer),
    subUnit,
    deletedOn: text(json.slettedato),
  };
}

/** Inflated uploads are capped: a county's extract is small, the whole country's is not what the import is for. */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

export type BulkError = { line: number; message: "invalidOrgNumber" | "missingName" | "duplicate" };

/** Reads the register's bulk file (JSON array, HAL search answer or CSV; gzipped or not) into units, with the lines it could not use. */
export function parseRegisterFile(bytes: Uint8Array, filename: string): { units: RegisterUnit[]; errors: BulkError[]; format: "json" | "csv" } {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES }) : Buffer.from(bytes);
  const content = raw.toString("utf8").replace(/^\ufeff/, "");
  const json = /\.json(\.gz)?$/i.test(filename) || /^\s*[[{]/.test(content);
  const rows: { line: number; value: unknown }[] = json ? jsonRows(content) : csvRows(content);
  const units: RegisterUnit[] = [];
  const errors: BulkError[] = [];
  const seen = new Set<string>();
  const subUnits = /underenhet/i.test(filename);
  for (const { line, value } of rows) {
    const parsed = unitJson.safeParse(value);
    const number = typeof (value as { organisasjonsnummer?: unknown })?.organisasjonsnummer === "string" ? normaliseDigits((value as { organisasjonsnummer: string }).organisasjonsnummer) : "";
    if (!isValidOrgNumber(number)) errors.push({ line, message: "invalidOrgNumber" });
    else if (!parsed.success) errors.push({ line, message: "missingName" });
    else if (seen.has(number)) errors.push({ line, message: "duplicate" });
    else {
      seen.add(number);
      units.push(unitFromJson(parsed.data, subUnits));
    }
  }
  return { units, errors, format: json ? "json" : "csv" };
}

function jsonRows(content: string): { line: number; value: unknown }[] {
  const data: unknown = JSON.parse(content);
  const embedded = (data as { _embedded?: { enheter?: unknown[]; underenheter?: unknown[] } })?._embedded;
  const list = Array.isArray(data) ? data : (embedded?.enheter ?? embedded?.underenheter ?? [data]);
  return list.map((value, i) => ({ line: i + 1, value }));
}

/** The register's CSV: one column per field, dotted names for nested ones ("forretningsadresse.kommunenummer"). */
function csvRows(content: string): { line: number; value: unknown }[] {
  const firstLine = content.slice(0, content.indexOf("\n") >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const records = parse(content, { delimiter, columns: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[];
  return records.map(({ record, info }) => {
    const value: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(record)) {
      if (v === "") continue;
      const path = key.split(".");
      let at = value;
      for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
      const last = path[path.length - 1]!;
      // The address lines come as one column in the CSV.
      at[last] = last === "adresse" ? [v] : v;
    }
    return { line: info.lines, value };
  });
}
