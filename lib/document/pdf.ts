import "server-only";
import type PDFKit from "pdfkit";
import { clean, pdfWriter } from "@/lib/pdf";
import type { Block, Cell, DocumentModel, Letterhead } from "@/lib/document/model";

const PAD = 4;
const SIZE = { cell: 9, detail: 8, text: 10 } as const;

/**
 * Column widths that never break a word: every column is at least as wide as
 * its longest word, figures as wide as their longest figure; text columns
 * share the rest, the narrow ones first getting all they need.
 */
function columnWidths(doc: PDFKit.PDFDocument, head: Cell[], rows: Cell[][], total: number): number[] {
  const all = [head, ...rows];
  const n = head.length;
  const measure = (s: string, bold: boolean, size: number) =>
    doc
      .font(bold ? "Helvetica-Bold" : "Helvetica")
      .fontSize(size)
      .widthOfString(clean(s));
  const longestWord = (c: Cell, bold: boolean) =>
    Math.max(
      0,
      ...clean(c.text)
        .split(/\s+/)
        .map((w) => measure(w, bold || Boolean(c.strong), SIZE.cell)),
      ...(c.detail
        ? clean(c.detail)
            .split(/\s+/)
            .map((w) => measure(w, false, SIZE.detail))
        : []),
    );
  const min: number[] = [];
  const want: number[] = [];
  for (let i = 0; i < n; i++) {
    const cells = all.map((r, ri) => ({ c: r[i] ?? { text: "" }, bold: ri === 0 }));
    min.push(
      Math.max(
        ...cells.map(({ c, bold }) =>
          c.numeric || head[i]!.numeric ? measure(c.text, bold || Boolean(c.strong), SIZE.cell) : longestWord(c, bold),
        ),
      ) +
        2 * PAD,
    );
    want.push(Math.max(...cells.map(({ c, bold }) => measure(c.text, bold || Boolean(c.strong), SIZE.cell))) + 2 * PAD);
  }
  const widths = [...min];
  const numeric = head.map((h) => Boolean(h.numeric));
  let rest = total - widths.reduce((a, w, i) => a + (numeric[i] ? w : 0), 0);
  const text = [...Array(n).keys()].filter((i) => !numeric[i]).sort((a, b) => want[a]! - want[b]!);
  text.forEach((i, k) => {
    const fair = rest / (text.length - k);
    widths[i] = Math.max(min[i]!, Math.min(want[i]!, fair));
    rest -= widths[i]!;
  });
  // Left-over space (every text column got all it wanted) goes to the last text column, so the table fills the line.
  const last = text.length ? Math.max(...text) : -1;
  if (rest > 0 && last >= 0) widths[last]! += rest;
  return widths;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: Cell[],
  widths: number[],
  opts: { bold: boolean; ensure: (h: number) => void; line?: boolean },
) {
  const left = doc.page.margins.left;
  const font = (c: Cell) => (opts.bold || c.strong ? "Helvetica-Bold" : "Helvetica");
  const heightOf = (c: Cell, w: number) =>
    doc
      .font(font(c))
      .fontSize(SIZE.cell)
      .heightOfString(clean(c.text), { width: w - 2 * PAD }) +
    (c.detail
      ? doc
          .font("Helvetica")
          .fontSize(SIZE.detail)
          .heightOfString(clean(c.detail), { width: w - 2 * PAD })
      : 0);
  const h = Math.max(...cells.map((c, i) => heightOf(c, widths[i]!))) + 2 * PAD;
  opts.ensure(h);
  const y = doc.y;
  let x = left;
  cells.forEach((c, i) => {
    const w = widths[i]! - 2 * PAD;
    doc
      .font(font(c))
      .fontSize(SIZE.cell)
      .text(clean(c.text), x + PAD, y + PAD, { width: w, align: c.numeric ? "right" : "left" });
    if (c.detail)
      doc
        .font("Helvetica")
        .fontSize(SIZE.detail)
        .text(clean(c.detail), x + PAD, doc.y, { width: w, align: "left" });
    x += widths[i]!;
  });
  if (opts.line !== false) {
    doc
      .moveTo(left, y + h)
      .lineTo(left + widths.reduce((a, b) => a + b, 0), y + h)
      .strokeColor("#999999")
      .lineWidth(0.5)
      .stroke();
  }
  doc.x = left;
  doc.y = y + h;
}

