import { describe, expect, it } from "vitest";
import { matchesDemoSearch, type DemoPerson } from "@/lib/auth/demo-search";

const kari: DemoPerson = {
  id: "p1",
  name: "Kari Nordvik",
  title: "Rådgiver",
  roles: [
    { role: "OWNER", scope: "Vågan kommune" },
    { role: "COORDINATOR", scope: "Lofoten kompetansenettverk" },
  ],
};

describe("the demo sign-in's search", () => {
  it("finds a person by name, by a role's organisation or network, and by title, whatever the case", () => {
    expect(matchesDemoSearch(kari, "kari")).toBe(true);
    expect(matchesDemoSearch(kari, "VÅGAN")).toBe(true);
    expect(matchesDemoSearch(kari, "lofoten")).toBe(true);
    expect(matchesDemoSearch(kari, "rådgiver")).toBe(true);
  });
  it("needs every word to match somewhere", () => {
    expect(matchesDemoSearch(kari, "kari vågan")).toBe(true);
    expect(matchesDemoSearch(kari, "kari bodø")).toBe(false);
    expect(matchesDemoSearch(kari, "ola")).toBe(false);
  });
});
