import "server-only";
import { cookies, headers } from "next/headers";
import { defaultLocale, isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";

/**
 * The language of the current request: the person's choice (cookie, set by the
 * switch and at sign-in), else the browser's Accept-Language, else bokmål.
 * Pages get it through next-intl; route handlers (PDFs) call it directly.
 */
export async function requestLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(fromCookie)
    ? fromCookie
    : (localeFromAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale);
}
