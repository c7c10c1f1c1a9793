import "server-only";
import type { Tx } from "@/lib/db";
import { queueLocalizedMail, type MailTranslator } from "@/lib/mail/localized";
import { datesFor } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { publicUrl } from "@/lib/public-url";

/** Everyone the report names as contact, plus the person acting. */
async function recipients(tx: Tx, reportId: string, extra: string[] = []) {
  const contacts = await tx.needsReportContact.findMany({ where: { reportId }, select: { email: true } });
  return [...contacts.map((c) => c.email ?? ""), ...extra];
}

function reportUrl(reportId: string) {
  return publicUrl(`/behovsmeldinger/${reportId}`);
}

/** Mail about a report: in each recipient's language, the report's contacts getting the lead owner's written standard. */
async function mailAboutReport(
  tx: Tx,
  reportId: string,
  to: string[],
  compose: (t: MailTranslator, locale: Locale) => { subject: string; lines: (string | null)[] },
) {
  const report = await tx.needsReport.findUnique({ where: { id: reportId }, select: { leadOwnerId: true } });
  await queueLocalizedMail(tx, {
    to,
    organisationId: report?.leadOwnerId,
    entityType: "NeedsReport",
    entityId: reportId,
    compose: (t, locale) => {
      const { subject, lines } = compose(t, locale);
      return { subject, text: lines.filter((l): l is string => l !== null).join("\n") };
    },
  });
}

export async function mailSubmitted(
  tx: Tx,
  r: { id: string; year: number; network: string; number: number; by: { name: string; email: string }; at: Date },
) {
  await mailAboutReport(tx, r.id, await recipients(tx, r.id, [r.by.email]), (t, locale) => ({
    subject: t("mail.needsReportSubmitted.subject", { year: r.year, network: r.network, number: r.number }),
    lines: [
      t("mail.needsReportSubmitted.body", {
        network: r.network,
        year: r.year,
        at: datesFor(locale).formatDateTime(r.at),
        by: r.by.name,
        number: r.number,
      }),
      "",
      t("mail.seeAt", { url: reportUrl(r.id) }),
    ],
  }));
}

export async function mailReturned(
  tx: Tx,
  r: { id: string; year: number; network: string; reason: string; until: Date | null },
) {
  await mailAboutReport(tx, r.id, await recipients(tx, r.id), (t, locale) => ({
    subject: t("mail.needsReportReturned.subject", { year: r.year, network: r.network }),
    lines: [
      t("mail.needsReportReturned.body", { network: r.network, year: r.year }),
      "",
      t("mail.reason"),
      r.reason,
      "",
      r.until
        ? t("mail.needsReportReturned.until", { until: datesFor(locale).formatDateTime(r.until) })
        : t("mail.needsReportReturned.beforeDeadline"),
      t("mail.needsReportReturned.link", { url: reportUrl(r.id) }),
    ],
  }));
}

export async function mailReopenRequested(
  tx: Tx,
  r: { id: string; countyId: string; year: number; network: string; owner: string; reason: string; by: string },
) {
  const officers = await tx.roleBinding.findMany({
    where: { role: "STATSFORVALTER", countyId: r.countyId, person: { active: true } },
    select: { person: { select: { email: true } } },
  });
  await mailAboutReport(
    tx,
    r.id,
    officers.map((o) => o.person.email),
    (t) => ({
      subject: t("mail.reopenRequested.subject", { year: r.year, network: r.network }),
      lines: [
        t("mail.reopenRequested.body", { by: r.by, owner: r.owner, network: r.network, year: r.year }),
        "",
        t("mail.reason"),
        r.reason,
        "",
        t("mail.reopenRequested.link", { url: reportUrl(r.id) }),
      ],
    }),
  );
}
