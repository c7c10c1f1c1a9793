import { ScopedMessages } from "@/components/layout/scoped-messages";

/** Sending in translates in the browser (lib/i18n/client-messages.ts). */
export default function SubmitLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="needsReportForm">{children}</ScopedMessages>;
}
