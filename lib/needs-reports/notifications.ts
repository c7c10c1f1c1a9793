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

export async function mailReopenRequested(tx: Tx, r: { id: string; countyId: string; year: number; network: string; owner: string; reason: string; by: string }) {
  const officers = await tx.roleBinding.findMany({ where: { role: "STATSFORVALTER", countyId: r.countyId, person: { active: true } }, select: { person: { select: { email: true } } } });
  await queueMail(tx, {
    to: officers.map((o) => o.person.email),
    subject: `Ønske om å sende inn behovsmelding ${r.year} for ${r.network} etter fristen`,
    text: [`${r.by} (${r.owner}) ber om å få sende inn behovsmeldingen for ${r.network} for ${r.year} etter fristen.`, "", "Begrunnelse:", r.reason, "", `Behovsmeldingen: ${reportUrl(r.id)}`].join("\n"),
    entityType: "NeedsReport",
    entityId: r.id,
  });
}

const plainKroner = (n: number) => new Intl.NumberFormat("nb-NO").format(n).replace(/[\u202f\u00a0]/g, " ");

export async function mailDecided(tx: Tx, r: { id: string; year: number; network: string; outcome: "GRANTED" | "REJECTED"; amount: number; reason: string | null; at: Date; parts?: { label: string; amount: number }[] }) {
  const kr = plainKroner(r.amount);
  await queueMail(tx, {
    to: await recipients(tx, r.id),
    subject: `Vedtak om tilskudd: behovsmelding ${r.year} for ${r.network}`,
    text: [
      r.outcome === "GRANTED"
        ? `Statsforvalteren har ${formatDateTime(r.at)} innvilget ${kr} kr til behovsmeldingen for ${r.network} for ${r.year}.`
        : `Statsforvalteren har ${formatDateTime(r.at)} avslått behovsmeldingen for ${r.network} for ${r.year}.`,
      ...(r.parts?.length ? ["", ...r.parts.map((p) => `${p.label}: ${plainKroner(p.amount)} kr`)] : []),
      ...(r.reason ? ["", "Begrunnelse:", r.reason] : []),
      "",
      `Se behovsmeldingen: ${reportUrl(r.id)}`,
    ].join("\n"),
    entityType: "NeedsReport",
    entityId: r.id,
  });
}
