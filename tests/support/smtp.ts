/** A real SMTP server on a free local port that keeps what it receives, for mail tests. */
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export type Received = { from: string; to: string[]; raw: string };

/** `delayMs`: how long the server takes to accept each message (a slow relay, for the outbox race test). */
export async function startSmtp({ delayMs = 0 }: { delayMs?: number } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        setTimeout(callback, delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, received, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The decoded body of a received message (quoted-printable or plain). */
export function bodyOf(raw: string): string {
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const body = headerEnd < 0 ? "" : raw.slice(headerEnd).replace(/^\r?\n\r?\n/, "");
  return body.search(/=\r?\n/) >= 0 || body.search(/=[0-9A-F]{2}/) >= 0
    ? Buffer.from(
        body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
        "latin1",
      ).toString("utf8")
    : body;
}

/** The first attachment of a content type in a received multipart message (base64, as nodemailer sends files), or null. */
export function attachmentOf(raw: string, contentType = "application/pdf"): Buffer | null {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  for (const part of parts) {
    const headerEnd = part.search(/\r?\n\r?\n/);
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    if (
      !new RegExp(`^Content-Type:\\s*${contentType.replace("/", "\\/")}`, "im").test(headers) ||
      !/Content-Transfer-Encoding:\s*base64/i.test(headers)
    )
      continue;
    const body = part.slice(headerEnd).split(/\r?\n--/)[0]!;
    return Buffer.from(body.replace(/\s+/g, ""), "base64");
  }
  return null;
}
