/** Dates and times in Norwegian format, time zone Europe/Oslo. */
import { semesterLabel, type Semester } from "@/lib/semesters";

const TZ = "Europe/Oslo";

const dateFmt = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "long", year: "numeric", timeZone: TZ });
const timeFmt = new Intl.DateTimeFormat("nb-NO", { hour: "2-digit", minute: "2-digit", timeZone: TZ });
const shortFmt = new Intl.DateTimeFormat("nb-NO", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TZ });

/** "9. mars 2023" */
export function formatDate(d: Date): string {
  return dateFmt.format(d);
}

/** "09.00" (nb-NO uses a dot; some ICU versions give a colon, normalised here). */
export function formatTime(d: Date): string {
  return timeFmt.format(d).replace(":", ".");
}

/** "9. mars 2023 kl. 09.00" */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)} kl. ${formatTime(d)}`;
}

const INTL_LOCALE = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" } as const;
type DateLocale = keyof typeof INTL_LOCALE;

/** The date formatters of one language, named as the bokmål ones so a page swaps them in by destructuring. */
export type Dates = {
  formatDate(d: Date): string;
  formatTime(d: Date): string;
  formatDateTime(d: Date): string;
  formatShortDate(d: Date): string;
  formatClock(hhmm: string): string;
  /** { term: "VAR", year: 2024 } → "Vår 2024", "Spring 2024" */
  formatSemester(s: Semester): string;
  /** "2024-03" → "mars 2024", "March 2024" */
  formatMonth(month: string): string;
  /** "2024-03" → "mar", "Mar" (an axis label) */
  formatMonthShort(month: string): string;
};

const TERMS: Record<DateLocale, Record<Semester["term"], string>> = {
  nb: { VAR: "Vår", HOST: "Høst" },
  nn: { VAR: "Vår", HOST: "Haust" },
  en: { VAR: "Spring", HOST: "Autumn" },
};
const semesterIn = (locale: DateLocale) => (s: Semester) => `${TERMS[locale][s.term]} ${s.year}`;

function englishDates(): Omit<Dates, "formatMonth" | "formatMonthShort"> {
  const date = new Intl.DateTimeFormat(INTL_LOCALE.en, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: TZ,
  });
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TZ });
  const short = new Intl.DateTimeFormat(INTL_LOCALE.en, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: TZ,
  });
  return {
    formatDate: (d) => date.format(d),
    formatTime: (d) => time.format(d),
    formatDateTime: (d) => `${date.format(d)} at ${time.format(d)}`,
    formatShortDate: (d) => short.format(d),
    formatClock: (hhmm) => hhmm,
    formatSemester: semesterIn("en"),
  };
}

function nynorskDates(): Omit<Dates, "formatMonth" | "formatMonthShort"> {
  const date = new Intl.DateTimeFormat(INTL_LOCALE.nn, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: TZ,
  });
  return {
    formatDate: (d) => date.format(d),
    formatTime,
    formatDateTime: (d) => `${date.format(d)} kl. ${formatTime(d)}`,
    formatShortDate,
    formatClock,
    formatSemester: semesterIn("nn"),
  };
}

function monthIn(locale: DateLocale) {
  const month = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" });
  return (yyyyMm: string) => month.format(new Date(`${yyyyMm}-15T12:00:00Z`));
}

function monthShortIn(locale: DateLocale) {
  const month = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "short", timeZone: "UTC" });
  return (yyyyMm: string) => month.format(new Date(`${yyyyMm}-15T12:00:00Z`)).replace(/\.$/, "");
}

const BY_LOCALE: Record<DateLocale, () => Omit<Dates, "formatMonth" | "formatMonthShort">> = {
  nb: () => ({ formatDate, formatTime, formatDateTime, formatShortDate, formatClock, formatSemester: semesterLabel }),
  nn: nynorskDates,
  en: englishDates,
};
const cached = new Map<DateLocale, Dates>();

/**
 * Dates and times as written in a language: "9. mars 2023 kl. 09.00" (bokmål
 * and nynorsk), "9 March 2023 at 09:00" (English); always Oslo time. Pages get
 * theirs from lib/i18n/dates.ts; e-mails and PDFs use the recipient's.
 */
export function datesFor(locale: DateLocale): Dates {
  let dates = cached.get(locale);
  if (!dates)
    cached.set(
      locale,
      (dates = { ...BY_LOCALE[locale](), formatMonth: monthIn(locale), formatMonthShort: monthShortIn(locale) }),
    );
  return dates;
}

/** "09.03.2023" */
export function formatShortDate(d: Date): string {
  return shortFmt.format(d);
}

/** "09:00" stored → "09.00" shown */
export function formatClock(hhmm: string): string {
  return hhmm.replace(":", ".");
}

function osloOffsetMinutes(d: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: TZ,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(d);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - d.getTime()) / 60_000);
}

/** "2023-03-09" + "09:00" in Oslo → the instant (handles summer time). */
export function osloDateTime(date: string, time = "00:00"): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  const first = wall - osloOffsetMinutes(new Date(wall)) * 60_000;
  const second = wall - osloOffsetMinutes(new Date(first)) * 60_000;
  return new Date(second);
}

const isoFmt = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TZ });
const clockFmt = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: TZ,
});

/** The instant's date in Oslo, "2023-03-09" (for date inputs). */
export function osloDateString(d: Date): string {
  return isoFmt.format(d);
}

/** The instant's time in Oslo, "09:00" (for time inputs). */
export function osloClock(d: Date): string {
  return clockFmt.format(d);
}

/** The year of the instant in Oslo. */
export function osloYear(d: Date): number {
  return Number(osloDateString(d).slice(0, 4));
}
