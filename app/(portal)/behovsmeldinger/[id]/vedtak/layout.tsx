import { ScopedMessages } from "@/components/layout/scoped-messages";

/** The decision letter's forms translate in the browser (lib/i18n/client-messages.ts). */
export default function DecisionLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="decision">{children}</ScopedMessages>;
}
