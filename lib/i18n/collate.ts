/**
 * Norwegian order for names (æ, ø, å last), with one collator for the process: `localeCompare(x, "nb")`
 * builds a new ICU collator on every call, which costs more than the comparison in a sort of thousands.
 */
const nb = new Intl.Collator("nb");

export const compareNb = (a: string, b: string): number => nb.compare(a, b);

/** A copy of `xs` sorted by name in Norwegian order. */
export const byName = <T extends { name: string }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => nb.compare(a.name, b.name));
