import "server-only";
import PDFDocument from "pdfkit";

/** Standard PDF fonts cover Norwegian letters (WinAnsi) but not the narrow no-break space. */
export const clean = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

/**
 * An A4 page set-up with the headings and the page numbers, and `end()` to
 * get the bytes. lib/document/pdf.ts draws every PDF the portal makes on it
 * (letters, agendas, minutes, needs reports, the county summary), so they
 * look alike.
 */
export function pdfWriter(info: {
  title: string;
  compress?: boolean;
  /** The document's language ("nb", "nn", "en"): in the PDF's catalogue, so a screen reader reads it right. */
  lang?: string;
  /** "Side {n} av {m}": when given, every page gets its number in the footer. */
  pageLabel?: (n: number, m: number) => string;
}) {
  const doc = new PDFDocument({
    compress: info.compress ?? true,
    size: "A4",
    margins: { top: 50, bottom: 50, left: 50, right: 50 },
    info: { Title: clean(info.title), Author: "Kompetanseportalen" },
    lang: info.lang,
    displayTitle: true,
    bufferPages: Boolean(info.pageLabel),
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 100;

  const ensure = (h: number) => {
    if (doc.y + h > doc.page.height - 50) doc.addPage();
  };
  const h1 = (s: string) => doc.font("Helvetica-Bold").fontSize(16).text(clean(s)).moveDown(0.3);
  const h2 = (s: string) => {
    ensure(60);
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(12).text(clean(s)).moveDown(0.2);
  };
  const h3 = (s: string) => {
    ensure(40);
    doc.moveDown(0.3).font("Helvetica-Bold").fontSize(10).text(clean(s));
  };
  const end = () => {
    if (info.pageLabel) {
      const { start, count } = doc.bufferedPageRange();
      for (let i = start; i < start + count; i++) {
        doc.switchToPage(i);
        // Below the bottom margin: without lifting it, pdfkit would start a new page for the footer.
        const bottom = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc
          .font("Helvetica")
          .fontSize(8)
          .fillColor("#444444")
          .text(clean(info.pageLabel(i - start + 1, count)), doc.page.margins.left, doc.page.height - 35, {
            width,
            align: "center",
            lineBreak: false,
          });
        doc.page.margins.bottom = bottom;
      }
      doc.fillColor("#000000");
    }
    doc.end();
    return finished;
  };
  return { doc, width, h1, h2, h3, end };
}
