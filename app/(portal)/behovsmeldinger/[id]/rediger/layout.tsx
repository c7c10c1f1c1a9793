import { ScopedMessages } from "@/components/layout/scoped-messages";

/** The needs-report form translates in the browser (lib/i18n/client-messages.ts). */
export default function EditLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="needsReportForm">{children}</ScopedMessages>;
}
