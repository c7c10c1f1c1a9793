import "server-only";
import type { Tx } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { formatDateTime } from "@/lib/dates";

/** Everyone the report names as contact, plus the person acting. */
async function recipients(tx: Tx, reportId: string, extra: string[] = []) {
  const contacts = await tx.needsReportContact.findMany({ where: { reportId }, select: { email: true } });
  return [...contacts.map((c) => c.email ?? ""), ...extra];
}

function reportUrl(reportId: string) {
  return `${process.env.AUTH_URL ?? "http://localhost:3000"}/behovsmeldinger/${reportId}`;
}

export async function mailSubmitted(tx: Tx, r: { id: string; year: number; network: string; number: number; by: { name: string; email: string }; at: Date }) {
  await queueMail(tx, {
    to: await recipients(tx, r.id, [r.by.email]),
    subject: `Behovsmelding ${r.year} for ${r.network} er sendt inn (versjon ${r.number})`,
    text: [
      `Behovsmeldingen for ${r.network} for ${r.year} ble sendt inn ${formatDateTime(r.at)} av ${r.by.name}.`,
      `Den er låst som versjon ${r.number}. Statsforvalteren behandler den videre.`,
      "",
      `Se behovsmeldingen: ${reportUrl(r.id)}`,
    ].join("\n"),
    entityType: "NeedsReport",
    entityId: r.id,
  });
}

export async function mailReturned(tx: Tx, r: { id: string; year: number; network: string; reason: string; until: Date | null }) {
  await queueMail(tx, {
    to: await recipients(tx, r.id),
    subject: `Behovsmelding ${r.year} for ${r.network} er returnert for retting`,
    text: [
      `Statsforvalteren har returnert behovsmeldingen for ${r.network} for ${r.year} for retting.`,
      "",
      "Begrunnelse:",
      r.reason,
      "",
      r.until ? `Dere kan rette og sende inn på nytt til og med ${formatDateTime(r.until)}.` : "Rett opp og send inn på nytt før fristen.",
      `Rett behovsmeldingen: ${reportUrl(r.id)}`,
    ].join("\n"),
    entityType: "NeedsReport",
    entityId: r.id,
  });
}
