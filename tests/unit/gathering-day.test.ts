import { describe, expect, it } from "vitest";
import { attendanceOpen, dateInSemester, evaluationOpen } from "@/lib/gatherings/policy";

describe("the gathering's day", () => {
  const g = { cancelled: false, startsAt: new Date("2027-03-09T08:00:00Z") }; // 09:00 in Oslo, winter time

  it("opens attendance and the evaluation at 00:00 Oslo time that day, not before, and keeps them open", () => {
    for (const open of [attendanceOpen, evaluationOpen]) {
      expect(open(g, new Date("2027-03-08T22:59:59Z"))).toBe(false); // 23:59:59 the evening before
      expect(open(g, new Date("2027-03-08T23:00:00Z"))).toBe(true); // midnight in Oslo
      expect(open(g, new Date("2027-04-20T12:00:00Z"))).toBe(true);
    }
  });

  it("follows summer time: midnight in Oslo is 22:00 UTC in June", () => {
    const summer = { cancelled: false, startsAt: new Date("2027-06-10T07:00:00Z") };
    expect(evaluationOpen(summer, new Date("2027-06-09T21:59:00Z"))).toBe(false);
    expect(evaluationOpen(summer, new Date("2027-06-09T22:00:00Z"))).toBe(true);
  });

  it("never opens for a cancelled gathering", () => {
    expect(attendanceOpen({ ...g, cancelled: true }, new Date("2027-03-09T10:00:00Z"))).toBe(false);
    expect(evaluationOpen({ ...g, cancelled: true }, new Date("2027-03-09T10:00:00Z"))).toBe(false);
  });
});

describe("a date in its semester", () => {
  it("spring is January to June, autumn July to December, of the semester's year (as semesterOf places a date)", () => {
    expect(dateInSemester("2027-01-04", { term: "VAR", year: 2027 })).toBe(true);
    expect(dateInSemester("2027-06-30", { term: "VAR", year: 2027 })).toBe(true);
    expect(dateInSemester("2027-07-01", { term: "VAR", year: 2027 })).toBe(false);
    expect(dateInSemester("2027-07-01", { term: "HOST", year: 2027 })).toBe(true);
    expect(dateInSemester("2027-12-31", { term: "HOST", year: 2027 })).toBe(true);
    expect(dateInSemester("2028-01-10", { term: "HOST", year: 2027 })).toBe(false);
    expect(dateInSemester("2026-10-20", { term: "HOST", year: 2027 })).toBe(false);
  });
});
