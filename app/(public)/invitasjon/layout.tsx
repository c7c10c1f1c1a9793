import { ScopedMessages } from "@/components/layout/scoped-messages";

/** The invitation page's form translates in the browser (lib/i18n/client-messages.ts). */
export default function InvitationLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="administration">{children}</ScopedMessages>;
}
