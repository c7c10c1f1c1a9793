import "server-only";
import nodemailer from "nodemailer";
import { db, type Tx } from "@/lib/db";

export type OutgoingMail = { to: string[]; subject: string; text: string; entityType?: string; entityId?: string };

/** Queues a message inside the caller's transaction: it is sent only if the change commits. */
export async function queueMail(tx: Tx, mail: OutgoingMail): Promise<void> {
  const to = [...new Set(mail.to.map((x) => x.trim().toLowerCase()).filter((x) => x.includes("@")))];
  if (to.length === 0) return;
  await tx.emailMessage.create({ data: { ...mail, to } });
}

/**
 * SMTP from SMTP_URL (e.g. smtp://user:pass@smtp.example.no:587), sender from
 * MAIL_FROM. Read on each call so tests and deployments can set them late.
 */
function transport() {
  const url = process.env.SMTP_URL;
  return url ? nodemailer.createTransport(url) : null;
}

/** Sends queued messages (oldest first). Without SMTP_URL they stay queued. Returns how many were sent. */
export async function deliverPendingMail(limit = 50): Promise<number> {
  const t = transport();
  if (!t) return 0;
  const from = process.env.MAIL_FROM ?? "Kompetanseportalen <ikke-svar@kompetanseportalen.no>";
  const pending = await db.emailMessage.findMany({ where: { sentAt: null, attempts: { lt: 10 } }, orderBy: { createdAt: "asc" }, take: limit });
  let sent = 0;
  for (const m of pending) {
    // Claim the message so two instances do not send it twice.
    const claim = await db.emailMessage.updateMany({ where: { id: m.id, sentAt: null, attempts: m.attempts }, data: { attempts: { increment: 1 } } });
    if (claim.count === 0) continue;
    try {
      await t.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
      await db.emailMessage.update({ where: { id: m.id }, data: { sentAt: new Date(), lastError: null } });
      sent++;
    } catch (e) {
      await db.emailMessage.update({ where: { id: m.id }, data: { lastError: String(e).slice(0, 1000) } });
    }
  }
  return sent;
}
