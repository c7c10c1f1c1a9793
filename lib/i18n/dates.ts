import "server-only";
import { getLocale } from "next-intl/server";
import { datesFor, type Dates } from "@/lib/dates";
import { isLocale, defaultLocale } from "@/lib/i18n/config";

/** The date formatters in the language of the current request (the person's choice, else the browser's, else bokmål). */
export async function getDates(): Promise<Dates> {
  const locale = await getLocale();
  return datesFor(isLocale(locale) ? locale : defaultLocale);
}
