import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/request-locale";
import { messagesFor } from "@/lib/i18n/messages";

/** The page's language: the person's choice (cookie, set by the switch and at sign-in), else the browser's, else bokmål. */
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, timeZone: "Europe/Oslo", messages: await messagesFor(locale) };
});
