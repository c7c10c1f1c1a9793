/** Languages the portal speaks: bokmål, nynorsk and English. Each has a message file in ./messages. */
export const locales = ["nb", "nn", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nb";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** A year: the choice is also kept on the person, so it follows them to other browsers. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** Each language's name in itself, for the language switch (WCAG 3.1.2: marked with its own `lang`). */
export const LOCALE_NAMES: Record<Locale, string> = { nb: "Bokmål", nn: "Nynorsk", en: "English" };

export function isLocale(value: string | null | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? "");
}

/**
 * The best language for an Accept-Language header: the first listed (by
 * quality) that the portal speaks; Norwegian without a variant ("no") and
 * Nynorsk's older tag ("no-NN") are understood. Null when none matches.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((x) => x.tag && Number.isFinite(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag === "nn" || tag.startsWith("nn-") || tag === "no-nn") return "nn";
    if (tag === "nb" || tag.startsWith("nb-") || tag === "no" || tag.startsWith("no-")) return "nb";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return null;
}

/** The language of letters to an organisation: its chosen written standard (målform). */
export function localeOfWrittenStandard(standard: "BOKMAL" | "NYNORSK" | null | undefined): Locale {
  return standard === "NYNORSK" ? "nn" : "nb";
}
