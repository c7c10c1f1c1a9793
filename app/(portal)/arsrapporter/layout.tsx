import { ScopedMessages } from "@/components/layout/scoped-messages";

/** The annual report's forms translate in the browser (lib/i18n/client-messages.ts). */
export default function AnnualReportsLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="annualReports">{children}</ScopedMessages>;
}
