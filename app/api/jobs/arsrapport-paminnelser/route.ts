import { NextResponse, type NextRequest } from "next/server";
import { timingSafeEqual } from "node:crypto";
import { sendAnnualReportReminders } from "@/lib/annual-reports/mutations";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { sendAcceptanceReminders } from "@/lib/decision-letters/mutations";
import { limitCaller } from "@/lib/rate-limit";
import { env } from "@/lib/env";

/**
 * POST /api/jobs/arsrapport-paminnelser — the scheduled reminder job (e.g. a
 * daily cron: `curl -X POST -H "Authorization: Bearer $JOB_SECRET" …`).
 * Sends the annual-report reminders and the reminders to accept a grant's
 * terms (14 days after the letter) that are due, and delivers the outbox.
 * Without JOB_SECRET configured the endpoint does not exist.
 */
export async function POST(req: NextRequest) {
  const secret = env().JOB_SECRET;
  if (!secret || secret.length < 16) return NextResponse.json({ error: "Fant ikke siden" }, { status: 404 });
  const limited = await limitCaller("job");
  if (!limited.ok)
    return NextResponse.json(
      { error: "For mange forespørsler" },
      { status: 429, headers: { "Retry-After": String(limited.retryAfter) } },
    );
  const given = Buffer.from(req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const wanted = Buffer.from(secret);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
    return NextResponse.json({ error: "Ikke autorisert" }, { status: 401 });
  const { sent } = await sendAnnualReportReminders(null, { countyId: null });
  const acceptance = await sendAcceptanceReminders();
  const delivered = await deliverPendingMail(500);
  return NextResponse.json({ reminders: sent, acceptanceReminders: acceptance.sent, delivered });
}
