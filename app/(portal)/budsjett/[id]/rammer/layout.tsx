import { ScopedMessages } from "@/components/layout/scoped-messages";

/** The frame scenarios' forms translate in the browser (lib/i18n/client-messages.ts). */
export default function FramesLayout({ children }: { children: React.ReactNode }) {
  return <ScopedMessages group="frames">{children}</ScopedMessages>;
}
