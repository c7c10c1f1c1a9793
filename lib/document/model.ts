/**
 * A document described once and rendered several ways: the read view and the
 * print view (HTML, components/document/document-body.tsx) and the PDF
 * (lib/document/pdf.ts). Whatever a builder puts here appears in every
 * rendering, so a field cannot be in one and missing from another.
 *
 * Everything is already text in the reader's language: amounts formatted
 * ("1 580 000 kr"), dates formatted, empty values replaced by "Ikke oppgitt".
 */
import type { Locale } from "@/lib/i18n/config";

/** One table cell. `numeric` cells are right-aligned figures; `detail` is a second, smaller line under the text. */
export type Cell = { text: string; numeric?: boolean; strong?: boolean; detail?: string };

export type Block =
  /** Label and value pairs (a description list). */
  | { kind: "fields"; rows: { label: string; value: string }[] }
  /** A heading under the section's title. */
  | { kind: "subheading"; text: string }
  /** Free text; line breaks are kept. */
  | { kind: "text"; text: string; muted?: boolean }
  /** A list of choices, each checked or not; `state` says it in words for those who cannot see the box. */
  | { kind: "checklist"; items: { label: string; checked: boolean; state: string }[] }
  /**
   * A table. With `rowHeaders` the first cell of every row names the row.
   * The caption is always there for screen readers; `captionVisible` shows it.
   */
  | {
      kind: "table";
      caption: string;
      captionVisible?: boolean;
      head: Cell[];
      rows: Cell[][];
      foot?: Cell[];
      rowHeaders?: boolean;
      empty?: string;
    };

export type Section = { id: string; title: string; blocks: Block[] };

/** A name with its address lines, as a letter's sender and recipient blocks print it. */
export type AddressBlock = { name: string; lines: string[] };

/**
 * The letterhead every letter-like document shares (lib/document/letterhead.ts
 * builds it): the county's Statsforvalter as sender, the recipient, the date
 * and the references — "Vår ref." is the archive's case number once recorded.
 */
export type Letterhead = {
  sender: AddressBlock;
  recipient?: AddressBlock;
  /** Label and value pairs beside the recipient: date, "Vår ref.", "Deres ref.". */
  refs: { label: string; value: string }[];
};

export type DocumentModel = {
  lang: Locale;
  /** The document's title: the page's h1, the PDF's first line and its metadata title. */
  title: string;
  /** The title block: what the document is, whose, its status and version. */
  meta: { key: string; label: string; value: string }[];
  /** Letters, agendas and minutes carry the sender's letterhead above the title. */
  letterhead?: Letterhead;
  sections: Section[];
  /** The closing lines under the last section (greeting, the case officer, "godkjent elektronisk"). */
  signature?: string[];
  /** "Side 2 av 7", for the PDF's footer. */
  pageLabel: (n: number, m: number) => string;
};

/** Every piece of text the reader gets from a document, in order — what a comparison of renderings checks. */
export function documentTexts(d: DocumentModel): string[] {
  const out: string[] = [];
  if (d.letterhead) {
    const { sender, recipient, refs } = d.letterhead;
    out.push(sender.name, ...sender.lines);
    if (recipient) out.push(recipient.name, ...recipient.lines);
    for (const r of refs) out.push(r.label, r.value);
  }
  out.push(d.title);
  for (const m of d.meta) out.push(m.label, m.value);
  for (const s of d.sections) {
    out.push(s.title);
    for (const b of s.blocks) {
      switch (b.kind) {
        case "fields":
          for (const r of b.rows) out.push(r.label, r.value);
          break;
        case "subheading":
        case "text":
          out.push(b.text);
          break;
        case "checklist":
          for (const i of b.items) out.push(i.label);
          break;
        case "table":
          if (b.captionVisible) out.push(b.caption);
          for (const c of [...b.head, ...b.rows.flat(), ...(b.foot ?? [])]) {
            out.push(c.text);
            if (c.detail) out.push(c.detail);
          }
          if (!b.rows.length && b.empty) out.push(b.empty);
          break;
      }
    }
  }
  out.push(...(d.signature ?? []));
  return out.filter((s) => s.trim() !== "");
}
