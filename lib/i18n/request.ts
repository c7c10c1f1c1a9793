import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeFromAcceptLanguage, LOCALE_COOKIE } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";

/** The page's language: the person's choice (cookie, set by the switch and at sign-in), else the browser's, else bokmål. */
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie) ? fromCookie : (localeFromAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale);
  return { locale, timeZone: "Europe/Oslo", messages: await messagesFor(locale) };
});
