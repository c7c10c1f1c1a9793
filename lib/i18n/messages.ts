import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import type nb from "@/lib/i18n/messages/nb.json";

/** The message catalogue of a language (loaded once per process). */
export async function messagesFor(locale: Locale): Promise<Record<string, unknown>> {
  return (await import(`./messages/${locale}.json`)).default;
}

/**
 * A translator outside a page — for PDFs and e-mails, which are written in the
 * recipient's language rather than the current request's.
 */
export async function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: (await messagesFor(locale)) as typeof nb, timeZone: "Europe/Oslo" });
}
