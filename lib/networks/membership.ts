import type { Prisma } from "@/lib/generated/prisma/client";
import { osloYear } from "@/lib/dates";

/**
 * Networks, their member owners and their UH partners change over the years.
 * A membership is a period of years (both ends included, null: open), and
 * every read of "the members of a network" is a read for a year: a budget's,
 * a round's, a gathering's, or this year. So a network that changes in 2027
 * leaves the 2023 frames and the 2024 reports with the members they had.
 */
export type Period = { fromYear: number | null; toYear: number | null };

/** A membership (NetworkMember or NetworkUhPartner) that holds in `year`. */
export function inYear(year: number): Prisma.NetworkMemberWhereInput & Prisma.NetworkUhPartnerWhereInput {
  return {
    AND: [
      { OR: [{ fromYear: null }, { fromYear: { lte: year } }] },
      { OR: [{ toYear: null }, { toYear: { gte: year } }] },
    ],
  };
}

/** A network that works in `year` (not yet ended, already started). */
export function networkActiveIn(year: number): Prisma.NetworkWhereInput {
  return {
    AND: [
      { OR: [{ fromYear: null }, { fromYear: { lte: year } }] },
      { OR: [{ endedYear: null }, { endedYear: { gte: year } }] },
    ],
  };
}

/** This year in Oslo: the year "now" reads memberships for. */
export function thisYear(now = new Date()): number {
  return osloYear(now);
}

/** Whether a period holds in `year`. */
export function holdsIn(p: Period, year: number): boolean {
  return (p.fromYear === null || p.fromYear <= year) && (p.toYear === null || p.toYear >= year);
}

/** Two periods share at least one year. */
export function overlaps(a: Period, b: Period): boolean {
  const aFrom = a.fromYear ?? -Infinity;
  const aTo = a.toYear ?? Infinity;
  const bFrom = b.fromYear ?? -Infinity;
  const bTo = b.toYear ?? Infinity;
  return aFrom <= bTo && bFrom <= aTo;
}
