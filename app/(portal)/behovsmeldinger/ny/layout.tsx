import { ScopedMessages } from "@/components/layout/scoped-messages";

/** Starting a report translates in the browser (lib/i18n/client-messages.ts). */
export default function NewReportLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="needsReportForm">{children}</ScopedMessages>;
}
