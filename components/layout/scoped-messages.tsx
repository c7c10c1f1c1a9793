import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type MessageGroup } from "@/lib/i18n/client-messages";

/**
 * Sends a group of message namespaces to the browser, beside the shell's (lib/i18n/client-messages.ts),
 * for the client components below it: put it in a page, or in the layout.tsx of a folder whose pages share the group.
 */
export async function ScopedMessages({ group, children }: { group: MessageGroup; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, group)}>{children}</NextIntlClientProvider>;
}

/** The layout of the pages that run the portal (administration, registers, access, the directorate, invitations). */
export function AdministrationLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="administration">{children}</ScopedMessages>;
}
