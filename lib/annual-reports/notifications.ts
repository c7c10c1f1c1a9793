import "server-only";
import type { Tx } from "@/lib/db";
import { queueLocalizedMail } from "@/lib/mail/localized";
import { datesFor } from "@/lib/dates";
import { publicUrl } from "@/lib/public-url";

const base = () => publicUrl();

/** Who writes a measure's annual report: the report's owner contact, the lead owner's people and the network's coordinators. */
export async function writers(
  tx: Tx,
  r: { needsReportId: string; leadOwnerId: string; networkId: string },
): Promise<string[]> {
  const [contacts, people] = await Promise.all([
    tx.needsReportContact.findMany({ where: { reportId: r.needsReportId, side: "OWNER" }, select: { email: true } }),
    tx.roleBinding.findMany({
      where: {
        person: { active: true },
        OR: [
          { role: "OWNER", organisationId: r.leadOwnerId },
          { role: "COORDINATOR", networkId: r.networkId },
        ],
      },
      select: { person: { select: { email: true } } },
    }),
  ]);
  return [
    ...new Set(
      [...contacts.map((c) => c.email ?? ""), ...people.map((p) => p.person.email)]
        .map((e) => e.trim().toLowerCase())
        .filter((e) => e.includes("@")),
    ),
  ].sort();
}

async function officers(tx: Tx, countyId: string) {
  const list = await tx.roleBinding.findMany({
    where: { role: "STATSFORVALTER", countyId, person: { active: true } },
    select: { person: { select: { email: true } } },
  });
  return list.map((o) => o.person.email);
}

/** The report and its organisation (the lead owner): its written standard for addresses that are not a person's. */
type Subject = { id: string; year: number; measure: string; network: string; owner: string; organisationId: string };

export async function mailAnnualSubmitted(
  tx: Tx,
  r: Subject & { countyId: string; number: number; by: { name: string; email: string }; at: Date; to: string[] },
) {
  await queueLocalizedMail(tx, {
    to: [...r.to, r.by.email, ...(await officers(tx, r.countyId))],
    organisationId: r.organisationId,
    entityType: "AnnualReport",
    entityId: r.id,
    compose: (t, locale) => ({
      subject: t("mail.annualSubmitted.subject", { year: r.year, measure: r.measure, network: r.network }),
      text: [
        t("mail.annualSubmitted.body", {
          year: r.year,
          measure: r.measure,
          network: r.network,
          at: datesFor(locale).formatDateTime(r.at),
          by: r.by.name,
          owner: r.owner,
          number: r.number,
        }),
        "",
        t("mail.annualSubmitted.link", { url: `${base()}/arsrapporter/${r.id}` }),
      ].join("\n"),
    }),
  });
}

export async function mailAnnualReturned(tx: Tx, r: Subject & { reason: string; to: string[] }) {
  await queueLocalizedMail(tx, {
    to: r.to,
    organisationId: r.organisationId,
    entityType: "AnnualReport",
    entityId: r.id,
    compose: (t) => ({
      subject: t("mail.annualReturned.subject", { year: r.year, measure: r.measure }),
      text: [
        t("mail.annualReturned.body", { year: r.year, measure: r.measure, network: r.network }),
        "",
        t("mail.reason"),
        r.reason,
        "",
        t("mail.annualReturned.link", { url: `${base()}/arsrapporter/${r.id}` }),
      ].join("\n"),
    }),
  });
}

export async function mailAnnualReminder(
  tx: Tx,
  r: {
    kind: "BEFORE_DEADLINE" | "AFTER_DEADLINE";
    reportMeasureId: string;
    year: number;
    measure: string;
    network: string;
    owner: string;
    ownerId?: string;
    deadline: Date;
    to: string[];
  },
) {
  const before = r.kind === "BEFORE_DEADLINE";
  await queueLocalizedMail(tx, {
    to: r.to,
    organisationId: r.ownerId,
    entityType: "AnnualReportReminder",
    entityId: `${r.reportMeasureId}:${r.year}:${r.kind}`,
    compose: (t, locale) => {
      const values = { year: r.year, measure: r.measure, network: r.network, owner: r.owner };
      return {
        subject: before
          ? t("mail.annualReminder.subjectBefore", { ...values, deadline: datesFor(locale).formatDate(r.deadline) })
          : t("mail.annualReminder.subjectAfter", { ...values, deadline: datesFor(locale).formatDate(r.deadline) }),
        text: [
          before
            ? t("mail.annualReminder.bodyBefore", { ...values, deadline: datesFor(locale).formatDateTime(r.deadline) })
            : t("mail.annualReminder.bodyAfter", { ...values, deadline: datesFor(locale).formatDateTime(r.deadline) }),
          "",
          t("mail.annualReminder.participation"),
          t("mail.annualReminder.link", { url: `${base()}/arsrapporter` }),
        ].join("\n"),
      };
    },
  });
}
