import "server-only";
import nodemailer from "nodemailer";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";

/** `redactAfterSend`: the text holds a one-time sign-in link, which the outbox does not keep once the message is sent. */
export type OutgoingMail = {
  to: string[];
  subject: string;
  text: string;
  entityType?: string;
  entityId?: string;
  redactAfterSend?: boolean;
  attachLetterId?: string;
};

/** Links that sign someone in (invitations) are removed from a sent message's stored text. */
export function redactLinks(text: string): string {
  return text.replace(/https?:\/\/\S*\/invitasjon\/[A-Za-z0-9_-]+/g, "[lenken er fjernet etter sending]");
}

/** Queues a message inside the caller's transaction: it is sent only if the change commits. */
export async function queueMail(tx: Tx, mail: OutgoingMail): Promise<void> {
  const to = [...new Set(mail.to.map((x) => x.trim().toLowerCase()).filter((x) => x.includes("@")))];
  if (to.length === 0) return;
  await tx.emailMessage.create({ data: { ...mail, to } });
}

/** A decision letter's PDF, as it was sent, goes with the message that announces it. */
async function letterAttachments(tx: Tx, letterId: string | null) {
  if (!letterId) return [];
  const l = await tx.decisionLetter.findUnique({ where: { id: letterId }, select: { pdf: true, filename: true } });
  return l?.pdf
    ? [{ filename: l.filename ?? "vedtaksbrev.pdf", content: Buffer.from(l.pdf), contentType: "application/pdf" }]
    : [];
}

/**
 * SMTP from SMTP_URL (e.g. smtp://user:pass@smtp.example.no:587), sender from
 * MAIL_FROM. Read on each call so tests and deployments can set them late.
 */
function transport() {
  const url = env().SMTP_URL;
  return url ? nodemailer.createTransport(url) : null;
}

/**
 * Sends queued messages (oldest first), each at most once in this run; without
 * SMTP_URL they stay queued. Returns how many were sent.
 *
 * Every instance runs this after a write and the scheduled job runs it too, so
 * several senders meet (docs/deploy.md). Each message is taken in its own
 * transaction with `FOR UPDATE SKIP LOCKED`: its row stays locked while it is
 * sent and marked, and every other sender skips it. A sender that dies
 * mid-send releases the row with its connection; the message is then sent
 * again (at least once, never twice at the same time).
 */
export async function deliverPendingMail(limit = 50): Promise<number> {
  const t = transport();
  if (!t) return 0;
  const from = env().MAIL_FROM;
  const tried: string[] = [];
  let sent = 0;
  while (tried.length < limit) {
    const outcome = await db.$transaction(
      async (tx) => {
        const [m] = await tx.$queryRaw<
          {
            id: string;
            to: string[];
            subject: string;
            text: string;
            redactAfterSend: boolean;
            attachLetterId: string | null;
          }[]
        >`
          SELECT id, "to", subject, text, "redactAfterSend", "attachLetterId" FROM "EmailMessage"
          WHERE "sentAt" IS NULL AND attempts < 10 AND NOT (id = ANY(${tried}::text[]))
          ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!m) return null;
        tried.push(m.id);
        try {
          await t.sendMail({
            from,
            to: m.to,
            subject: m.subject,
            text: m.text,
            attachments: await letterAttachments(tx, m.attachLetterId),
          });
          await tx.emailMessage.update({
            where: { id: m.id },
            data: {
              sentAt: new Date(),
              attempts: { increment: 1 },
              lastError: null,
              ...(m.redactAfterSend ? { text: redactLinks(m.text) } : {}),
            },
          });
          return "sent";
        } catch (e) {
          await tx.emailMessage.update({
            where: { id: m.id },
            data: { attempts: { increment: 1 }, lastError: String(e).slice(0, 1000) },
          });
          return "failed";
        }
      },
      // The row is held while the relay answers (nodemailer gives up on a silent one after its own timeouts).
      { timeout: 120_000 },
    );
    if (outcome === null) break;
    if (outcome === "sent") sent++;
  }
  return sent;
}
