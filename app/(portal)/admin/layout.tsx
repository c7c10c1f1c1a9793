import { ScopedMessages } from "@/components/layout/scoped-messages";

/** The administration's forms translate in the browser (lib/i18n/client-messages.ts). */
export default function AdministrationLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="administration">{children}</ScopedMessages>;
}
