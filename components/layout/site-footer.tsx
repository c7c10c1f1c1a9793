import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("app");
  return (
    <footer className="mt-auto border-t border-neutral-border-subtle bg-neutral-background-tinted">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-neutral-text-subtle">{t("footer")}</div>
    </footer>
  );
}
