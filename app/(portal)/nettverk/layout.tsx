import { ScopedMessages } from "@/components/layout/scoped-messages";

/** The network register's forms translate in the browser (lib/i18n/client-messages.ts). */
export default function NetworksLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="administration">{children}</ScopedMessages>;
}
