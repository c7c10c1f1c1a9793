/**
 * Noark 5 archive packages (arkivuttrekk) for deposit with the archive.
 *
 * The XML follows Arkivverket's arkivstruktur.xsd for Noark 5 v5.1, kept with
 * its metadatakatalog.xsd under tests/fixtures/noark5/v5.1/ (where they came
 * from: tests/fixtures/noark5/README.md). tests/unit/noark5.test.ts validates
 * the output against them with xmllint, so the element order below is the
 * schema's order, not a matter of taste.
 *
 * Pure functions: no database, no clock, no randomness. The same package gives
 * byte-identical XML and zip, so an export can be repeated and compared.
 */
import { createHash } from "node:crypto";
import { strToU8, zipSync, type Zippable } from "fflate";

export type ArchiveDocument = {
  title: string;
  filename: string;
  bytes: Uint8Array;
  /** "Hoveddokument" | "Vedlegg" */
  role: "Hoveddokument" | "Vedlegg";
  createdAt: Date;
  createdBy: string;
};

export type ArchiveCorrespondent = {
  kind: "Avsender" | "Mottaker" | "Kopimottaker";
  name: string;
  orgNumber?: string | null;
};

export type ArchiveEntry = {
  systemId: string;
  title: string;
  /** journalposttype */
  type:
    | "Inngående dokument"
    | "Utgående dokument"
    | "Organinternt dokument for oppfølging"
    | "Organinternt dokument uten oppfølging"
    | "Saksframlegg";
  date: Date;
  createdBy: string;
  correspondents: ArchiveCorrespondent[];
  documents: ArchiveDocument[];
  /** the archive's own numbers when recorded */
  journalYear?: number | null;
  journalSequence?: number | null;
  documentNumber?: number | null;
};

export type ArchiveCase = {
  systemId: string;
  title: string;
  createdAt: Date;
  createdBy: string;
  responsible: string;
  adminUnit?: string | null;
  caseYear?: number | null;
  caseSequence?: number | null;
  entries: ArchiveEntry[];
};

export type ArchivePackage = {
  archiveTitle: string;
  archivePartTitle: string;
  systemId: string;
  created: Date;
  createdBy: string;
  cases: ArchiveCase[];
  /**
   * The organisation that created the records (arkivskaper, mandatory in the
   * XSD). Without it the archive's title stands in as name and the package id
   * as id, so the element is never empty.
   */
  archiveCreator?: { id: string; name: string } | null;
};

const NS = "http://www.arkivverket.no/standarder/noark5/arkivstruktur";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
/** Namespace of our own virksomhetsspesifikkeMetadata (the XSD's extension point, typed xs:anyType). */
const VSM_NS = "urn:x-kompetanseportalen:noark5:vsm";
const DOCUMENT_DIR = "dokumenter";
const TZ = "Europe/Oslo";

/**
 * The XSD makes saksaar/sakssekvensnummer (M011/M012) and journalaar/
 * journalsekvensnummer/journalpostnummer (M013–M015) mandatory integers. When
 * the archive has not numbered a case or entry, the year is the one the case
 * or entry was created in (that is what the year means) and the sequence
 * numbers are 0: Noark numbering starts at 1, so 0 reads as "not assigned"
 * rather than as an invented number. mappeID then carries the portal's own id.
 */
const NOT_NUMBERED = 0;
/** administrativEnhet is mandatory in saksmappe; used when the case has none recorded. */
const UNIT_NOT_GIVEN = "Ikke angitt";

// ---------------------------------------------------------------------------
// Text, dates and identifiers

/** Characters XML 1.0 allows (section 2.2); the rest, lone surrogates included, cannot be written at all. */
const FORBIDDEN_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN_XML_CHARS, "");
}

/** Escaped for element content and attribute values alike; CR as a reference so parsers do not turn it into LF. */
function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;");
}

/** Mandatory text (the XSD's minLength 1): an empty value is a data error to surface, not to paper over. */
function required(text: string, what: string): string {
  const clean = xmlSafe(text).trim();
  if (!clean) throw new Error(`Noark 5: ${what} is empty`);
  return clean;
}

/** xs:dateTime in UTC with its "Z", whole seconds. */
function dateTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

const osloDate = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TZ });

/** xs:date as the calendar day in Norway, where the records were made. */
function date(d: Date): string {
  return osloDate.format(d);
}

