import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";

/**
 * The text of a PDF made with pdfkit's standard fonts: the strings of its TJ
 * operators, hex-decoded from WinAnsi (latin1 plus dashes, quotes, €), one line per TJ.
 * Compressed content streams (FlateDecode) are inflated first.
 */
/** Windows-1252's 0x80–0x9F (Node's TextDecoder treats the label as latin1); the rest is latin1. */
const WIN_ANSI: Record<number, string> = {
  0x80: "€",
  0x85: "…",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
};
const winAnsi = { decode: (b: Buffer) => [...b].map((c) => WIN_ANSI[c] ?? String.fromCharCode(c)).join("") };

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const streams: string[] = [raw];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) continue;
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      /* not deflated */
    }
  }
  const lines: string[] = [];
  for (const s of streams) {
    for (const m of s.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      lines.push(
        [...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => winAnsi.decode(Buffer.from(h[1]!, "hex"))).join(""),
      );
    }
  }
  return lines.join("\n");
}

/**
 * The text of any PDF as poppler's `pdftotext` extracts it (UTF-8, reading
 * order) — an extractor independent of how the PDF was written. Whitespace is
 * collapsed to single spaces, so a value wrapped over two lines still reads
 * as one.
 */
export function extractedText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kp-pdf-"));
  try {
    const file = path.join(dir, "document.pdf");
    writeFileSync(file, pdf);
    return normaliseText(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdfinfo`'s fields (Title, Pages, …) of a PDF. */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), "kp-pdf-"));
  try {
    const file = path.join(dir, "document.pdf");
    writeFileSync(file, pdf);
    const out = execFileSync("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" });
    return Object.fromEntries(
      out
        .split("\n")
        .filter((l) => l.includes(":"))
        .map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text compared across renderings: no-break spaces as spaces, runs of whitespace as one. */
export function normaliseText(s: string): string {
  return s
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
