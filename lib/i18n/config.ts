/** Languages the portal speaks. Add "nn" and "en" here and as message files; components need no change. */
export const locales = ["nb"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nb";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? "");
}
