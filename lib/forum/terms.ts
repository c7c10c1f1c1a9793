import { osloDateString, osloDateTime } from "@/lib/dates";

/**
 * A seat in Samarbeidsforum lasts from its first to its last day (both
 * included, Oslo time; open ends when not set). The seat's FORUM_MEMBER role
 * binding is valid for exactly those days, so the role ends on its own the
 * day after the last day of the term.
 */
export type Term = { termFrom: Date | null; termTo: Date | null };

/** "2027-12-31" (a @db.Date) → the day as written. */
const day = (d: Date) => d.toISOString().slice(0, 10);

const nextDay = (iso: string) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** The binding's validity for a term: from the first day's start to the start of the day after the last. */
export function bindingValidity(term: Term): { validFrom: Date | null; validUntil: Date | null } {
  return {
    validFrom: term.termFrom ? osloDateTime(day(term.termFrom), "00:00") : null,
    validUntil: term.termTo ? osloDateTime(nextDay(day(term.termTo)), "00:00") : null,
  };
}

/** Whether a seat's term covers an instant's day in Oslo (a meeting's, or today). */
export function termCovers(term: Term, at: Date): boolean {
  const d = osloDateString(at);
  return (!term.termFrom || day(term.termFrom) <= d) && (!term.termTo || day(term.termTo) >= d);
}

/** The secretariat and observers have no vote. */
export function votes(role: string): boolean {
  return role === "LEADER" || role === "MEMBER" || role === "DEPUTY";
}
