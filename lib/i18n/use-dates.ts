import { useLocale } from "next-intl";
import { datesFor, type Dates } from "@/lib/dates";
import { defaultLocale, isLocale } from "@/lib/i18n/config";

/** The date formatters in the page's language, for client components (server components use getDates()). */
export function useDates(): Dates {
  const locale = useLocale();
  return datesFor(isLocale(locale) ? locale : defaultLocale);
}
