import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";
import { getNeedsReport } from "@/lib/needs-reports/queries";
import { needsReportPdf } from "@/lib/needs-reports/pdf";
import { loadActor } from "@/lib/auth/load-actor";
import { extractedText, normaliseText, pdfInfo, pdfText } from "@/tests/support/pdf-text";
import { needsReportDocument } from "@/lib/needs-reports/document";
import { documentTexts } from "@/lib/document/model";

describe("the needs report as PDF", () => {
  it("mirrors the form with the Lofoten figures of seed 004", async () => {
    await seedDemoData(db);
    const actor = (await loadActor("person-kari-nordvik"))!;
    const report = await getNeedsReport(actor, "report-nor-lofoten-2024");
    const pdf = await needsReportPdf(report, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const expected of [
      "Behovsmelding 2024",
      "1. Ordning",
      "[X] Desentralisert ordning",
      "Vågan kommune",
      "938 644 500",
      "700 000 kr",
      "880 000 kr",
      "1 580 000 kr",
      "50 000 kr",
      "360 000 kr",
      "Vår 2024, Høst 2024, Vår 2025",
      "Medbestemmelse",
    ]) {
      expect(text, expected).toContain(expected);
    }
  }, 60_000);

  it("is written in the reader's language: nynorsk and English headings, terms and dates", async () => {
    await seedDemoData(db);
    const actor = (await loadActor("person-kari-nordvik"))!;
    const report = await getNeedsReport(actor, "report-nor-lofoten-2024");
    const nynorsk = pdfText(await needsReportPdf(report, { compress: false, locale: "nn" }));
    for (const expected of ["Haust 2024", "Medbestemming", "1. Ordning", "1 580 000 kr"])
      expect(nynorsk, expected).toContain(expected);
    const english = pdfText(await needsReportPdf(report, { compress: false, locale: "en" }));
    for (const expected of [
      "Needs report 2024",
      "1. Scheme",
      "[X] Decentralised scheme",
      "Contact people",
      "Spring 2024, Autumn 2024, Spring 2025",
      "Co-determination",
      "Target group",
      "1 580 000 kr",
    ]) {
      expect(english, expected).toContain(expected);
    }
    for (const bokmal of ["Behovsmeldingen gjelder", "Kontaktpersoner", "Vår 2024", "Medbestemmelse", "Ikke oppgitt"])
      expect(english, bokmal).not.toContain(bokmal);
  }, 60_000);
});

describe("the needs report's read view and PDF are one document", () => {
  it("the PDF extracted by pdftotext holds every text of the document, a title block, page numbers, its language and title", async () => {
    await seedDemoData(db);
    const actor = (await loadActor("person-kari-nordvik"))!;
    const report = await getNeedsReport(actor, "report-nor-lofoten-2024");
    const doc = await needsReportDocument(report, "nb");
    const pdf = await needsReportPdf(report);
    const text = extractedText(pdf);
    // A long text runs over a page break (and so past the page's footer) and wraps where it may — pdftotext drops the hyphen of
    // "langsiktig-|plan" at a line's end — so texts are compared without whitespace, hyphens and footers.
    const flat = (s: string) => s.replace(/Side \d+ av \d+/g, "").replace(/[\s-]+/g, "");
    const missing = documentTexts(doc).filter((s) => !flat(text).includes(flat(s)));
    expect(missing, "texts of the document missing from the PDF").toEqual([]);
    // What the old PDF left out: the owner's and the UH's own words on how the grant is used (seed 004).
    expect(text).toContain("Eiers tilskudd skal brukes på følgende måte");
    expect(text).toContain("UH sitt tilskudd skal brukes på følgende måte");
    expect(text).toContain("Midlene skal brukes til planlegging, organisering og gjennomføring");
    // The title block: which report, whose, which year, status, version, submitted when and by whom.
    for (const s of ["Behovsmelding 2024 – Kompetansenettverk Lofoten", "Status Innvilget", "Versjon", "Sendt inn"])
      expect(text).toContain(s);
    const info = pdfInfo(pdf);
    expect(info.Title).toBe(doc.title);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Side ${n} av ${pages}`);
    // The language is in the document catalogue (/Lang), for screen readers.
    expect(pdf.toString("latin1")).toMatch(/\/Lang \(nb-NO\)/);
  }, 60_000);

  it("never breaks a word inside a label or a value", async () => {
    await seedDemoData(db);
    const actor = (await loadActor("person-kari-nordvik"))!;
    const report = await getNeedsReport(actor, "report-nor-lofoten-2024");
    const doc = await needsReportDocument(report, "nb");
    const words = new Set(documentTexts(doc).flatMap((s) => normaliseText(s).split(" ")));
    // Every word of the document that is long enough to be at risk is found whole in the PDF's text.
    const text = extractedText(await needsReportPdf(report));
    // (A line may break after "/" or "-" — "lønn/ frikjøp" — and a web address longer than a line must break; those are not checked.)
    const broken = [...words].filter((w) => w.length >= 12 && !/[/-]/.test(w) && !text.includes(w));
    expect(broken).toEqual([]);
  }, 60_000);
});
