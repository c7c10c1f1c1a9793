import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";
import { reportTotals } from "@/lib/needs-reports/totals";
import { isValidAccountNumber, isValidOrgNumber } from "@/lib/norwegian-ids";
import { trondelagBudget2023 } from "@/prisma/seed-data/trondelag";

async function counts() {
  const [orgs, people, bindings, networks, members, reports, lines, gatherings, tracks, cases, agenda, rounds] =
    await Promise.all([
      db.organisation.count(),
      db.person.count(),
      db.roleBinding.count(),
      db.network.count(),
      db.networkMember.count(),
      db.needsReport.count(),
      db.budgetLine.count(),
      db.gathering.count(),
      db.gatheringTrack.count(),
      db.forumCase.count(),
      db.agendaItem.count(),
      db.round.count(),
    ]);
  return { orgs, people, bindings, networks, members, reports, lines, gatherings, tracks, cases, agenda, rounds };
}

describe("demo data from the source documents", () => {
  it("loads, and loading again changes nothing (idempotent)", async () => {
    await seedDemoData(db);
    const first = await counts();
    await seedDemoData(db);
    expect(await counts()).toEqual(first);
    expect(first.networks).toBeGreaterThanOrEqual(13); // 11 in Trøndelag, Lofoten, Salten
  }, 120_000);

  it("does not overwrite what a user changed", async () => {
    await seedDemoData(db);
    await db.needsReport.update({
      where: { id: "report-nor-lofoten-2024" },
      data: { codeterminationRemark: "Endret av bruker" },
    });
    await seedDemoData(db);
    const r = await db.needsReport.findUniqueOrThrow({ where: { id: "report-nor-lofoten-2024" } });
    expect(r.codeterminationRemark).toBe("Endret av bruker");
  }, 120_000);

  it("has Trøndelag's 11 networks and the 2023 budget lines of seed 002", async () => {
    await seedDemoData(db);
    const trondelag = await db.county.findFirstOrThrow({ where: { name: "Trøndelag" }, include: { networks: true } });
    expect(trondelag.networks).toHaveLength(11);
    const budget = await db.yearBudget.findFirstOrThrow({
      where: { countyId: trondelag.id, year: 2023 },
      include: { lines: true, uhAllocations: true },
    });
    expect(budget.allocatedAmount).toBe(20_522_000);
    const byKind = Object.fromEntries(budget.lines.map((l) => [l.kind, l.amount]));
    expect(byKind).toMatchObject({
      UH_DIRECT: 5_000_000,
      BASE_GRANT: 3_300_000,
      FORUM_MEETINGS: 400_000,
      JOINT_MEASURES: 1_000_000,
    });
    // The remainder for pro-rata distribution is computed, not stored.
    expect(budget.allocatedAmount - budget.lines.reduce((a, l) => a + l.amount, 0)).toBe(10_822_000);
    expect(budget.uhAllocations.reduce((a, u) => a + u.decidedAmount, 0)).toBe(5_000_000);
    expect(budget.uhAllocations.reduce((a, u) => a + u.proposedAmount, 0)).toBe(5_000_000);
  }, 120_000);

  it("has the 2023 frames decided from the seeded teacher FTEs: each within 1 krone of seed 002, together exactly 14 122 000", async () => {
    await seedDemoData(db);
    const scenario = await db.frameScenario.findFirstOrThrow({
      where: { budgetId: "budget-trd-2023", decided: true },
      include: { frames: true },
    });
    expect(scenario.frames).toHaveLength(11);
    expect(scenario.frames.reduce((a, f) => a + f.frame, 0)).toBe(14_122_000);
    for (const f of trondelagBudget2023.frames) {
      const computed = scenario.frames.find((x) => x.networkId === f.networkId)!.frame;
      expect(Math.abs(computed - f.frame), f.networkId).toBeLessThanOrEqual(1);
    }
  }, 120_000);

  it("has Trøndelag's 2023 reports, submitted, with the «Omsøkt» column of seed 002", async () => {
    await seedDemoData(db);
    const reports = await db.needsReport.findMany({
      where: { round: { year: 2023, county: { name: "Trøndelag" } } },
      include: { measures: true },
    });
    expect(reports).toHaveLength(11);
    expect(reports.every((r) => r.status === "SUBMITTED")).toBe(true);
    expect(reports.reduce((a, r) => a + reportTotals(r.measures).total.total, 0)).toBe(15_361_865);
    const trondheim = reports.find((r) => r.networkId === "net-trd-trondheim-malvik")!;
    expect(trondheim.leadOwnerId).toBe("org-trondheim-kommune");
    expect(reportTotals(trondheim.measures).total.total).toBe(3_541_500);
  }, 120_000);

  it("has the January 2023 meeting with Sak 1/2023–3/2023, so the meeting of 9 March numbers its cases from 4", async () => {
    await seedDemoData(db);
    const cases = await db.forumCase.findMany({ where: { meetingId: "mtg-trd-2023-01" }, orderBy: { number: "asc" } });
    expect(cases.map((c) => `${c.number}/${c.year}`)).toEqual(["1/2023", "2/2023", "3/2023"]);
  }, 120_000);

  it("has the forum meeting of 9 March 2023 with numbered cases", async () => {
    await seedDemoData(db);
    const meeting = await db.forumMeeting.findUniqueOrThrow({
      where: { id: "mtg-trd-2023-03-09" },
      include: { cases: { orderBy: { number: "asc" } }, agendaItems: { orderBy: { position: "asc" } } },
    });
    expect(meeting.startsAt.toISOString().slice(0, 10)).toBe("2023-03-09");
    expect(meeting.cases.length).toBeGreaterThan(2);
    expect(meeting.cases.every((c) => c.year === 2023)).toBe(true);
    expect(meeting.agendaItems[0]?.startTime).toBe("09:00");
  }, 120_000);

  it("has the Lofoten 2024 needs report with the figures of seed 004", async () => {
    await seedDemoData(db);
    const r = await db.needsReport.findUniqueOrThrow({
      where: { id: "report-nor-lofoten-2024" },
      include: {
        measures: { include: { budgetLines: true, semesters: true, laterNeeds: true } },
        owners: true,
        partners: true,
        contacts: true,
        versions: true,
      },
    });
    expect(r.schemes).toEqual(["DESENTRALISERT"]);
    expect(reportTotals(r.measures).total).toEqual({ owner: 700_000, uh: 880_000, total: 1_580_000 });
    const m = r.measures[0]!;
    const side = (s: "OWNER" | "UH") => m.budgetLines.filter((l) => l.side === s).map((l) => l.amount);
    expect(side("OWNER")).toEqual([50_000, 150_000, 200_000, 200_000, 100_000]);
    expect(side("UH")).toEqual([30_000, 140_000, 250_000, 360_000, 100_000]);
    expect(m.semesters).toHaveLength(3);
    expect(r.owners).toHaveLength(6);
    expect(r.partners).toHaveLength(6);
    expect(r.unitsOffentligeSkoler).toBe(19);
    expect(r.unitsPrivateSkoler).toBe(2);
    expect(r.unitsPpt).toBe(2);
    expect(r.versions).toHaveLength(1);
    const owner = r.contacts.find((c) => c.side === "OWNER")!;
    expect(owner.orgNumber).toBe("938644500");
    expect(isValidAccountNumber(owner.accountNumber!)).toBe(true);
    expect(owner.accountNumber).not.toBe("47601890999"); // the seed's real account is never used
  }, 120_000);

  it("uses valid organisation and account numbers, and a demo person for every role", async () => {
    await seedDemoData(db);
    const orgs = await db.organisation.findMany();
    for (const o of orgs) {
      if (o.orgNumber) expect(isValidOrgNumber(o.orgNumber), `${o.name} ${o.orgNumber}`).toBe(true);
      if (o.accountNumber) expect(isValidAccountNumber(o.accountNumber), `${o.name} ${o.accountNumber}`).toBe(true);
    }
    const roles = await db.roleBinding.groupBy({ by: ["role"], _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual([
      "ADMIN",
      "COORDINATOR",
      "DIRECTORATE",
      "FORUM_MEMBER",
      "ORG_ADMIN",
      "OWNER",
      "STATSFORVALTER",
      "UH",
    ]);
  }, 120_000);
});
