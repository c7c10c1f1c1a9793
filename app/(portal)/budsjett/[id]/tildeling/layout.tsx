import { ScopedMessages } from "@/components/layout/scoped-messages";

/** The budget's forms translate in the browser (lib/i18n/client-messages.ts). */
export default function BudgetLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="budget">{children}</ScopedMessages>;
}
