import { osloDateString } from "@/lib/dates";
import { compareSemesters, semesterMonths, semesterOf, semesterOrdinal, type Semester } from "@/lib/semesters";

/**
 * A measure's progress plan on a month axis (like seed 001's): the months
 * from the first semester to the last, per cohort its semesters as bands, and
 * per network its gatherings in their month with the assignment that runs
 * from each gathering to the next. Pure: the page draws it, as a chart from
 * md up, as a list on a phone and as a table for everyone.
 */
export type TimelineGathering = {
  id: string;
  number: number | null;
  title: string;
  startsAt: Date;
  format: "FYSISK" | "DIGITAL";
  semesterId: string | null;
  cohortId: string | null;
  assignmentKind: "OPPDRAG" | "MELLOMARBEID" | "INTERN_SAMLING" | null;
  networkIds: string[];
};
export type TimelineSemester = {
  id: string;
  cohortId: string | null;
  number: number;
  term: Semester["term"];
  year: number;
  focus: string | null;
};
export type TimelineGroup = {
  key: string;
  name: string;
  cohortId: string | null;
  all: boolean;
  networks: { id: string; name: string }[];
};

export type Timeline = {
  /** "YYYY-MM", in order, no gaps */
  months: string[];
  /** the semesters the columns of the table alternative are */
  semesters: Semester[];
  groups: {
    key: string;
    name: string;
    bands: { semester: TimelineSemester; from: number; to: number }[];
    networks: {
      id: string;
      name: string;
      gatherings: {
        g: TimelineGathering;
        month: number;
        semester: number;
        assignment: { kind: NonNullable<TimelineGathering["assignmentKind"]>; until: number } | null;
      }[];
    }[];
  }[];
};

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;
const monthOf = (d: Date) => osloDateString(d).slice(0, 7);

function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const end = last;
  while (monthKey(y, m) <= end) {
    out.push(monthKey(y, m));
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function buildTimeline(input: {
  semesters: TimelineSemester[];
  gatherings: TimelineGathering[];
  groups: TimelineGroup[];
}): Timeline {
  const semesterOfGathering = (g: TimelineGathering): Semester =>
    input.semesters.find((s) => s.id === g.semesterId) ?? semesterOf(g.startsAt);
  const semesters = [
    ...new Map(
      [
        ...input.semesters.map((s) => ({ term: s.term, year: s.year })),
        ...input.gatherings.map(semesterOfGathering),
      ].map((s) => [semesterOrdinal(s), s]),
    ).values(),
  ].sort(compareSemesters);
  if (semesters.length === 0) return { months: [], semesters, groups: [] };
  const starts = [
    ...semesters.map((s) => monthKey(s.year, semesterMonths(s).first)),
    ...input.gatherings.map((g) => monthOf(g.startsAt)),
  ].sort();
  const ends = [
    ...semesters.map((s) => monthKey(s.year, semesterMonths(s).last)),
    ...input.gatherings.map((g) => monthOf(g.startsAt)),
  ].sort();
  const months = monthRange(starts[0]!, ends.at(-1)!);
  const index = (month: string) => months.indexOf(month);
  const groups = input.groups.map((grp) => {
    const inGroup = (cohortId: string | null) => grp.all || cohortId === grp.cohortId;
    const bands = input.semesters
      .filter((s) => inGroup(s.cohortId))
      .map((s) => ({
        semester: s,
        from: index(monthKey(s.year, semesterMonths(s).first)),
        to: index(monthKey(s.year, semesterMonths(s).last)),
      }));
    const networks = grp.networks.map((n) => {
      const own = input.gatherings
        .filter((g) => inGroup(g.cohortId) && g.networkIds.includes(n.id))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      return {
        ...n,
        gatherings: own.map((g, i) => {
          const next = own[i + 1];
          return {
            g,
            month: index(monthOf(g.startsAt)),
            semester: semesterOrdinal(semesterOfGathering(g)),
            // The work between gatherings runs from this one to the next (the last one's assignment has no next to run to).
            assignment:
              g.assignmentKind && next ? { kind: g.assignmentKind, until: index(monthOf(next.startsAt)) } : null,
          };
        }),
      };
    });
    return { key: grp.key, name: grp.name, bands, networks };
  });
  return { months, semesters, groups };
}
