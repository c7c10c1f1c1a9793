/** A month as weeks of days (Monday first), Europe/Oslo, for a calendar grid. Pure. */
export type Day = { date: string; inMonth: boolean };

/** "2026-11" → the days of the weeks that cover November 2026. */
export function monthGrid(month: string): Day[][] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7; // Monday = 0
  const start = new Date(Date.UTC(y, m - 1, 1 - offset));
  const weeks: Day[][] = [];
  for (let w = 0; w < 6; w++) {
    const week: Day[] = [];
    for (let d = 0; d < 7; d++) {
      const day = new Date(start.getTime() + (w * 7 + d) * 86_400_000);
      week.push({ date: day.toISOString().slice(0, 10), inMonth: day.getUTCMonth() === m - 1 });
    }
    if (w > 3 && !week.some((d) => d.inMonth)) break;
    weeks.push(week);
  }
  return weeks;
}

/** The month before or after "2026-11". */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

export const isMonth = (v: string | undefined): v is string =>
  Boolean(v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) && Number(v.slice(0, 4)) >= 2000 && Number(v.slice(0, 4)) <= 2100);
