import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { MAIN_ID, SkipToMain } from "@/components/layout/skip-to-main";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipToMain />
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
