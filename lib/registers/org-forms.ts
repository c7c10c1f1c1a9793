/**
 * Enhetsregisteret's organisational forms (organisasjonsform.kode) as the
 * portal's kinds of organisation, as a suggestion the person confirms: a
 * municipality is KOMM, a county FYLK, universities and university colleges
 * are state bodies (ORGL, STAT, SF), and private owners of kindergartens and
 * schools are companies, foundations, associations or cooperatives.
 */
const PRIVATE = ["AS", "ASA", "STI", "FLI", "SA", "ANS", "DA", "ENK", "NUF", "BA", "SAM", "KF", "IKS"];

export function suggestKind(orgForm: string | null | undefined): "KOMMUNE" | "FYLKESKOMMUNE" | "PRIVAT" | "UH" | null {
  if (!orgForm) return null;
  if (orgForm === "KOMM") return "KOMMUNE";
  if (orgForm === "FYLK") return "FYLKESKOMMUNE";
  if (orgForm === "ORGL" || orgForm === "STAT" || orgForm === "SF") return "UH";
  return PRIVATE.includes(orgForm) ? "PRIVAT" : null;
}

/** The county number of a municipality number: its first two digits ("4202" Grimstad → "42" Agder). */
export function countyNumberOf(municipalityNumber: string | null | undefined): string | null {
  return municipalityNumber && /^\d{4}$/.test(municipalityNumber) ? municipalityNumber.slice(0, 2) : null;
}
