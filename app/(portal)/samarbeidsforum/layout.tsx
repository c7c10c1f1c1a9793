import { ScopedMessages } from "@/components/layout/scoped-messages";

/** Samarbeidsforum's forms translate in the browser (lib/i18n/client-messages.ts). */
export default function ForumLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="forum">{children}</ScopedMessages>;
}