/** The year in Norway of a moment. */
function osloYear(d: Date): number {
  return Number(date(d).slice(0, 4));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * systemID is a UUID in this XSD (metadatakatalog.xsd, simpleType ID). An id
 * that already is one is kept, so the archive can be traced back to the
 * portal; any other id becomes a name-based UUID: SHA-1 of "<kind>:<id>",
 * version 5 and RFC 4122 variant bits set. The kind keeps a case and an entry
 * with the same id apart.
 */
export function systemUuid(kind: string, id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const hash = createHash("sha1").update(`${kind}:${id}`, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

// ---------------------------------------------------------------------------
// Files in the package

type PlacedDocument = { doc: ArchiveDocument; path: string; number: number; checksum: string };

/** A file name that cannot leave dokumenter/ or break the zip: no directories, no control characters. */
function safeFilename(name: string, fallback: string): string {
  const base = xmlSafe(name).split(/[/\\]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f:*?"<>|]/g, "").trim();
  return clean && clean !== "." && clean !== ".." ? clean : fallback;
}

/** "vedtak.pdf" → "vedtak-2.pdf": two entries may well attach files with the same name. */
function withSuffix(name: string, n: number): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}

/** Main document first, then attachments, numbered 1… as dokumentnummer (M007) within the entry. */
function orderedDocuments(entry: ArchiveEntry): ArchiveDocument[] {
  const main = entry.documents.filter((d) => d.role === "Hoveddokument");
  return [...main, ...entry.documents.filter((d) => d.role !== "Hoveddokument")];
}

/**
 * Where every document goes in the zip, computed once so arkivstruktur.xml's
 * referanseDokumentfil and the zip can never disagree.
 */
function placeDocuments(pkg: ArchivePackage): Map<ArchiveEntry, PlacedDocument[]> {
  const used = new Set<string>();
  const placed = new Map<ArchiveEntry, PlacedDocument[]>();
  for (const c of pkg.cases) {
    for (const entry of c.entries) {
      placed.set(
        entry,
        orderedDocuments(entry).map((doc, i) => {
          const name = uniqueName(safeFilename(doc.filename, `dokument-${used.size + 1}.pdf`), used);
          return { doc, path: `${DOCUMENT_DIR}/${name}`, number: i + 1, checksum: sha256Hex(doc.bytes) };
        }),
      );
    }
  }
  return placed;
}

/** Case-insensitively unique, as the zip may be unpacked on a file system that ignores case. */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = withSuffix(name, n);
  used.add(candidate.toLowerCase());
  return candidate;
}

// ---------------------------------------------------------------------------
// XML

/** One element with text; absent values leave the element out (only ever used for optional ones). */
function el(name: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function text(name: string, value: string, what: string): string {
  return el(name, required(value, what));
}

/** Case number "2025/123", entry number "2025/123-4", when the archive has recorded them. */
function caseNumber(c: ArchiveCase): string | null {
  return c.caseYear != null && c.caseSequence != null ? `${c.caseYear}/${c.caseSequence}` : null;
}

function entryNumber(c: ArchiveCase, e: ArchiveEntry): string | null {
  const number = caseNumber(c);
  return number && e.documentNumber != null ? `${number}-${e.documentNumber}` : null;
}

/** dokumenttype (M083) is not in the portal's data; read from what kind of entry it is. */
function documentType(entry: ArchiveEntry): string {
  if (entry.type === "Saksframlegg") return "Saksframlegg";
  if (entry.type === "Inngående dokument" || entry.type === "Utgående dokument") return "Brev";
  return "Notat";
}

function dokumentobjekt(entry: ArchiveEntry, p: PlacedDocument): string {
  return [
    "<dokumentobjekt>",
    el("systemID", systemUuid("dokumentobjekt", `${entry.systemId}#${p.number}`)),
    el("versjonsnummer", 1),
    // The PDF as filed is the version the archive keeps.
    el("variantformat", "Arkivformat"),
    el("format", "PDF"),
    el("mimetype", "application/pdf"),
    el("opprettetDato", dateTime(p.doc.createdAt)),
    text("opprettetAv", p.doc.createdBy, "document createdBy"),
    el("referanseDokumentfil", p.path),
    el("sjekksum", p.checksum),
    el("sjekksumAlgoritme", "SHA256"),
    el("filstoerrelse", p.doc.bytes.length),
    "</dokumentobjekt>",
  ].join("");
}

function dokumentbeskrivelse(entry: ArchiveEntry, p: PlacedDocument): string {
  return [
    "<dokumentbeskrivelse>",
    el("systemID", systemUuid("dokumentbeskrivelse", `${entry.systemId}#${p.number}`)),
    el("dokumenttype", documentType(entry)),
    el("dokumentstatus", "Dokumentet er ferdigstilt"),
    text("tittel", p.doc.title, "document title"),
    el("opprettetDato", dateTime(p.doc.createdAt)),
    text("opprettetAv", p.doc.createdBy, "document createdBy"),
    el("tilknyttetRegistreringSom", p.doc.role),
    el("dokumentnummer", p.number),
    el("tilknyttetDato", dateTime(entry.date)),
    text("tilknyttetAv", entry.createdBy, "entry createdBy"),
    dokumentobjekt(entry, p),
    "</dokumentbeskrivelse>",
  ].join("");
}

/**
 * korrespondansepart is mandatory (1..n) in this XSD's registrering. An
 * internal document without one gets its author as "Intern avsender", which is
 * what Noark calls the sender of an internal record.
 */
function korrespondanseparter(entry: ArchiveEntry): string {
  const parts =
    entry.correspondents.length > 0
      ? entry.correspondents.map((c) => ({ kind: c.kind as string, name: c.name }))
      : [{ kind: "Intern avsender", name: entry.createdBy }];
  return parts
    .map(
      (p) =>
        `<korrespondansepart>${el("korrespondanseparttype", p.kind)}${text("korrespondansepartNavn", p.name, "correspondent name")}</korrespondansepart>`,
    )
    .join("");
}

/**
 * Organisation numbers have no element in this XSD's korrespondansepart, so
 * they go in virksomhetsspesifikkeMetadata (xs:anyType, the schema's own
 * extension point) under our namespace rather than being lost.
 */
function organisationNumbers(entry: ArchiveEntry): string {
  const withNumber = entry.correspondents.filter((c) => c.orgNumber && xmlSafe(c.orgNumber).trim());
  if (withNumber.length === 0) return "";
  const items = withNumber
    .map(
      (c) =>
        `<kp:organisasjonsnummer korrespondansepartNavn="${escapeXml(c.name.trim())}">${escapeXml(c.orgNumber!.trim())}</kp:organisasjonsnummer>`,
    )
    .join("");
  return `<virksomhetsspesifikkeMetadata xmlns:kp="${VSM_NS}">${items}</virksomhetsspesifikkeMetadata>`;
}

/** Received and sent dates only mean something for letters in and out. */
function correspondenceDates(entry: ArchiveEntry): string {
  if (entry.type === "Inngående dokument") return el("mottattDato", dateTime(entry.date));
  if (entry.type === "Utgående dokument") return el("sendtDato", dateTime(entry.date));
  return "";
}

/**
 * journalpost extends registrering, so the registrering elements (documents
 * among them) come first and the journal elements after, as the XSD's
 * xs:extension prescribes. arkivertDato/arkivertAv (mandatory) are the
 * package's: it is the export that files the entry with the archive.
 */
function journalpost(pkg: ArchivePackage, c: ArchiveCase, entry: ArchiveEntry, placed: PlacedDocument[]): string {
  return [
    '<registrering xsi:type="journalpost">',
    el("systemID", systemUuid("journalpost", entry.systemId)),
    el("opprettetDato", dateTime(entry.date)),
    text("opprettetAv", entry.createdBy, "entry createdBy"),
    el("arkivertDato", dateTime(pkg.created)),
    text("arkivertAv", pkg.createdBy, "package createdBy"),
    placed.map((p) => dokumentbeskrivelse(entry, p)).join(""),
    el("registreringsID", entryNumber(c, entry)),
    text("tittel", entry.title, "entry title"),
    organisationNumbers(entry),
    korrespondanseparter(entry),
    el("journalaar", entry.journalYear ?? osloYear(entry.date)),
    el("journalsekvensnummer", entry.journalSequence ?? NOT_NUMBERED),
    el("journalpostnummer", entry.documentNumber ?? NOT_NUMBERED),
    el("journalposttype", entry.type),
    el("journalstatus", "Arkivert"),
    el("journaldato", date(entry.date)),
    correspondenceDates(entry),
    "</registrering>",
  ].join("");
}

/**
 * saksmappe extends mappe: the mappe elements and its registreringer first,
 * the case elements after. avsluttetDato/avsluttetAv are mandatory in mappe;
 * a deposit holds closed cases, and the package is what closes them, so its
 * date and author are used and saksstatus is "Avsluttet".
 */
function saksmappe(pkg: ArchivePackage, c: ArchiveCase, placed: Map<ArchiveEntry, PlacedDocument[]>): string {
  return [
    '<mappe xsi:type="saksmappe">',
    el("systemID", systemUuid("saksmappe", c.systemId)),
    text("mappeID", caseNumber(c) ?? c.systemId, "case id"),
    text("tittel", c.title, "case title"),
    el("opprettetDato", dateTime(c.createdAt)),
    text("opprettetAv", c.createdBy, "case createdBy"),
    el("avsluttetDato", dateTime(pkg.created)),
    text("avsluttetAv", pkg.createdBy, "package createdBy"),
    c.entries.map((e) => journalpost(pkg, c, e, placed.get(e) ?? [])).join(""),
    el("saksaar", c.caseYear ?? osloYear(c.createdAt)),
    el("sakssekvensnummer", c.caseSequence ?? NOT_NUMBERED),
    el("saksdato", date(c.createdAt)),
    el("administrativEnhet", c.adminUnit && xmlSafe(c.adminUnit).trim() ? c.adminUnit.trim() : UNIT_NOT_GIVEN),
    text("saksansvarlig", c.responsible, "case responsible"),
    el("saksstatus", "Avsluttet"),
    "</mappe>",
  ].join("");
}

function arkivskaper(pkg: ArchivePackage): string {
  const creator = pkg.archiveCreator ?? { id: pkg.systemId, name: pkg.archiveTitle };
  return `<arkivskaper>${text("arkivskaperID", creator.id, "archive creator id")}${text("arkivskaperNavn", creator.name, "archive creator name")}</arkivskaper>`;
}

/** Created and closed when and by whom the package was made (arkiv and arkivdel alike). */
function madeAndClosed(pkg: ArchivePackage): string {
  return [
    el("opprettetDato", dateTime(pkg.created)),
    text("opprettetAv", pkg.createdBy, "package createdBy"),
    el("avsluttetDato", dateTime(pkg.created)),
    text("avsluttetAv", pkg.createdBy, "package createdBy"),
  ].join("");
}

/** The archive part ends with the package: status "Avsluttet periode", closed when and by whom the package was made. */
function arkivdel(pkg: ArchivePackage, placed: Map<ArchiveEntry, PlacedDocument[]>): string {
  return [
    "<arkivdel>",
    el("systemID", systemUuid("arkivdel", pkg.systemId)),
    text("tittel", pkg.archivePartTitle, "archive part title"),
    el("arkivdelstatus", "Avsluttet periode"),
    madeAndClosed(pkg),
    pkg.cases.map((c) => saksmappe(pkg, c, placed)).join(""),
    "</arkivdel>",
  ].join("");
}

function arkivXml(pkg: ArchivePackage, placed: Map<ArchiveEntry, PlacedDocument[]>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<arkiv xmlns="${NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${NS} arkivstruktur.xsd">`,
    el("systemID", systemUuid("arkiv", pkg.systemId)),
    text("tittel", pkg.archiveTitle, "archive title"),
    el("arkivstatus", "Avsluttet"),
    madeAndClosed(pkg),
    arkivskaper(pkg),
    arkivdel(pkg, placed),
    "</arkiv>\n",
  ].join("");
}

/** arkivstruktur.xml: arkiv → arkivdel → saksmappe → journalpost → dokumentbeskrivelse → dokumentobjekt (SHA256 checksum, format PDF) */
export function arkivstrukturXml(pkg: ArchivePackage): string {
  return arkivXml(pkg, placeDocuments(pkg));
}

/** A zip (fflate zipSync) with arkivstruktur.xml at the root and every document as dokumenter/<filename>, the dokumentobjekt's referanseDokumentfil pointing at it. */
export function archiveZip(pkg: ArchivePackage): Uint8Array {
  const placed = placeDocuments(pkg);
  // A fixed time stamp keeps the zip byte-identical between runs; PDFs are stored, being compressed already.
  const mtime = pkg.created;
  const files: Zippable = { "arkivstruktur.xml": [strToU8(arkivXml(pkg, placed)), { mtime }] };
  for (const docs of placed.values()) {
    for (const p of docs) files[p.path] = [p.doc.bytes, { level: 0, mtime }];
  }
  return zipSync(files);
}
