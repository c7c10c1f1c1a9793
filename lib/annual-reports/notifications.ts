import "server-only";
import type { Tx } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { formatDate, formatDateTime } from "@/lib/dates";

const base = () => process.env.AUTH_URL ?? "http://localhost:3000";

/** Who writes a measure's annual report: the report's owner contact, the lead owner's people and the network's coordinators. */
export async function writers(tx: Tx, r: { needsReportId: string; leadOwnerId: string; networkId: string }): Promise<string[]> {
  const [contacts, people] = await Promise.all([
    tx.needsReportContact.findMany({ where: { reportId: r.needsReportId, side: "OWNER" }, select: { email: true } }),
    tx.roleBinding.findMany({
      where: { person: { active: true }, OR: [{ role: "OWNER", organisationId: r.leadOwnerId }, { role: "COORDINATOR", networkId: r.networkId }] },
      select: { person: { select: { email: true } } },
    }),
  ]);
  return [...new Set([...contacts.map((c) => c.email ?? ""), ...people.map((p) => p.person.email)].map((e) => e.trim().toLowerCase()).filter((e) => e.includes("@")))].sort();
}

async function officers(tx: Tx, countyId: string) {
  const list = await tx.roleBinding.findMany({ where: { role: "STATSFORVALTER", countyId, person: { active: true } }, select: { person: { select: { email: true } } } });
  return list.map((o) => o.person.email);
}

type Subject = { id: string; year: number; measure: string; network: string; owner: string };

export async function mailAnnualSubmitted(tx: Tx, r: Subject & { countyId: string; number: number; by: { name: string; email: string }; at: Date; to: string[] }) {
  await queueMail(tx, {
    to: [...r.to, r.by.email, ...(await officers(tx, r.countyId))],
    subject: `Årsrapport ${r.year} for «${r.measure}» (${r.network}) er sendt inn`,
    text: [
      `Årsrapporten for ${r.year} for tiltaket «${r.measure}» i ${r.network} ble sendt inn ${formatDateTime(r.at)} av ${r.by.name} (${r.owner}).`,
      `Den er låst som versjon ${r.number}.`,
      "",
      `Se årsrapporten: ${base()}/arsrapporter/${r.id}`,
    ].join("\n"),
    entityType: "AnnualReport",
    entityId: r.id,
  });
}

export async function mailAnnualReturned(tx: Tx, r: Subject & { reason: string; to: string[] }) {
  await queueMail(tx, {
    to: r.to,
    subject: `Årsrapport ${r.year} for «${r.measure}» er returnert for retting`,
    text: [`Statsforvalteren har returnert årsrapporten for ${r.year} for «${r.measure}» (${r.network}).`, "", "Begrunnelse:", r.reason, "", `Rett årsrapporten: ${base()}/arsrapporter/${r.id}`].join("\n"),
    entityType: "AnnualReport",
    entityId: r.id,
  });
}

export async function mailAnnualReminder(tx: Tx, r: { kind: "BEFORE_DEADLINE" | "AFTER_DEADLINE"; reportMeasureId: string; year: number; measure: string; network: string; owner: string; deadline: Date; to: string[] }) {
  const before = r.kind === "BEFORE_DEADLINE";
  await queueMail(tx, {
    to: r.to,
    subject: before ? `Påminnelse: årsrapport ${r.year} for «${r.measure}» skal leveres innen ${formatDate(r.deadline)}` : `Årsrapport ${r.year} for «${r.measure}» mangler – fristen var ${formatDate(r.deadline)}`,
    text: [
      before
        ? `Årsrapporten for ${r.year} for tiltaket «${r.measure}» (${r.network}, ${r.owner}) skal sendes inn senest ${formatDateTime(r.deadline)}.`
        : `Fristen for årsrapporten for ${r.year} for tiltaket «${r.measure}» (${r.network}, ${r.owner}) gikk ut ${formatDateTime(r.deadline)}, og Statsforvalteren har ikke mottatt den.`,
      "",
      "Deltakelsen hentes fra samlingene i portalen; dere fyller ut økonomi, egenandel, aktiviteter og vurdering.",
      `Skriv årsrapporten: ${base()}/arsrapporter`,
    ].join("\n"),
    entityType: "AnnualReportReminder",
    entityId: `${r.reportMeasureId}:${r.year}:${r.kind}`,
  });
}
