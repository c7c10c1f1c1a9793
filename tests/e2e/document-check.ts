import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * What a reader sees of a document on the page — the title block and every
 * part, field by field (headings, labels, values, table cells, list items,
 * free text), without what is there for screen readers only — and the text
 * pdftotext extracts from its PDF, downloaded as the reader would. Every
 * field of the page must be in the PDF. Compared without whitespace and
 * hyphens (a value may wrap, pdftotext joins "lang-|siktig") and without
 * the PDF's page footers (a long text runs past a page break).
 */
export async function expectPdfHoldsThePage(page: Page, downloadLink: string) {
  const fields = await page.locator("[data-document-block]").evaluateAll((blocks) =>
    blocks.flatMap((block) =>
      [...block.querySelectorAll("h1, h2, h3, dt, dd, th, td, li, p, div.whitespace-pre-line, caption")]
        .filter((el) => !el.closest(".sr-only"))
        .map((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll(".sr-only, [aria-hidden='true']").forEach((n) => n.remove());
          return copy.textContent ?? "";
        })
        .filter((s) => s.trim() !== ""),
    ),
  );
  expect(fields.length, "fields read from the page").toBeGreaterThan(50);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: downloadLink }).click();
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", await (await download).path(), "-"], { encoding: "utf8" });
  const flat = (s: string) => s.replace(/(Side|Page) \d+ (av|of) \d+/g, "").replace(/[\s\u00a0\u202f-]+/g, "");
  const pdf = flat(text);
  const missing = fields.filter((f) => !pdf.includes(flat(f)));
  expect(missing, "fields of the page that the PDF does not have").toEqual([]);
  return { fields: fields.length };
}
