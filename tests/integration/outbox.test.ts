/**
 * The e-mail outbox with several instances: every instance delivers
 * the outbox after a write (lib/form-action.ts, `after`) and the scheduled job
 * does too, so senders run at the same time against one database. Each
 * message must go out once, also when the SMTP relay is slow.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { startSmtp } from "@/tests/support/smtp";

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp({ delayMs: 150 });
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

describe("outbox delivery by concurrent senders", () => {
  it("sends every queued message exactly once when four senders run at once against a slow relay", async () => {
    const subjects = Array.from({ length: 6 }, (_, i) => `Melding ${i + 1}`);
    for (const subject of subjects)
      await db.emailMessage.create({ data: { to: ["mottaker@example.test"], subject, text: "Hei" } });

    // Four senders stand for instances that each deliver after a write (and the job), all at the same moment.
    const counts = await Promise.all(Array.from({ length: 4 }, () => deliverPendingMail()));

    const received = smtp.received.map((m) => m.raw.match(/^Subject: (.*)$/m)?.[1]?.trim()).sort();
    expect(received).toEqual([...subjects].sort());
    expect(counts.reduce((a, n) => a + n, 0)).toBe(subjects.length);
    const rows = await db.emailMessage.findMany({ select: { sentAt: true, attempts: true } });
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 1)).toBe(true);
  }, 60_000);

  it("a relay that refuses leaves the message queued with its error, tried once per delivery run", async () => {
    await db.emailMessage.create({ data: { to: ["ugyldig"], subject: "Avvist", text: "Hei" } });
    const before = await db.emailMessage.count({ where: { sentAt: null } });
    expect(before).toBe(1);
    expect(await deliverPendingMail()).toBe(0);
    const row = await db.emailMessage.findFirstOrThrow({ where: { subject: "Avvist" } });
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBeTruthy();
  }, 30_000);
});
