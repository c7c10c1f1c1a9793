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
      "1. Behovsmeldingen gjelder",
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
});
