import NextLink from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("app");
  return (
    <footer className="mt-auto border-t border-neutral-border-subtle bg-neutral-background-tinted">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-neutral-text-subtle">
        <span>{t("footer")}</span>
        <NextLink href="/tilgjengelighet" className="text-accent-text-subtle underline">
          {t("accessibilityLink")}
        </NextLink>
      </div>
    </footer>
  );
}
