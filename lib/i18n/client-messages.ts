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
  "decisionPage",
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

/**
 * Namespaces of the pages that run the portal (administration, registers,
 * access, the directorate, invitations): sent only by those pages, through
 * <ScopedMessages> in their layouts (components/layout/scoped-messages.tsx),
 * so that every other page stays as light as before.
 */
export const SCOPED_NAMESPACES = ["rounds", "registry", "orgKinds", "access", "networkAdmin", "sector", "forumMembers", "forumRoles", "directorate", "counties", "invitation", "roles"] as const;
export type ScopedNamespace = (typeof SCOPED_NAMESPACES)[number];

/** The part of a catalogue the browser needs (with `extra` namespaces where a page asks for them). */
export function clientMessages<M extends Record<string, unknown>>(messages: M, extra: readonly string[] = []): Partial<M> {
  return Object.fromEntries([...CLIENT_NAMESPACES, ...extra].filter((ns) => ns in messages).map((ns) => [ns, messages[ns]])) as Partial<M>;
}
