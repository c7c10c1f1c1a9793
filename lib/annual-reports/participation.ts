/**
 * Participation in a measure's gatherings over a year, pulled from the
 * registrations and the attendance taken (never typed into the report):
 * gatherings held, registered, present, no-shows, walk-ins, units and people
 * reached, and the attendance and no-show rates. Pure.
 */
import { attendanceFigures, noShowRate, sumFigures, type AttendanceRow, type Figures } from "@/lib/gatherings/stats";

export type ParticipationRegistration = AttendanceRow & {
  name: string;
  email: string | null;
  organisationId: string | null;
  unitName: string | null;
};
export type ParticipationGathering = {
  id: string;
  title: string;
  number: number | null;
  startsAt: Date;
  registrations: ParticipationRegistration[];
};

/** One person across gatherings: by e-mail, or by name and organisation for a walk-in without one. */
export const personKey = (r: { name: string; email: string | null; organisationId: string | null }) =>
  r.email ? r.email.trim().toLowerCase() : `${r.name.trim().toLowerCase()}|${r.organisationId ?? ""}`;

export function participationSummary(gatherings: readonly ParticipationGathering[]) {
  const rows = gatherings.map((g) => ({
    id: g.id,
    title: g.title,
    number: g.number,
    startsAt: g.startsAt,
    figures: attendanceFigures(g.registrations),
  }));
  const present = gatherings.flatMap((g) =>
    g.registrations.filter((r) => r.status === "REGISTERED" && r.attendance === "PRESENT"),
  );
  const units = new Set(present.filter((r) => r.unitName?.trim()).map((r) => r.unitName!.trim().toLowerCase()));
  const people = new Set(present.map(personKey));
  const owners = new Set(present.map((r) => r.organisationId).filter(Boolean));
  const totals: Figures = sumFigures(rows.map((r) => r.figures));
  const noShow = noShowRate(rows.map((r) => r.figures));
  return {
    gatherings: rows,
    totals,
    unitsReached: units.size,
    peopleReached: people.size,
    ownersReached: owners.size,
    noShowRate: noShow,
    attendanceRate: noShow === null ? null : 1 - noShow,
  };
}
export type Participation = ReturnType<typeof participationSummary>;
