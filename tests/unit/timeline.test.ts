import { describe, expect, it } from "vitest";
import { buildTimeline, type TimelineGathering } from "@/lib/measures/timeline";

const gathering = (
  id: string,
  number: number,
  day: string,
  over: Partial<TimelineGathering> = {},
): TimelineGathering => ({
  id,
  number,
  title: `Samling ${number}`,
  startsAt: new Date(`${day}T07:00:00Z`),
  format: "FYSISK",
  semesterId: null,
  cohortId: "p1",
  assignmentKind: "OPPDRAG",
  networkIds: ["gauldal"],
  ...over,
});

describe("the progress plan on a month axis", () => {
  const t = buildTimeline({
    semesters: [
      { id: "s1", cohortId: "p1", number: 1, term: "HOST", year: 2021, focus: "Begreper" },
      { id: "s2", cohortId: "p1", number: 2, term: "VAR", year: 2022, focus: null },
    ],
    gatherings: [
      gathering("g2", 2, "2021-11-30", { format: "DIGITAL", semesterId: "s1" }),
      gathering("g1", 1, "2021-10-28", { semesterId: "s1" }),
      gathering("g3", 3, "2022-03-22", { semesterId: "s2", assignmentKind: null }),
    ],
    groups: [
      {
        key: "p1",
        name: "Pulje 1",
        cohortId: "p1",
        all: false,
        networks: [
          { id: "gauldal", name: "Gauldal" },
          { id: "orkdal", name: "Orkdal" },
        ],
      },
    ],
  });

  it("runs without gaps from the first semester's first month to the last semester's last", () => {
    expect(t.months[0]).toBe("2021-07");
    expect(t.months.at(-1)).toBe("2022-06");
    expect(t.months).toHaveLength(12);
  });

  it("puts each semester as a band over its months, and each gathering in its month, in time order", () => {
    const [g] = t.groups;
    expect(g!.bands.map((b) => [b.semester.number, t.months[b.from], t.months[b.to]])).toEqual([
      [1, "2021-07", "2021-12"],
      [2, "2022-01", "2022-06"],
    ]);
    const gauldal = g!.networks[0]!;
    expect(gauldal.gatherings.map((x) => [x.g.number, t.months[x.month]])).toEqual([
      [1, "2021-10"],
      [2, "2021-11"],
      [3, "2022-03"],
    ]);
    expect(g!.networks[1]!.gatherings).toEqual([]);
  });

  it("draws the assignment from a gathering to the next one's month, and none after the last", () => {
    const gauldal = t.groups[0]!.networks[0]!;
    expect(
      gauldal.gatherings.map((x) => (x.assignment ? [x.assignment.kind, t.months[x.assignment.until]] : null)),
    ).toEqual([["OPPDRAG", "2021-11"], ["OPPDRAG", "2022-03"], null]);
  });

  it("is empty for a measure without semesters or gatherings", () => {
    expect(buildTimeline({ semesters: [], gatherings: [], groups: [] })).toEqual({
      months: [],
      semesters: [],
      groups: [],
    });
  });
});
