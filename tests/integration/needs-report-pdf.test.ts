import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";
import { getNeedsReport } from "@/lib/needs-reports/queries";
import { needsReportPdf } from "@/lib/needs-reports/pdf";
import { loadActor } from "@/lib/auth/load-actor";
import { pdfText } from "@/tests/support/pdf-text";

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
    for (const expected of ["Haust 2024", "Medbestemming", "1. Ordning", "1 580 000 kr"]) expect(nynorsk, expected).toContain(expected);
    const english = pdfText(await needsReportPdf(report, { compress: false, locale: "en" }));
    for (const expected of ["Needs report 2024", "1. Scheme", "[X] Decentralised scheme", "Contact people", "Spring 2024, Autumn 2024, Spring 2025", "Co-determination", "Target group", "1 580 000 kr"]) {
      expect(english, expected).toContain(expected);
    }
    for (const bokmal of ["Behovsmeldingen gjelder", "Kontaktpersoner", "Vår 2024", "Medbestemmelse", "Ikke oppgitt"]) expect(english, bokmal).not.toContain(bokmal);
  }, 60_000);
});
