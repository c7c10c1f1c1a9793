const nb = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 });

/** A share 0..1 as "12,5 %"; "–" when there is none. */
export const formatPercent = (x: number | null) => (x === null ? "–" : `${nb.format(x * 100)} %`);
