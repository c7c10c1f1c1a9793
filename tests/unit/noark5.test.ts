import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { archiveZip, arkivstrukturXml, type ArchivePackage } from "@/lib/archive/noark5";

// Arkivverket's schema, byte for byte (tests/fixtures/noark5/README.md says from where).
const XSD = join(process.cwd(), "tests/fixtures/noark5/v5.1/arkivstruktur.xsd");

/** A tiny but well-formed PDF: header, one empty page, xref, trailer. */
function pdf(label: string): Uint8Array {
  const body = [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj",
    `% ${label}`,
    "trailer << /Root 1 0 R >>",
    "%%EOF",
  ].join("\n");
  return new TextEncoder().encode(body + "\n");
}

const at = (iso: string) => new Date(iso);
const SAKSBEHANDLER = "Kari Nordmann";
const VAAGAN = { name: "Vågan kommune", orgNumber: "938644500" };
const FYLKET = { name: "Nordland fylkeskommune", orgNumber: "964982953" };

function doc(
  title: string,
  filename: string,
  role: "Hoveddokument" | "Vedlegg",
  createdAt: string,
  createdBy = SAKSBEHANDLER,
) {
  return { title, filename, bytes: pdf(filename), role, createdAt: at(createdAt), createdBy };
}

/** A needs-report case with the archive's numbers, and a meeting case the archive has not numbered. */
function realisticPackage(): ArchivePackage {
  return {
    archiveTitle: "Kompetanseportalen – Nordland fylkeskommune",
    archivePartTitle: "Kompetansemidler 2025",
    systemId: "export-nordland-2025",
    created: at("2025-12-01T10:00:00Z"),
    createdBy: "Kompetanseportalen arkivuttrekk",
    archiveCreator: { id: FYLKET.orgNumber, name: FYLKET.name },
    cases: [
      {
        systemId: "needs-report-cm1x2y3z",
        title: "Behovsmelding kompetansemidler 2025 – Vågan kommune",
        createdAt: at("2025-02-03T08:15:00Z"),
        createdBy: "Ola Hansen",
        responsible: SAKSBEHANDLER,
        adminUnit: "Seksjon for utdanning",
        caseYear: 2025,
        caseSequence: 412,
        entries: [
          {
            systemId: "entry-submitted",
            title: "Behovsmelding for 2025 sendt inn",
            type: "Inngående dokument",
            date: at("2025-02-28T13:40:00Z"),
            createdBy: "Ola Hansen",
            correspondents: [
              { kind: "Avsender", ...VAAGAN },
              { kind: "Mottaker", ...FYLKET },
            ],
            documents: [
              doc(
                "Behovsmelding 2025",
                "behovsmelding-2025.pdf",
                "Hoveddokument",
                "2025-02-28T13:40:00Z",
                "Ola Hansen",
              ),
              doc("Budsjett for tiltakene", "budsjett.pdf", "Vedlegg", "2025-02-27T09:00:00Z", "Ola Hansen"),
            ],
            journalYear: 2025,
            journalSequence: 3310,
            documentNumber: 1,
          },
          {
            systemId: "b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
            title: "Vedtak om tildeling av kompetansemidler",
            type: "Utgående dokument",
            date: at("2025-04-10T11:00:00Z"),
            createdBy: SAKSBEHANDLER,
            correspondents: [
              { kind: "Mottaker", ...VAAGAN },
              { kind: "Kopimottaker", name: "Statsforvalteren i Nordland" },
            ],
            documents: [doc("Vedtaksbrev", "vedtak.pdf", "Hoveddokument", "2025-04-10T10:30:00Z")],
            journalYear: 2025,
            journalSequence: 5120,
            documentNumber: 2,
          },
          {
            systemId: "entry-acceptance",
            title: "Aksept av tilsagn",
            type: "Inngående dokument",
            date: at("2025-04-22T07:05:00Z"),
            createdBy: "Ola Hansen",
            correspondents: [{ kind: "Avsender", ...VAAGAN }],
            documents: [doc("Aksept", "aksept.pdf", "Hoveddokument", "2025-04-22T07:05:00Z", "Ola Hansen")],
            journalYear: 2025,
            journalSequence: 5391,
            documentNumber: 3,
          },
          {
            systemId: "entry-appeal",
            title: "Klage på vedtak om tildeling",
            type: "Inngående dokument",
            date: at("2025-04-30T22:30:00Z"), // 1 May in Norway
            createdBy: "Ola Hansen",
            correspondents: [{ kind: "Avsender", ...VAAGAN }],
            // Same file name as the decision letter: the package must keep both.
            documents: [doc("Klage", "vedtak.pdf", "Hoveddokument", "2025-04-30T22:30:00Z", "Ola Hansen")],
          },
        ],
      },
      {
        systemId: "gathering-2025-03-12",
        title: "Møte i fagforum for kompetanse 12. mars 2025",
        createdAt: at("2025-02-20T09:00:00Z"),
        createdBy: SAKSBEHANDLER,
        responsible: SAKSBEHANDLER,
        adminUnit: null,
        caseYear: null,
        caseSequence: null,
        entries: [
          {
            systemId: "gathering-agenda",
            title: "Saksliste",
            type: "Organinternt dokument uten oppfølging",
            date: at("2025-03-05T08:00:00Z"),
            createdBy: SAKSBEHANDLER,
            correspondents: [],
            documents: [doc("Saksliste fagforum 12. mars", "saksliste.pdf", "Hoveddokument", "2025-03-05T08:00:00Z")],
          },
          {
            systemId: "gathering-minutes",
            title: "Godkjent protokoll",
            type: "Organinternt dokument for oppfølging",
            date: at("2025-03-20T12:00:00Z"),
            createdBy: SAKSBEHANDLER,
            correspondents: [],
            documents: [
              doc("Protokoll fagforum 12. mars (godkjent)", "protokoll.pdf", "Hoveddokument", "2025-03-20T12:00:00Z"),
            ],
          },
        ],
      },
    ],
  };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "noark5-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** xmllint's verdict: 0 valid, 3 invalid, 5 schema did not compile (libxml2's exit codes). */
function validate(xml: string, name: string) {
  const file = join(dir, name);
  writeFileSync(file, xml, "utf8");
  const r = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  if (r.error) throw r.error;
  return { status: r.status, stderr: r.stderr };
}

function xpath(xml: string, name: string, expression: string): string {
  const file = join(dir, name);
  writeFileSync(file, xml, "utf8");
  const r = spawnSync("xmllint", ["--xpath", expression, file], { encoding: "utf8" });
  if (r.error) throw r.error;
  return r.stdout.replace(/\n$/, ""); // xmllint ends its answer with a newline
}

/** Every dokumentobjekt's file reference, checksum and size, read from the XML. */
function dokumentobjekter(xml: string) {
  return [...xml.matchAll(/<dokumentobjekt>([\s\S]*?)<\/dokumentobjekt>/g)].map(([, body]) => ({
    file: /<referanseDokumentfil>([^<]*)</.exec(body!)![1]!,
    sha256: /<sjekksum>([^<]*)</.exec(body!)![1]!,
    algorithm: /<sjekksumAlgoritme>([^<]*)</.exec(body!)![1]!,
    size: Number(/<filstoerrelse>([^<]*)</.exec(body!)![1]!),
  }));
}

describe("Noark 5 arkivstruktur.xml", () => {
  it("validates against Arkivverket's arkivstruktur.xsd v5.1", () => {
    const xml = arkivstrukturXml(realisticPackage());
    const r = validate(xml, "valid.xml");
    expect(r.stderr).toContain("validates");
    expect(r.status).toBe(0);

    expect(xml).toContain('<mappe xsi:type="saksmappe">');
    expect(xml).toContain('<registrering xsi:type="journalpost">');
    // Archive numbers where recorded …
    expect(xml).toContain("<mappeID>2025/412</mappeID>");
    expect(xml).toContain("<registreringsID>2025/412-2</registreringsID>");
    // … and no invented ones where not: the meeting case keeps its own id, sequence 0 (see lib/archive/noark5.ts).
    expect(xml).toContain("<mappeID>gathering-2025-03-12</mappeID>");
    expect(xml.match(/<registreringsID>/g)).toHaveLength(3);
    expect(xml).toContain("<saksaar>2025</saksaar><sakssekvensnummer>0</sakssekvensnummer>");
    // An already-UUID id is kept; the others become deterministic UUIDs.
    expect(xml).toContain("<systemID>b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d</systemID>");
    expect(arkivstrukturXml(realisticPackage())).toBe(xml);
    // Dates as the calendar day in Norway.
    expect(xml).toContain("<journaldato>2025-05-01</journaldato>");
    expect(xml).toContain(
      '<kp:organisasjonsnummer korrespondansepartNavn="Vågan kommune">938644500</kp:organisasjonsnummer>',
    );
  });

  it("fails validation when a dokumentobjekt lacks its checksum or elements are out of order", () => {
    const xml = arkivstrukturXml(realisticPackage());
    expect(validate(xml, "baseline.xml").status).toBe(0);

    const noChecksum = xml.replace(/<sjekksum>[^<]*<\/sjekksum>/, "");
    const r1 = validate(noChecksum, "no-checksum.xml");
    expect(r1.status).toBe(3); // invalid document, not a broken schema (5)
    expect(r1.stderr).toMatch(/sjekksum/);

    // Title before systemID in the first saksmappe.
    const swapped = xml.replace(
      /(<mappe xsi:type="saksmappe">)(<systemID>[^<]*<\/systemID>)(<mappeID>[^<]*<\/mappeID>)(<tittel>[^<]*<\/tittel>)/,
      "$1$4$2$3",
    );
    expect(swapped).not.toBe(xml);
    expect(validate(swapped, "swapped.xml").status).toBe(3);

    const badUuid = xml.replace(/<systemID>[0-9a-f-]{36}<\/systemID>/, "<systemID>needs-report-1</systemID>");
    expect(validate(badUuid, "bad-uuid.xml").status).toBe(3);
  });

  it("zips every document under dokumenter/ with the checksum and size the XML states", () => {
    const pkg = realisticPackage();
    const zip = archiveZip(pkg);
    const files = unzipSync(zip);
    const xml = strFromU8(files["arkivstruktur.xml"]!);
    expect(xml).toBe(arkivstrukturXml(pkg));

    const objects = dokumentobjekter(xml);
    expect(objects).toHaveLength(7);
    expect(Object.keys(files).sort()).toEqual(["arkivstruktur.xml", ...objects.map((o) => o.file)].sort());
    expect(new Set(objects.map((o) => o.file)).size).toBe(7);
    expect(objects.map((o) => o.file)).toContain("dokumenter/vedtak-2.pdf");
    for (const o of objects) {
      const bytes = files[o.file];
      expect(bytes, o.file).toBeDefined();
      expect(o.algorithm).toBe("SHA256");
      expect(o.sha256).toBe(createHash("sha256").update(bytes!).digest("hex"));
      expect(o.size).toBe(bytes!.length);
      expect(strFromU8(bytes!.subarray(0, 8))).toBe("%PDF-1.4");
    }
    // The same package gives the same bytes.
    expect(Buffer.from(archiveZip(realisticPackage())).equals(Buffer.from(zip))).toBe(true);
  });

  it("escapes & < > and quotes, strips characters XML 1.0 forbids, and still validates", () => {
    const pkg = realisticPackage();
    const hostile = "Tiltak A & B <script>alert(\"x\")</script> '1 > 0'\u0007\u0000\uFFFE\uD800 slutt";
    const entry = pkg.cases[0]!.entries[0]!;
    entry.title = hostile;
    entry.correspondents[0]!.name = 'Vågan "kommune" & co\u001b';
    entry.documents[0]!.filename = "../../etc/<passwd>\u0001.pdf";

    const xml = arkivstrukturXml(pkg);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE]/);
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("Tiltak A &amp; B &lt;script&gt;");
    expect(validate(xml, "hostile.xml").status).toBe(0);

    const title = xpath(
      xml,
      "hostile-xpath.xml",
      "string((//*[local-name()='registrering'])[1]/*[local-name()='tittel'])",
    );
    expect(title).toBe("Tiltak A & B <script>alert(\"x\")</script> '1 > 0' slutt");

    const files = unzipSync(archiveZip(pkg));
    expect(Object.keys(files)).toContain("dokumenter/passwd.pdf");
    expect(Object.keys(files).every((f) => f === "arkivstruktur.xml" || /^dokumenter\/[^/\\]+$/.test(f))).toBe(true);
  });

  it("refuses a mandatory field that is empty rather than writing an invalid package", () => {
    const pkg = realisticPackage();
    pkg.cases[1]!.title = " \u0007 ";
    expect(() => arkivstrukturXml(pkg)).toThrow(/case title/);
  });
});
