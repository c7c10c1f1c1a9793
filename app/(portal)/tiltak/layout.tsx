import { ScopedMessages } from "@/components/layout/scoped-messages";

/** Measures' and gatherings' forms translate in the browser (lib/i18n/client-messages.ts). */
export default function MeasuresLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="measures">{children}</ScopedMessages>;
}