/** The sender at the top, then the recipient on the left and the date and references on the right, as a Norwegian letter has them. */
function letterhead(doc: PDFKit.PDFDocument, l: Letterhead, width: number) {
  const left = doc.page.margins.left;
  doc.font("Helvetica-Bold").fontSize(12).text(clean(l.sender.name), left, doc.y, { width, align: "left" });
  if (l.sender.lines.length)
    doc
      .font("Helvetica")
      .fontSize(9)
      .text(clean(l.sender.lines.join("\n")), { width, align: "left" });
  doc.moveDown(1.5);
  const top = doc.y;
  const refsX = left + Math.round(width * 0.6);
  let bottom = top;
  if (l.recipient) {
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .text(clean(l.recipient.name), left, top, { width: refsX - left - 10, align: "left" });
    if (l.recipient.lines.length)
      doc
        .font("Helvetica")
        .fontSize(10)
        .text(clean(l.recipient.lines.join("\n")), { width: refsX - left - 10, align: "left" });
    bottom = doc.y;
  }
  doc.y = top;
  for (const r of l.refs) {
    const y = doc.y;
    doc.font("Helvetica-Bold").fontSize(9).text(clean(r.label), refsX, y, { width: 70, align: "left" });
    const after = doc.y;
    doc
      .font("Helvetica")
      .fontSize(9)
      .text(clean(r.value), refsX + 72, y, { width: left + width - refsX - 72, align: "left" });
    doc.y = Math.max(after, doc.y);
  }
  doc.x = left;
  doc.y = Math.max(bottom, doc.y);
  doc.moveDown(1.5);
}

/** The document as an A4 PDF: title block, the sections, page numbers, its language and title in the metadata. */
export async function documentPdf(model: DocumentModel, options: { compress?: boolean } = {}): Promise<Buffer> {
  const w = pdfWriter({
    title: model.title,
    compress: options.compress,
    lang: model.lang === "en" ? "en" : model.lang === "nn" ? "nn-NO" : "nb-NO",
    pageLabel: model.pageLabel,
  });
  const { doc, width } = w;
  const ensure = (h: number) => {
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const fields = (rows: { label: string; value: string }[]) => {
    const labelWidth = Math.round(width * 0.4);
    for (const r of rows)
      drawRow(doc, [{ text: r.label, strong: true }, { text: r.value }], [labelWidth, width - labelWidth], {
        bold: false,
        ensure,
        line: false,
      });
    doc.moveDown(0.3);
  };
  const block = (b: Block) => {
    switch (b.kind) {
      case "fields":
        return fields(b.rows);
      case "subheading":
        return w.h3(b.text);
      case "text":
        doc
          .font("Helvetica")
          .fontSize(SIZE.text)
          .text(clean(b.text), doc.page.margins.left, doc.y, { width, align: "left" });
        return doc.moveDown(0.3);
      case "checklist":
        for (const i of b.items)
          doc
            .font("Helvetica")
            .fontSize(SIZE.text)
            .text(clean(`${i.checked ? "[X]" : "[ ]"} ${i.label}`), { width, align: "left" });
        return doc.moveDown(0.3);
      case "table": {
        if (b.captionVisible)
          doc.font("Helvetica-Bold").fontSize(SIZE.text).text(clean(b.caption), { width, align: "left" });
        if (!b.rows.length && b.empty) {
          doc.font("Helvetica").fontSize(SIZE.text).text(clean(b.empty), { width, align: "left" });
          return doc.moveDown(0.3);
        }
        const rows = [...b.rows, ...(b.foot ? [b.foot] : [])];
        const widths = columnWidths(doc, b.head, rows, width);
        const numericHead = b.head.map((h) => ({ ...h }));
        drawRow(doc, numericHead, widths, { bold: true, ensure });
        for (const row of b.rows)
          drawRow(
            doc,
            row.map((c, i) => ({ ...c, numeric: c.numeric ?? b.head[i]?.numeric })),
            widths,
            { bold: false, ensure },
          );
        if (b.foot) drawRow(doc, b.foot, widths, { bold: true, ensure });
        return doc.moveDown(0.5);
      }
    }
  };

  if (model.letterhead) letterhead(doc, model.letterhead, width);
  w.h1(model.title);
  fields(model.meta);
  for (const s of model.sections) {
    w.h2(s.title);
    for (const b of s.blocks) block(b);
  }
  if (model.signature?.length) {
    ensure(80);
    doc
      .moveDown(1)
      .font("Helvetica")
      .fontSize(SIZE.text)
      .text(clean(model.signature.join("\n")), doc.page.margins.left, doc.y, { width, align: "left" });
  }
  return w.end();
}
