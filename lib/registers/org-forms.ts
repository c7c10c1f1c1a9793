/**
 * Enhetsregisteret's organisational forms (organisasjonsform.kode) as the
 * portal's kinds of organisation — a suggestion the person confirms. A
 * municipality is KOMM, a county municipality FYLK; universities and
 * university colleges are state bodies (ORGL, STAT, SF); private owners of
 * kindergartens and schools are companies, foundations, associations and
 * cooperatives. Anything else (KF, IKS, BEDR …) gets no suggestion.
 */
type Kind = "KOMMUNE" | "FYLKESKOMMUNE" | "PRIVAT" | "UH";

const KINDS: Record<string, Kind> = {
  KOMM: "KOMMUNE",
  FYLK: "FYLKESKOMMUNE",
  STAT: "UH",
  ORGL: "UH",
  SF: "UH",
  ...Object.fromEntries(
    ["AS", "ASA", "STI", "FLI", "SA", "ANS", "DA", "ENK", "NUF", "BA"].map((form) => [form, "PRIVAT" as const]),
  ),
};

export function suggestKind(orgForm: string | null | undefined): Kind | null {
  return (orgForm && Object.hasOwn(KINDS, orgForm) ? KINDS[orgForm] : null) ?? null;
}

/** The county number of a municipality number: its first two digits ("4202" Grimstad → "42" Agder). */
export function countyNumberOf(municipalityNumber: string | null | undefined): string | null {
  return municipalityNumber && /^\d{4}$/.test(municipalityNumber) ? municipalityNumber.slice(0, 2) : null;
}
