import "server-only";
import type { Tx } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { localeOfWrittenStandard, locales, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";

export type MailTranslator = Awaited<ReturnType<typeof translatorFor>>;

/**
 * Queues one message per language among the recipients: a person
 * gets their chosen language; an address that is not a person's — a contact
 * in a needs report, i.e. a letter to the organisation — gets the
 * organisation's written standard (målform); otherwise bokmål.
 */
export async function queueLocalizedMail(
  tx: Tx,
  mail: {
    to: string[];
    organisationId?: string | null;
    entityType?: string;
    entityId?: string;
    redactAfterSend?: boolean;
    attachLetterId?: string;
    compose: (t: MailTranslator, locale: Locale) => { subject: string; text: string };
  },
): Promise<void> {
  const to = [...new Set(mail.to.map((x) => x.trim().toLowerCase()).filter((x) => x.includes("@")))];
  if (to.length === 0) return;
  const [people, organisation] = await Promise.all([
    tx.person.findMany({ where: { email: { in: to, mode: "insensitive" } }, select: { email: true, language: true } }),
    mail.organisationId
      ? tx.organisation.findUnique({ where: { id: mail.organisationId }, select: { writtenStandard: true } })
      : null,
  ]);
  const fallback = localeOfWrittenStandard(organisation?.writtenStandard);
  const chosen = new Map(people.map((p) => [p.email.toLowerCase(), p.language]));
  const byLocale = new Map<Locale, string[]>();
  for (const address of to) {
    const locale = chosen.get(address) ?? fallback;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), address]);
  }
  for (const locale of locales) {
    const group = byLocale.get(locale);
    if (!group) continue;
    const { subject, text } = mail.compose(await translatorFor(locale), locale);
    await queueMail(tx, {
      to: group,
      subject,
      text,
      entityType: mail.entityType,
      entityId: mail.entityId,
      redactAfterSend: mail.redactAfterSend,
      attachLetterId: mail.attachLetterId,
    });
  }
}
