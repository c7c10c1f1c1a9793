import { getTranslations } from "next-intl/server";
import { Heading, Paragraph } from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";

/** What a "not found" page says (app/not-found.tsx, and inside the portal's own layout app/(portal)/not-found.tsx). */
export async function NotFoundText() {
  const t = await getTranslations("common");
  return (
    <>
      <Heading level={1} data-size="lg">
        {t("notFoundTitle")}
      </Heading>
      <Paragraph className="mt-4">{t("notFoundText")}</Paragraph>
      <Paragraph className="mt-4">
        <AppLink href="/">{t("backHome")}</AppLink>
      </Paragraph>
    </>
  );
}
