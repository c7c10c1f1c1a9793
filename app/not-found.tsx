import { MAIN_ID, SkipToMain } from "@/components/layout/skip-to-main";
import { SiteHeader } from "@/components/layout/site-header";
import { NotFoundText } from "@/components/layout/not-found-text";

/** Not found outside the portal's pages: a page of its own, with the public header. */
export default function NotFound() {
  return (
    <>
      <SkipToMain />
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <NotFoundText />
      </main>
    </>
  );
}
