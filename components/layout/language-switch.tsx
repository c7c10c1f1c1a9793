"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALE_NAMES, locales } from "@/lib/i18n/config";
import { setLanguageAction } from "@/lib/preferences/actions";

/**
 * Bokmål · Nynorsk · English: a plain form post (works without JavaScript)
 * that comes back to the same page in the chosen language. Each name is
 * written in its own language and marked with it (WCAG 3.1.2).
 */
export function LanguageSwitch() {
  const t = useTranslations("nav");
  const current = useLocale();
  const path = usePathname();
  const query = useSearchParams().toString();
  return (
    <form action={setLanguageAction} className="flex items-center gap-1 text-sm" aria-labelledby="sprak-velger">
      <span id="sprak-velger" className="mr-1 text-neutral-text-subtle">
        {t("language")}
      </span>
      <input type="hidden" name="tilbake" value={query ? `${path}?${query}` : path} />
      {locales.map((l) => (
        <button
          key={l}
          type="submit"
          name="language"
          value={l}
          lang={l}
          aria-pressed={l === current}
          className={`rounded px-2 py-1 underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 ${l === current ? "font-semibold text-neutral-text-default no-underline" : "text-accent-text-subtle underline"}`}
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </form>
  );
}
