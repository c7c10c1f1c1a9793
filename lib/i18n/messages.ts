// use-intl/core (next-intl's own core, no React): this also runs in plain Node processes and under react-server.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/config";
import nb from "@/lib/i18n/messages/nb.json";
import nn from "@/lib/i18n/messages/nn.json";
import en from "@/lib/i18n/messages/en.json";

/** The catalogues, imported statically so every runtime (Next, vitest, a plain Node process with tsx) loads them the same way. */
const CATALOGUES: Record<Locale, typeof nb> = { nb, nn, en };

/** The message catalogue of a language. */
export async function messagesFor(locale: Locale): Promise<typeof nb> {
  return CATALOGUES[locale];
}

const makeTranslator = (locale: Locale) =>
  createTranslator({ locale, messages: CATALOGUES[locale], timeZone: "Europe/Oslo" });
/** One translator per language for the process: it keeps the messages it has parsed and its formatters. */
const translators: Partial<Record<Locale, ReturnType<typeof makeTranslator>>> = {};

/**
 * A translator outside a page — for PDFs and e-mails, which are written in the
 * recipient's language rather than the current request's.
 */
export async function translatorFor(locale: Locale) {
  return (translators[locale] ??= makeTranslator(locale));
}
