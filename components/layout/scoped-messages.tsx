import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, SCOPED_NAMESPACES, type ScopedNamespace } from "@/lib/i18n/client-messages";

/** Sends the message namespaces a group of pages' client components need, beside those every page gets (lib/i18n/client-messages.ts). */
export async function ScopedMessages({ namespaces, children }: { namespaces: readonly ScopedNamespace[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}

/** The layout of the pages that run the portal (administration, registers, access, the directorate, invitations): their forms need those messages. */
export function AdministrationLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages namespaces={SCOPED_NAMESPACES}>{children}</ScopedMessages>;
}
