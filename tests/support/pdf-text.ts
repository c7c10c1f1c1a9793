import { inflateSync } from "node:zlib";

/**
 * The text of a PDF made with pdfkit's standard fonts: the strings of its TJ
 * operators, hex-decoded from WinAnsi (latin1 plus dashes, quotes, €), one line per TJ.
 * Compressed content streams (FlateDecode) are inflated first.
 */
/** Windows-1252's 0x80–0x9F (Node's TextDecoder treats the label as latin1); the rest is latin1. */
const WIN_ANSI: Record<number, string> = { 0x80: "€", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—" };
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
      lines.push([...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => winAnsi.decode(Buffer.from(h[1]!, "hex"))).join(""));
    }
  }
  return lines.join("\n");
}
