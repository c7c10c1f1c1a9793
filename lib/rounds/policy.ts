import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

/**
 * A county's rounds (the year's call for needs reports) are opened, changed
 * and closed by its Statsforvalter; owners see the open ones on their home
 * page. Anyone else finds no round to manage.
 */
export function roundAdminScope(actor: Actor): Prisma.RoundWhereInput {
  return { countyId: { in: actor.statsforvalterCountyIds } };
}

export function canManageRounds(actor: Actor, countyId: string): boolean {
  return actor.statsforvalterCountyIds.includes(countyId);
}

export type RoundStep = "open" | "close" | "reopen";

/** Which status a step leads from: a planned round opens, an open one closes, a closed one can be opened again. */
export const ROUND_STEPS: Record<RoundStep, { from: ("PLANNED" | "OPEN" | "CLOSED")[]; to: "OPEN" | "CLOSED" }> = {
  open: { from: ["PLANNED"], to: "OPEN" },
  close: { from: ["OPEN"], to: "CLOSED" },
  reopen: { from: ["CLOSED"], to: "OPEN" },
};

/** A round's year, schemes and the year of its deadlines follow from one another: the deadline for needs reports falls before or in the round's year. */
export function deadlineFitsYear(year: number, deadlineYear: number): boolean {
  return deadlineYear >= year - 1 && deadlineYear <= year;
}

/** "Start from last year's round": the same settings one year on (dates a year later, the year in the texts too). */
export function nextYearOf<
  R extends {
    year: number;
    deadline: string;
    annualDeadline: string | null;
    announcement: string | null;
    announcementNn: string | null;
  },
>(r: R) {
  const shiftDate = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`.replace(/^(\d{4})-02-29$/, "$1-02-28");
  const shiftText = (t: string | null) =>
    t
      ? t
          .replace(new RegExp(`\\b${r.year}\\b`, "g"), String(r.year + 1))
          .replace(new RegExp(`\\b${r.year - 1}\\b`, "g"), String(r.year))
      : t;
  return {
    ...r,
    year: r.year + 1,
    deadline: shiftDate(r.deadline),
    annualDeadline: r.annualDeadline ? shiftDate(r.annualDeadline) : null,
    announcement: shiftText(r.announcement),
    announcementNn: shiftText(r.announcementNn),
  };
}
