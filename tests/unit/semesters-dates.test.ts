import { describe, expect, it } from "vitest";
import { compareSemesters, semesterLabel, semesterOf } from "@/lib/semesters";
import { datesFor, formatDate, formatDateTime, formatTime } from "@/lib/dates";

describe("semesters", () => {
  it("labels Vår and Høst", () => {
    expect(semesterLabel({ term: "VAR", year: 2024 })).toBe("Vår 2024");
    expect(semesterLabel({ term: "HOST", year: 2024 })).toBe("Høst 2024");
  });

  it("orders Vår before Høst and years ascending", () => {
    const list = [
      { term: "HOST", year: 2024 },
      { term: "VAR", year: 2025 },
      { term: "VAR", year: 2024 },
    ] as const;
    expect([...list].sort(compareSemesters).map(semesterLabel)).toEqual(["Vår 2024", "Høst 2024", "Vår 2025"]);
  });

  it("finds the semester of a date in Oslo time", () => {
    expect(semesterOf(new Date("2024-06-30T22:30:00Z"))).toEqual({ term: "HOST", year: 2024 }); // 1 July 00:30 in Oslo (CEST)
    expect(semesterOf(new Date("2024-06-30T21:30:00Z"))).toEqual({ term: "VAR", year: 2024 }); // 30 June 23:30 in Oslo
    expect(semesterOf(new Date("2024-03-09T08:00:00Z"))).toEqual({ term: "VAR", year: 2024 });
  });
});

describe("Norwegian dates", () => {
  it("formats the forum meeting of 9 March 2023 at 09.00 Oslo time", () => {
    const d = new Date("2023-03-09T08:00:00Z");
    expect(formatDate(d)).toBe("9. mars 2023");
    expect(formatTime(d)).toBe("09.00");
    expect(formatDateTime(d)).toBe("9. mars 2023 kl. 09.00");
  });
});

describe("dates in each language", () => {
  it("writes the same instant in bokmål, nynorsk and English, in Oslo time", () => {
    const d = new Date("2023-03-09T08:00:00Z");
    expect(datesFor("nb").formatDateTime(d)).toBe("9. mars 2023 kl. 09.00");
    expect(datesFor("nn").formatDateTime(d)).toBe("9. mars 2023 kl. 09.00");
    expect(datesFor("en").formatDateTime(d)).toBe("9 March 2023 at 09:00");
    expect(datesFor("en").formatShortDate(d)).toBe("09/03/2023");
    expect(datesFor("nn").formatDate(new Date("2024-05-17T10:00:00Z"))).toBe("17. mai 2024");
  });

  it("names the terms in each language", () => {
    const host = { term: "HOST", year: 2024 } as const;
    expect([datesFor("nb"), datesFor("nn"), datesFor("en")].map((x) => x.formatSemester(host))).toEqual([
      "Høst 2024",
      "Haust 2024",
      "Autumn 2024",
    ]);
    expect(datesFor("en").formatClock("09:30")).toBe("09:30");
    expect(datesFor("nb").formatClock("09:30")).toBe("09.30");
  });
});

describe("osloDateTime", () => {
  it("reads wall-clock time in Oslo in winter and summer", async () => {
    const { osloDateTime } = await import("@/lib/dates");
    expect(osloDateTime("2023-03-09", "09:00").toISOString()).toBe("2023-03-09T08:00:00.000Z");
    expect(osloDateTime("2024-09-12", "09:00").toISOString()).toBe("2024-09-12T07:00:00.000Z");
  });
});
