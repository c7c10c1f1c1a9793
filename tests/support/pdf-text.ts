/**
 * The text of an uncompressed PDF made with pdfkit's standard fonts: the
 * strings of its TJ operators, hex-decoded (WinAnsi ≈ latin1 for Norwegian).
 * Each TJ becomes one line.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const parts = [...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1"));
    lines.push(parts.join(""));
  }
  return lines.join("\n");
}
