/**
 * Running a county on PostgreSQL: rounds (opened with the announcement in
 * each organisation's written standard, edited, closed, one per year), and
 * networks whose members change over the years while earlier years keep
 * what they had — the decided 2023 frames of Trøndelag and the 2024 Lofoten
 * report — and later years see the change.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadActor } from "@/lib/auth/load-actor";
import { seedDemoData } from "@/prisma/seed";
import { createRound, stepRound, updateRound } from "@/lib/rounds/mutations";
import { addMembership, createNetwork, endMembership, updateNetwork } from "@/lib/networks/mutations";
import { budgetNetworks, getBudget } from "@/lib/budget/queries";
import { getNeedsReportForEdit } from "@/lib/needs-reports/queries";
import { createNeedsReport } from "@/lib/needs-reports/mutations";
import * as f from "@/tests/support/factory";
import type { Actor } from "@/lib/auth/actor";

const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const fields = (e: unknown) => (e instanceof AppError ? (e.details as Record<string, string>) : {});
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => e,
  );

let sfT: Actor;
let sfN: Actor;
beforeAll(async () => {
  await seedDemoData(db);
  sfT = (await loadActor("person-marte-lien"))!;
  sfN = (await loadActor("person-jonas-berg"))!;
}, 120_000);

const roundInput = (over: Record<string, unknown> = {}) => ({
  year: 2031,
  schemes: ["DESENTRALISERT" as const],
  deadlineDate: "2030-11-15",
  deadlineTime: "12:00",
  annualDeadline: "2032-01-15",
  announcement: "Runden for 2031 er åpen.",
  announcementNn: "Runda for 2031 er open.",
  ...over,
});

describe("a round", () => {
  it("is planned, opened with the announcement to every owner contact in the organisation's written standard, edited and closed", async () => {
    const county = await f.county();
    const bokmal = await f.organisation(county.id);
    const nynorsk = await db.organisation.update({
      where: { id: (await f.organisation(county.id)).id },
      data: { writtenStandard: "NYNORSK" },
    });
    const a = await f.actor([{ role: "OWNER", organisationId: bokmal.id }]);
    const b = await f.actor([{ role: "OWNER", organisationId: nynorsk.id }]);
    const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }]);
    const { id } = await createRound(sf, { countyId: county.id, ...roundInput() });
    const round = await db.round.findUniqueOrThrow({ where: { id } });
    expect(round).toMatchObject({ status: "PLANNED", year: 2031, schemes: ["DESENTRALISERT"], announcedAt: null });
    expect(round.deadline.toISOString()).toBe("2030-11-15T11:00:00.000Z"); // 12.00 in Oslo
    expect(fields(await fail(createRound(sf, { countyId: county.id, ...roundInput() })))).toEqual({
      year: "validation.roundExists",
    });
    expect(code(await fail(createRound(sfN, { countyId: county.id, ...roundInput({ year: 2032 }) })))).toBe("INVALID");
    expect(code(await fail(stepRound(sfN, { id, version: 1, step: "open" })))).toBe("NOT_FOUND");

    // An owner cannot start a report in a planned round.
    const net = await f.network(county.id, [bokmal.id]);
    expect(code(await fail(createNeedsReport(a, { roundId: id, networkId: net.id, leadOwnerId: bokmal.id })))).toBe(
      "NOT_FOUND",
    );

    const opened = await stepRound(sf, { id, version: 1, step: "open" });
    expect(opened.recipients).toBe(2);
    const mails = await db.emailMessage.findMany({ where: { entityType: "Round", entityId: id } });
    const to = (email: string) => mails.find((m) => m.to.includes(email.toLowerCase()))!;
    expect(to(a.email).text).toContain("Runden for 2031 er åpen.");
    expect(to(a.email).subject).toBe("Behovsmeldinger for 2031: runden er åpnet");
    expect(to(b.email).text).toContain("Runda for 2031 er open.");
    expect(to(b.email).text).not.toContain("Runden for 2031");
    expect((await createNeedsReport(a, { roundId: id, networkId: net.id, leadOwnerId: bokmal.id })).id).toBeTruthy();

    await updateRound(sf, { id, version: 2, ...roundInput({ deadlineDate: "2030-12-01" }) });
    expect(
      fields(
        await fail(updateRound(sf, { id, version: 3, ...roundInput({ year: 2033, deadlineDate: "2032-12-01" }) })),
      ),
    ).toEqual({ year: "validation.roundYearInUse" });
    await stepRound(sf, { id, version: 3, step: "close" });
    await stepRound(sf, { id, version: 4, step: "reopen" });
    // Opened once, announced once.
    expect(await db.emailMessage.count({ where: { entityType: "Round", entityId: id } })).toBe(2);
    const history = await db.auditEvent.findMany({
      where: { entityType: "Round", entityId: id },
      orderBy: { at: "asc" },
    });
    expect(history.map((h) => h.action)).toEqual([
      "round.create",
      "round.open",
      "round.update",
      "round.close",
      "round.reopen",
    ]);
  });
});

describe("network membership over the years", () => {
  it("keeps the decided 2023 frames and the 2024 report's owners when networks change in 2027, and later years see the change", async () => {
    const before2023 = await getBudget(sfT, "budget-trd-2023");
    const reportBefore = await getNeedsReportForEdit(sfN, "report-nor-lofoten-2024");
    const trondheimMalvik = await db.network.findUniqueOrThrow({
      where: { id: "net-trd-trondheim-malvik" },
      include: { members: true },
    });
    const leaving = trondheimMalvik.members[0]!;

    // Trøndelag: an owner leaves Trondheim/Malvik after 2026, a new owner joins from 2027, a network ends, a new one starts.
    await endMembership(sfT, { id: leaving.id, side: "MEMBER", toYear: 2026 });
    const newcomer = await f.organisation("county-trondelag");
    await addMembership(sfT, {
      networkId: trondheimMalvik.id,
      side: "MEMBER",
      organisationId: newcomer.id,
      fromYear: 2027,
    });
    const ending = await db.network.findUniqueOrThrow({ where: { id: "net-trd-fosen" } });
    await updateNetwork(sfT, {
      id: ending.id,
      version: ending.version,
      name: ending.name,
      shortName: ending.shortName,
      sector: "SCHOOL",
      fromYear: null,
      endedYear: 2026,
    });
    const { id: started } = await createNetwork(sfT, {
      countyId: "county-trondelag",
      name: "Kompetansenettverk Nye Trøndelag",
      shortName: "Nye",
      sector: "SCHOOL",
      fromYear: 2027,
    });
    // Nordland: Lofoten gets a member from 2027.
    const lofotenNewcomer = await f.organisation("county-nordland");
    await addMembership(sfN, {
      networkId: "net-nor-lofoten",
      side: "MEMBER",
      organisationId: lofotenNewcomer.id,
      fromYear: 2027,
    });

    const after2023 = await getBudget(sfT, "budget-trd-2023");
    expect(after2023.decided!.frames).toEqual(before2023.decided!.frames);
    expect(after2023.networksWithMembers).toEqual(before2023.networksWithMembers);
    expect(after2023.uh.rows).toEqual(before2023.uh.rows);
    expect((await getNeedsReportForEdit(sfN, "report-nor-lofoten-2024")).options.owners).toEqual(
      reportBefore.options.owners,
    );

    const y2027 = await budgetNetworks(db, { countyId: "county-trondelag", scheme: "DESENTRALISERT", year: 2027 });
    const tm2027 = y2027.find((n) => n.id === trondheimMalvik.id)!;
    expect(tm2027.members.map((m) => m.organisation.id)).toContain(newcomer.id);
    expect(tm2027.members.map((m) => m.organisation.id)).not.toContain(leaving.organisationId);
    expect(y2027.map((n) => n.id)).toContain(started);
    expect(y2027.map((n) => n.id)).not.toContain(ending.id);
    const y2023 = await budgetNetworks(db, { countyId: "county-trondelag", scheme: "DESENTRALISERT", year: 2023 });
    expect(y2023.map((n) => n.id)).toContain(ending.id);
    expect(y2023.map((n) => n.id)).not.toContain(started);

    // Periods never overlap, and never end before they begin or move an end later.
    expect(
      fields(
        await fail(
          addMembership(sfT, {
            networkId: trondheimMalvik.id,
            side: "MEMBER",
            organisationId: newcomer.id,
            fromYear: 2030,
          }),
        ),
      ),
    ).toEqual({ organisationId: "validation.membershipOverlaps" });
    const newcomerRow = await db.networkMember.findFirstOrThrow({ where: { organisationId: newcomer.id } });
    expect(fields(await fail(endMembership(sfT, { id: newcomerRow.id, side: "MEMBER", toYear: 2026 })))).toEqual({
      toYear: "validation.endBeforeStart",
    });
    expect(fields(await fail(endMembership(sfT, { id: leaving.id, side: "MEMBER", toYear: 2028 })))).toEqual({
      toYear: "validation.alreadyEnded",
    });
    // Another county's Statsforvalter finds nothing to change.
    expect(
      code(
        await fail(
          addMembership(sfN, {
            networkId: trondheimMalvik.id,
            side: "MEMBER",
            organisationId: newcomer.id,
            fromYear: 2031,
          }),
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(code(await fail(endMembership(sfN, { id: leaving.id, side: "MEMBER", toYear: 2025 })))).toBe("NOT_FOUND");
    const audits = await db.auditEvent.findMany({ where: { entityType: "Network", entityId: trondheimMalvik.id } });
    expect(audits.map((a) => a.action).sort()).toEqual(["network.member.add", "network.member.end"]);
  });
});
