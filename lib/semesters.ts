import type { Term } from "@/lib/generated/prisma/enums";

export type Semester = { term: Term; year: number };

const LABEL: Record<Term, string> = { VAR: "Vår", HOST: "Høst" };

/** { term: "VAR", year: 2024 } → "Vår 2024" */
export function semesterLabel(s: Semester): string {
  return `${LABEL[s.term]} ${s.year}`;
}

/** Sort key: Vår before Høst in the same year. */
export function semesterOrdinal(s: Semester): number {
  return s.year * 2 + (s.term === "VAR" ? 0 : 1);
}

export function compareSemesters(a: Semester, b: Semester): number {
  return semesterOrdinal(a) - semesterOrdinal(b);
}

/** The months a semester covers, one rule for the whole portal: Vår January–June, Høst July–December. */
export function semesterMonths(s: Semester): { first: number; last: number } {
  return s.term === "VAR" ? { first: 1, last: 6 } : { first: 7, last: 12 };
}

/** Whether a date ("YYYY-MM-DD") lies in a semester (semesterMonths). */
export function dateInSemester(date: string, s: Semester): boolean {
  const [year, month] = date.split("-").map(Number);
  const { first, last } = semesterMonths(s);
  return year === s.year && month! >= first && month! <= last;
}

/** The semester a date falls in (Vår Jan–Jun, Høst Jul–Dec). */
export function semesterOf(date: Date): Semester {
  const month = Number(new Intl.DateTimeFormat("en-GB", { month: "numeric", timeZone: "Europe/Oslo" }).format(date));
  const year = Number(new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "Europe/Oslo" }).format(date));
  return { term: month <= 6 ? "VAR" : "HOST", year };
}
