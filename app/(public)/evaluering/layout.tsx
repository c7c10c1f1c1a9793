import { ScopedMessages } from "@/components/layout/scoped-messages";

/** The evaluation form translates in the browser (lib/i18n/client-messages.ts). */
export default function EvaluationLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="measures">{children}</ScopedMessages>;
}
