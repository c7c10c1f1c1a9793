/**
 * The message namespaces that client components translate in the browser.
 * Only these are sent with every page (NextIntlClientProvider in app/layout.tsx):
 * the whole catalogue was two thirds of every page's RSC payload. Server
 * components translate with getTranslations and need nothing sent.
 * tests/unit/client-messages.test.ts checks that every namespace a client
 * component names is listed here.
 */
export const CLIENT_NAMESPACES = [
  "nav",
  "common",
  "status",
  "schemes",
  "purposes",
  "coFinancingKinds",
  "validation",
  "warnings",
  "errors",
  "form",
  "forms",
  "review",
  "annualReports",
  "allocation",
  "attendance",
  "budget",
  "criteria",
  "evaluation",
  "forum",
  "frames",
  "gatheringForm",
  "keyData",
  "measureForm",
  "recommendation",
  "registration",
] as const;

/** The part of a catalogue the browser needs. */
export function clientMessages<M extends Record<string, unknown>>(messages: M): Partial<M> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]])) as Partial<M>;
}
