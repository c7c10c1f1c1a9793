import { inflateSync } from "node:zlib";

/**
 * The text of a PDF made with pdfkit's standard fonts: the strings of its TJ
 * operators, hex-decoded (WinAnsi ≈ latin1 for Norwegian), one line per TJ.
 * Compressed content streams (FlateDecode) are inflated first.
 */
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
      lines.push([...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1")).join(""));
    }
  }
  return lines.join("\n");
}
