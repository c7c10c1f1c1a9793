import { AppLink } from "@/components/ui/app-link";
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph } from "@/components/ds";
import { MAIN_ID, SkipToMain } from "@/components/layout/skip-to-main";
import { SiteHeader } from "@/components/layout/site-header";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <>
      <SkipToMain />
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <Heading level={1} data-size="lg">
          {t("notFoundTitle")}
        </Heading>
        <Paragraph className="mt-4">{t("notFoundText")}</Paragraph>
        <Paragraph className="mt-4">
          <AppLink href="/">{t("backHome")}</AppLink>
        </Paragraph>
      </main>
    </>
  );
}
