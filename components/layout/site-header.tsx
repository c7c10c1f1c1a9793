import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ds";
import { signOutAction } from "@/lib/auth/actions";
import type { NavItem } from "@/lib/navigation";
import { MainNav } from "@/components/layout/main-nav";
import { Suspense } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";

/** The portal's header: name, role-dependent navigation and the signed-in person. */
export async function SiteHeader({ personName, items }: { personName?: string; items?: NavItem[] }) {
  const t = await getTranslations();
  return (
    <header className="site-header border-b border-neutral-border-subtle bg-neutral-background-default">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <NextLink href="/" className="flex flex-col no-underline text-neutral-text-default">
          <span className="text-xl font-semibold">{t("app.name")}</span>
          <span className="text-sm text-neutral-text-subtle">{t("app.tagline")}</span>
        </NextLink>
        <div className="flex flex-wrap items-center gap-4">
          <Suspense fallback={null}>
            <LanguageSwitch />
          </Suspense>
          {personName ? (
            <div className="flex items-center gap-3">
              <span className="text-sm">{t("nav.signedInAs", { name: personName })}</span>
              <form action={signOutAction}>
                <Button type="submit" variant="secondary" data-size="sm">
                  {t("nav.signOut")}
                </Button>
              </form>
            </div>
          ) : null}
        </div>
      </div>
      {items && items.length > 0 ? (
        <MainNav label={t("nav.label")} items={items.map((i) => ({ href: i.href, label: t(`nav.${i.key}`) }))} />
      ) : null}
    </header>
  );
}
