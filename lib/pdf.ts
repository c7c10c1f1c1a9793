import "server-only";
import PDFDocument from "pdfkit";
import { formatKroner } from "@/lib/money";

/** Standard PDF fonts cover Norwegian letters (WinAnsi) but not the narrow no-break space. */
export const clean = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
export const kr = (n: number | null | undefined) => (n === null || n === undefined ? "–" : clean(formatKroner(n)));

/**
 * An A4 document with the portal's few building blocks — headings,
 * paragraphs, key/value lines and simple tables (first column text, the rest
 * right-aligned figures) — and `end()` to get the bytes. Used by every PDF the
 * portal makes, so they look alike.
 */
export function pdfWriter(info: {
  title: string;
  compress?: boolean;
  notGiven: string;
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
  const p = (s: string | null | undefined, fallback = info.notGiven) => doc.font("Helvetica").fontSize(10).text(clean(s && s.trim() ? s : fallback), { width });
  const kv = (k: string, v: string) => doc.font("Helvetica-Bold").fontSize(10).text(`${clean(k)}: `, { continued: true }).font("Helvetica").text(clean(v));

  /** A table: first column text, the rest right-aligned unless `align` says otherwise. */
  const table = (head: string[], rows: string[][], widths: number[], opts: { boldLast?: boolean; align?: ("left" | "right")[] } = {}) => {
    const align = (i: number) => opts.align?.[i] ?? (i === 0 ? "left" : "right");
    const draw = (cells: string[], bold: boolean) => {
      const heights = cells.map((c, i) => doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9).heightOfString(clean(c), { width: widths[i]! - 6 }));
      const h = Math.max(...heights) + 4;
      ensure(h);
      const y = doc.y;
      let x = doc.page.margins.left;
      cells.forEach((c, i) => {
        doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9).text(clean(c), x + 3, y + 2, { width: widths[i]! - 6, align: align(i) });
        x += widths[i]!;
      });
      doc.moveTo(doc.page.margins.left, y + h).lineTo(doc.page.margins.left + widths.reduce((a, b) => a + b, 0), y + h).strokeColor("#999999").lineWidth(0.5).stroke();
      doc.x = doc.page.margins.left;
      doc.y = y + h;
    };
    draw(head, true);
    rows.forEach((row, i) => draw(row, Boolean(opts.boldLast) && i === rows.length - 1));
    doc.moveDown(0.5);
  };

  const end = () => {
    if (info.pageLabel) {
      const { start, count } = doc.bufferedPageRange();
      for (let i = start; i < start + count; i++) {
        doc.switchToPage(i);
        // Below the bottom margin: without lifting it, pdfkit would start a new page for the footer.
        const bottom = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc.font("Helvetica").fontSize(8).fillColor("#444444").text(clean(info.pageLabel(i - start + 1, count)), doc.page.margins.left, doc.page.height - 35, { width, align: "center", lineBreak: false });
        doc.page.margins.bottom = bottom;
      }
      doc.fillColor("#000000");
    }
    doc.end();
    return finished;
  };
  return { doc, width, h1, h2, h3, p, kv, table, end };
}
