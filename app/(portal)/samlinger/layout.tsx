import { ScopedMessages } from "@/components/layout/scoped-messages";

/** Gatherings' forms translate in the browser (lib/i18n/client-messages.ts). */
export default function GatheringsLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="measures">{children}</ScopedMessages>;
}
