/** Dates and times in Norwegian format, time zone Europe/Oslo. */
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

/** A date and time in a language: "9. mars 2023 kl. 09.00", "9. mars 2023 kl. 09.00" (nynorsk), "9 March 2023 at 09:00". For e-mails and PDFs written in the recipient's language. */
export function formatDateTimeIn(locale: keyof typeof INTL_LOCALE, d: Date): string {
  if (locale === "nb") return formatDateTime(d);
  const date = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: TZ }).format(d);
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TZ }).format(d);
  return locale === "en" ? `${date} at ${time}` : `${date} kl. ${time.replace(":", ".")}`;
}

/** A date in a language: "9. mars 2023", "9 March 2023". */
export function formatDateIn(locale: keyof typeof INTL_LOCALE, d: Date): string {
  return locale === "nb" ? formatDate(d) : new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: TZ }).format(d);
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
const clockFmt = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TZ });

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
