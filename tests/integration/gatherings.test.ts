import { beforeEach, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createMeasure, setParticipation, setSemesterPlan } from "@/lib/measures/mutations";
import { getMeasure } from "@/lib/measures/queries";
import {
  addWalkIn,
  cancelRegistration,
  copyGathering,
  createGathering,
  markAttendance,
  register,
  submitEvaluation,
  updateGathering,
} from "@/lib/gatherings/mutations";
import { getGathering, getMeasureAttendance } from "@/lib/gatherings/queries";
import { calendarFeed, feedAllowed, feedLocale, feedToken, verifyFeedToken } from "@/lib/gatherings/calendar";
import { participantsToXlsx } from "@/lib/gatherings/export";
import type { GatheringInput } from "@/lib/gatherings/schema";
import * as f from "@/tests/support/factory";

const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const fields = (e: unknown) => (e instanceof AppError ? (e.details as Record<string, string>) : {});
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => e,
  );
let w: Awaited<ReturnType<typeof world>>;

async function world() {
  const county = await f.county();
  const other = await f.county();
  const [a1, b1, c1] = await Promise.all([
    f.organisation(county.id),
    f.organisation(county.id),
    f.organisation(county.id),
  ]);
  const uh = await f.organisation(null, "UH");
  const [netA, netB, netC] = await Promise.all([
    f.network(county.id, [a1.id]),
    f.network(county.id, [b1.id]),
    f.network(county.id, [c1.id]),
  ]);
  const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }]);
  const coordA = await f.actor([{ role: "COORDINATOR", networkId: netA.id }]);
  const coordC = await f.actor([{ role: "COORDINATOR", networkId: netC.id }]);
  const ownerA = await f.actor([{ role: "OWNER", organisationId: a1.id }]);
  const ownerB = await f.actor([{ role: "OWNER", organisationId: b1.id }]);
  const facilitator = await f.actor([{ role: "UH", organisationId: uh.id }]);
  const outsider = await f.actor([{ role: "STATSFORVALTER", countyId: other.id }]);
  const detail = {
    scheme: "DESENTRALISERT" as const,
    goal: "Felles forståelse av vurdering i LK20.",
    targetGroup: null,
    content: null,
    organisation: null,
    obligations: null,
  };
  const { id: measureId } = await createMeasure(sf, {
    ...detail,
    name: "Vurdering og LK20",
    kind: "JOINT",
    countyId: county.id,
    networkIds: [netA.id, netB.id],
  });
  return {
    county,
    a1,
    b1,
    c1,
    uh,
    netA,
    netB,
    netC,
    sf,
    coordA,
    coordC,
    ownerA,
    ownerB,
    facilitator,
    outsider,
    measureId,
    detail,
  };
}

const gathering = (over: Partial<GatheringInput> = {}): GatheringInput => ({
  number: 1,
  confirmOutsideSemester: false,
  title: "Samling 1",
  networkIds: [w.netA.id],
  format: "FYSISK",
  length: "HELDAG",
  date: "2031-10-28",
  startTime: "09:00",
  endTime: "15:00",
  place: "Trondheim",
  theme: "En innføring i og utprøving av noen viktige begreper",
  assignmentText: null,
  tracks: [
    { name: "Engelsk", theme: "Vurdering i engelsk", facilitatorIds: [w.facilitator.personId], facilitatorNames: null },
    {
      name: "Norsk",
      theme: "Vurdering i norskfaget etter LK20",
      facilitatorIds: [],
      facilitatorNames: "Kari Kursholder",
    },
    { name: "Matematikk", theme: "Vurdering av kompetanse i matematikk", facilitatorIds: [], facilitatorNames: null },
  ],
  ...over,
});

beforeEach(async () => {
  w = await world();
});

describe("measures", () => {
  it("a joint measure is started by the Statsforvalter; a coordinator starts only their own network's measure", async () => {
    const own = { ...w.detail, name: "Lesing i Fosen", kind: "OWN" as const, networkIds: [] };
    expect(fields(await fail(createMeasure(w.coordA, { ...own, ownerNetworkId: w.netC.id })))).toEqual({
      ownerNetworkId: "validation.choose",
    });
    expect((await createMeasure(w.coordA, { ...own, ownerNetworkId: w.netA.id })).id).toBeTruthy();
    expect(
      fields(
        await fail(
          createMeasure(w.coordA, {
            ...w.detail,
            name: "X",
            kind: "JOINT",
            countyId: w.county.id,
            networkIds: [w.netA.id],
          }),
        ),
      ),
    ).toEqual({ countyId: "validation.choose" });
    expect(code(await fail(getMeasure(w.outsider, w.measureId)))).toBe("NOT_FOUND");
  });

  it("cohorts keep their networks; the semester plan is numbered in time order per cohort and keeps semesters that have gatherings", async () => {
    const m = await getMeasure(w.sf, w.measureId);
    await setParticipation(w.sf, {
      id: m.id,
      version: m.version,
      cohorts: [{ name: "Pulje 1", startYear: 2031, endYear: 2033 }],
      networks: [
        { networkId: w.netA.id, cohort: "1" },
        { networkId: w.netB.id, cohort: "1" },
        { networkId: w.netC.id, cohort: "" },
      ],
    });
    const v = (await db.measure.findUniqueOrThrow({ where: { id: m.id } })).version;
    await setSemesterPlan(w.coordA, {
      id: m.id,
      version: v,
      semesters: [
        { cohort: "1", term: "VAR", year: 2032, focus: "Skriving", betweenWork: "Oppdrag og intern samling" },
        { cohort: "1", term: "HOST", year: 2031, focus: "Matematikk", betweenWork: null },
      ],
    });
    const after = await getMeasure(w.sf, m.id);
    expect(after.semesters.map((s) => [s.number, s.term, s.year, s.focus])).toEqual([
      [1, "HOST", 2031, "Matematikk"],
      [2, "VAR", 2032, "Skriving"],
    ]);
    // A date outside the chosen semester (Høst 2031 is August–December) is asked about; confirmed, it is kept.
    expect(
      fields(
        await fail(
          createGathering(w.coordA, {
            ...gathering({ semesterId: after.semesters[0]!.id, date: "2032-02-10" }),
            measureId: m.id,
          }),
        ),
      ),
    ).toEqual({ confirmOutsideSemester: "validation.outsideSemester" });
    const { id: kept } = await createGathering(w.coordA, {
      ...gathering({ semesterId: after.semesters[0]!.id, date: "2032-02-10", confirmOutsideSemester: true }),
      measureId: m.id,
    });
    await db.gathering.delete({ where: { id: kept } });
    const { id: gid } = await createGathering(w.coordA, {
      ...gathering({ semesterId: after.semesters[0]!.id }),
      measureId: m.id,
    });
    expect((await db.gathering.findUniqueOrThrow({ where: { id: gid } })).cohortId).toBe(after.cohorts[0]!.id);
    // Removing the semester that has a gathering is refused; the coordinator of a network outside the measure finds nothing.
    expect(
      fields(
        await fail(
          setSemesterPlan(w.coordA, {
            id: m.id,
            version: after.version,
            semesters: [
              {
                semesterId: after.semesters[1]!.id,
                cohort: "1",
                term: "VAR",
                year: 2032,
                focus: null,
                betweenWork: null,
              },
            ],
          }),
        ),
      ),
    ).toEqual({ _form: "validation.semesterInUse" });
    expect(code(await fail(setSemesterPlan(w.coordC, { id: m.id, version: after.version, semesters: [] })))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("gatherings", () => {
  it("are planned by the coordinators of the networks taking part, in Oslo time, with tracks and facilitators; and copied to another network on another day", async () => {
    expect(code(await fail(createGathering(w.coordC, { ...gathering(), measureId: w.measureId })))).toBe("NOT_FOUND");
    expect(
      fields(
        await fail(createGathering(w.coordA, { ...gathering({ networkIds: [w.netC.id] }), measureId: w.measureId })),
      ),
    ).toEqual({ networkIds: "validation.chooseNetworks" });
    const { id } = await createGathering(w.coordA, { ...gathering(), measureId: w.measureId });
    const g = await getGathering(w.facilitator, id);
    expect(g.startsAt.toISOString()).toBe("2031-10-28T08:00:00.000Z");
    expect(g.tracks.map((t) => [t.name, t.theme, t.facilitators.map((x) => x.person?.name ?? x.name)])).toEqual([
      ["Engelsk", "Vurdering i engelsk", [w.facilitator.name]],
      ["Norsk", "Vurdering i norskfaget etter LK20", ["Kari Kursholder"]],
      ["Matematikk", "Vurdering av kompetanse i matematikk", []],
    ]);
    const { id: copyId } = await copyGathering(w.coordA, { id, networkIds: [w.netB.id], date: "2031-11-04" });
    const copy = await getGathering(w.sf, copyId);
    expect(copy.startsAt.toISOString()).toBe("2031-11-04T08:00:00.000Z");
    expect(copy.networkIds).toEqual([w.netB.id]);
    expect(copy.tracks).toHaveLength(3);
    expect(copy.evaluationToken).not.toBe(g.evaluationToken);
    const audits = await db.auditEvent.findMany({
      where: { entityId: { in: [id, copyId] } },
      select: { action: true },
    });
    expect(audits.map((a) => a.action).sort()).toEqual(["gathering.copy", "gathering.create"]);
  });

  it("take registrations from the networks' owners up to the deadline and capacity; each owner sees only their own people", async () => {
    const { id } = await createGathering(w.coordA, {
      ...gathering({ networkIds: [w.netA.id, w.netB.id], capacity: 2, registrationDeadline: "2031-10-20" }),
      measureId: w.measureId,
    });
    const before = new Date("2031-10-01T10:00:00Z");
    const g = await getGathering(w.ownerA, id, before);
    const engelsk = g.tracks[0]!.id;
    const person = (n: number, org = w.a1.id) => ({
      gatheringId: id,
      organisationId: org,
      name: `Lærer ${n}`,
      email: `laerer${n}@skole.test`,
      unitName: "Lade skole",
      role: "Lærer",
      trackId: engelsk,
    });
    await register(w.ownerA, person(1), before);
    expect(fields(await fail(register(w.ownerA, person(1), before)))).toEqual({
      email: "validation.alreadyRegistered",
    });
    expect(fields(await fail(register(w.ownerA, person(2, w.b1.id), before)))).toEqual({
      organisationId: "validation.choose",
    });
    await register(w.ownerB, person(3, w.b1.id), before);
    expect(fields(await fail(register(w.ownerA, person(4), before)))).toEqual({ _form: "validation.gatheringFull" });
    expect(code(await fail(register(w.ownerA, person(5), new Date("2031-10-21T10:00:00Z"))))).toBe("DEADLINE_PASSED");
    // Owners see their own people; the coordinator sees all with contact data; a facilitator sees figures only.
    expect((await getGathering(w.ownerA, id, before)).registrations.map((r) => r.name)).toEqual(["Lærer 1"]);
    expect((await getGathering(w.coordA, id, before)).registrations.map((r) => [r.name, r.email])).toEqual([
      ["Lærer 1", "laerer1@skole.test"],
      ["Lærer 3", "laerer3@skole.test"],
    ]);
    const forFacilitator = await getGathering(w.facilitator, id, before);
    expect(forFacilitator.registrations).toEqual([]);
    expect(forFacilitator.figures.registered).toBe(2);
    expect(code(await fail(getGathering(w.outsider, id)))).toBe("NOT_FOUND");
    // A cancelled place can be taken again.
    const mine = (await getGathering(w.ownerA, id, before)).registrations[0]!;
    await cancelRegistration(w.ownerA, { registrationId: mine.id }, before);
    await register(w.ownerA, person(4), before);
    expect((await getGathering(w.coordA, id, before)).figures.registered).toBe(2);
  });

  it("30 registered, 4 did not come, 3 came without registering: exactly those figures, and the measure's no-show rate follows", async () => {
    const { id } = await createGathering(w.coordA, {
      ...gathering({ networkIds: [w.netA.id, w.netB.id] }),
      measureId: w.measureId,
    });
    const day = new Date("2031-10-28T07:00:00Z");
    // Attendance opens on the day (00:00 Oslo), not before.
    expect(
      code(
        await fail(
          addWalkIn(
            w.coordA,
            { gatheringId: id, organisationId: w.a1.id, name: "For tidlig", email: "", unitName: "Lade skole" },
            new Date("2031-10-27T22:00:00Z"),
          ),
        ),
      ),
    ).toBe("FORBIDDEN");
    for (let n = 1; n <= 30; n++) {
      await register(
        n % 2 ? w.ownerA : w.ownerB,
        {
          gatheringId: id,
          organisationId: n % 2 ? w.a1.id : w.b1.id,
          name: `Deltaker ${n}`,
          email: `d${n}@skole.test`,
          unitName: n % 2 ? "Lade skole" : "Åsen skole",
          role: null,
        },
        new Date("2031-10-01T10:00:00Z"),
      );
    }
    const regs = (await getGathering(w.coordA, id)).registrations;
    for (const [i, r] of regs.entries())
      await markAttendance(w.coordA, { registrationId: r.id, attendance: i < 4 ? "ABSENT" : "PRESENT" }, day);
    for (let n = 1; n <= 3; n++)
      await addWalkIn(
        w.coordA,
        { gatheringId: id, organisationId: w.a1.id, name: `Uten påmelding ${n}`, email: "", unitName: "Lade skole" },
        day,
      );
    expect(code(await fail(markAttendance(w.ownerA, { registrationId: regs[5]!.id, attendance: "ABSENT" }, day)))).toBe(
      "NOT_FOUND",
    );

    const g = await getGathering(w.sf, id);
    expect(g.figures).toEqual({ registered: 30, present: 29, noShows: 4, walkIns: 3, unmarked: 0 });
    expect(g.byNetwork.reduce((a, x) => a + x.figures.registered, 0)).toBe(30);
    expect(g.bySchool.find((s) => s.group === "Lade skole")!.figures.walkIns).toBe(3);
    const { noShowRate } = await getMeasureAttendance(w.measureId);
    expect(noShowRate).toBeCloseTo(4 / 30, 10);

    // The participant list: e-mail only for whoever runs the gathering.
    const { default: ExcelJS } = await import("exceljs");
    const read = async (buf: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      return wb.getWorksheet("Deltakere")!.getRow(3).values as unknown[];
    };
    expect(await read(await participantsToXlsx(g))).toContain("E-post");
    expect(await read(await participantsToXlsx(await getGathering(w.ownerA, id)))).not.toContain("E-post");
    // In the reader's language: the sheet, the headings and the values.
    const english = new ExcelJS.Workbook();
    await english.xlsx.load((await participantsToXlsx(g, "en")) as unknown as ArrayBuffer);
    const sheet = english.getWorksheet("Participants")!;
    expect(sheet.getRow(3).values).toEqual(
      expect.arrayContaining(["Name", "Email", "School/unit", "Attendance", "Walk-in"]),
    );
    expect(sheet.getColumn(8).values).toEqual(expect.arrayContaining(["Present", "Absent"]));
    expect(sheet.getColumn(8).values).not.toContain("Til stede");
  });

  it("an evaluation is answered through the link without an account, from the gathering's day, once per browser, and summarised per track", async () => {
    const { id } = await createGathering(w.coordA, { ...gathering(), measureId: w.measureId });
    const g = await getGathering(w.coordA, id);
    const answer = (trackId: string | undefined, relevance: number) => ({
      token: g.evaluationToken!,
      trackId,
      scores: { relevance, useful: 4, organisation: 5, collective: 3 },
      comment: relevance > 3 ? "Nyttig!" : null,
    });
    // Opens at the start of the gathering's day in Oslo (00:00 on 28 October is 23:00 UTC the day before), as attendance does.
    expect(
      code(await fail(submitEvaluation(answer(undefined, 5), "browser-0", new Date("2031-10-27T22:59:00Z")))),
    ).toBe("FORBIDDEN");
    expect(
      code(
        await fail(
          submitEvaluation(
            { ...answer(undefined, 5), token: "feil-lenke-123" },
            "browser-0",
            new Date("2031-10-29T10:00:00Z"),
          ),
        ),
      ),
    ).toBe("NOT_FOUND");
    await submitEvaluation(answer(g.tracks[0]!.id, 5), "browser-1", new Date("2031-10-27T23:00:00Z"));
    await submitEvaluation(answer(g.tracks[0]!.id, 4), "browser-2", new Date("2031-10-28T14:00:00Z"));
    await submitEvaluation(answer(g.tracks[2]!.id, 2), "browser-3", new Date("2031-10-28T14:00:00Z"));
    // The same browser a second time is told it has answered; nothing is counted twice.
    expect(
      fields(await fail(submitEvaluation(answer(g.tracks[2]!.id, 1), "browser-3", new Date("2031-10-29T14:00:00Z")))),
    ).toEqual({ _form: "validation.alreadyEvaluated" });
    const e = (await getGathering(w.facilitator, id)).evaluation!;
    expect(e.all).toEqual({ count: 3, averages: { relevance: 3.7, useful: 4, organisation: 5, collective: 3 } });
    expect(e.tracks.map((t) => [t.name, t.count, t.averages.relevance])).toEqual([
      ["Engelsk", 2, 4.5],
      ["Norsk", 0, null],
      ["Matematikk", 1, 2],
    ]);
    expect(e.comments).toEqual([
      { comment: "Nyttig!", track: "Engelsk" },
      { comment: "Nyttig!", track: "Engelsk" },
    ]);
    expect((await getGathering(w.ownerA, id)).evaluation).toBeNull();
  });

  it("the iCalendar feed of a network parses with an independent parser, only with the right token, and follows changes", async () => {
    const { id } = await createGathering(w.coordA, { ...gathering(), measureId: w.measureId });
    const token = feedToken("nettverk", w.netA.id, w.coordA.personId)!;
    expect(verifyFeedToken("nettverk", w.netA.id, w.coordA.personId, token)).toBe(true);
    expect(verifyFeedToken("nettverk", w.netB.id, w.coordA.personId, token)).toBe(false);
    expect(verifyFeedToken("nettverk", w.netA.id, w.ownerA.personId, token)).toBe(false);
    // The link is personal and follows the person's access: it stops working when the role goes.
    expect(await feedAllowed("nettverk", w.netA.id, w.coordA.personId)).toBe(true);
    expect(await feedAllowed("nettverk", w.netA.id, w.outsider.personId)).toBe(false);
    await db.roleBinding.deleteMany({ where: { personId: w.coordA.personId } });
    expect(await feedAllowed("nettverk", w.netA.id, w.coordA.personId)).toBe(false);
    const parse = async () => {
      const feed = await calendarFeed("nettverk", w.netA.id);
      const cal = new ICAL.Component(ICAL.parse(feed!.ics));
      return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    };
    let [event] = await parse();
    expect(event!.summary).toBe("Samling 1: Samling 1");
    expect(event!.startDate.toJSDate().toISOString()).toBe("2031-10-28T08:00:00.000Z");
    expect(event!.endDate.toJSDate().toISOString()).toBe("2031-10-28T14:00:00.000Z");
    expect(event!.location).toBe("Trondheim");
    expect(event!.description).toContain("Engelsk: Vurdering i engelsk");
    const g = await getGathering(w.sf, id);
    await updateGathering(w.sf, { ...gathering({ startTime: "10:00", title: "Oppstart" }), id, version: g.version });
    [event] = await parse();
    expect(event!.startDate.toJSDate().toISOString()).toBe("2031-10-28T09:00:00.000Z");
    expect(event!.summary).toBe("Samling 1: Oppstart");
    expect(Number(event!.component.getFirstPropertyValue("sequence"))).toBeGreaterThan(1);
    expect(await calendarFeed("nettverk", "no-such-network")).toBeNull();

    // A feed is written in its person's language (a calendar program sends none of theirs).
    expect(await feedLocale(w.coordA.personId)).toBe("nb");
    await db.person.update({ where: { id: w.coordA.personId }, data: { language: "en" } });
    expect(await feedLocale(w.coordA.personId)).toBe("en");
    const english = await calendarFeed("nettverk", w.netA.id, await feedLocale(w.coordA.personId));
    const englishEvent = new ICAL.Event(new ICAL.Component(ICAL.parse(english!.ics)).getFirstSubcomponent("vevent")!);
    expect(english!.name).toMatch(/^Gatherings – /);
    expect(englishEvent.summary).toBe("Gathering 1: Oppstart");
    expect(englishEvent.description).toContain("Networks: ");
    expect(englishEvent.description).not.toContain("Nettverk: ");
  });
});

describe("changing a plan keeps what hangs on it", () => {
  it("tracks are kept by id (registrations stay with theirs), one with registrations cannot go; only coordinators of the gathering's networks change it", async () => {
    const { id } = await createGathering(w.coordA, {
      ...gathering({ networkIds: [w.netA.id] }),
      measureId: w.measureId,
    });
    const g = await getGathering(w.coordA, id);
    const [engelsk, norsk, matematikk] = g.tracks;
    await register(
      w.ownerA,
      {
        gatheringId: id,
        organisationId: w.a1.id,
        name: "Lærer",
        email: "l@skole.test",
        unitName: "Lade skole",
        role: null,
        trackId: matematikk!.id,
      },
      new Date("2031-10-01T10:00:00Z"),
    );
    const coordB = await f.actor([{ role: "COORDINATOR", networkId: w.netB.id }]);
    const keep = (t: typeof engelsk) => ({
      trackId: t!.id,
      name: t!.name,
      theme: t!.theme,
      facilitatorIds: [],
      facilitatorNames: null,
    });
    expect(
      code(await fail(updateGathering(coordB, { ...gathering(), tracks: [keep(matematikk)], id, version: g.version }))),
    ).toBe("NOT_FOUND");
    expect(
      fields(
        await fail(
          updateGathering(w.coordA, { ...gathering(), tracks: [keep(engelsk), keep(norsk)], id, version: g.version }),
        ),
      ),
    ).toEqual({ _form: "validation.trackInUse" });
    await updateGathering(w.coordA, {
      ...gathering(),
      tracks: [keep(matematikk), keep(norsk)],
      id,
      version: g.version,
    });
    const after = await getGathering(w.coordA, id);
    expect(after.tracks.map((t) => [t.position, t.name])).toEqual([
      [1, "Matematikk"],
      [2, "Norsk"],
    ]);
    expect(after.registrations[0]!.track?.name).toBe("Matematikk");
  });

  it("a copy keeps the clock times across summer time, and a walk-in who had cancelled keeps one row", async () => {
    const { id } = await createGathering(w.coordA, {
      ...gathering({ date: "2031-03-20", registrationDeadline: "2031-03-10" }),
      measureId: w.measureId,
    });
    const { id: copyId } = await copyGathering(w.coordA, { id, networkIds: [w.netB.id], date: "2031-04-03" });
    const copy = await getGathering(w.sf, copyId);
    expect(copy.startsAt.toISOString()).toBe("2031-04-03T07:00:00.000Z"); // 09:00 in summer time
    expect(copy.registrationDeadline?.toISOString()).toBe("2031-03-24T22:59:00.000Z"); // 10 days before the day, end of that day (winter time still)
    await register(
      w.ownerA,
      {
        gatheringId: id,
        organisationId: w.a1.id,
        name: "Angrer",
        email: "a@skole.test",
        unitName: "Lade skole",
        role: null,
      },
      new Date("2031-03-01T10:00:00Z"),
    );
    const reg = (await getGathering(w.ownerA, id)).registrations[0]!;
    await cancelRegistration(w.ownerA, { registrationId: reg.id }, new Date("2031-03-02T10:00:00Z"));
    await addWalkIn(
      w.coordA,
      { gatheringId: id, name: "Angrer", email: "a@skole.test", unitName: "Lade skole" },
      new Date("2031-03-20T08:00:00Z"),
    );
    const regs = await db.registration.findMany({ where: { gatheringId: id } });
    expect(regs).toHaveLength(1);
    expect(regs[0]).toMatchObject({ walkIn: true, status: "REGISTERED", attendance: "PRESENT" });
  });

  it("a cohort removed from the middle takes nothing of the others with it", async () => {
    const m = await getMeasure(w.sf, w.measureId);
    await setParticipation(w.sf, {
      id: m.id,
      version: m.version,
      cohorts: [
        { name: "Pulje 1", startYear: 2031, endYear: 2032 },
        { name: "Pulje 2", startYear: 2032, endYear: 2033 },
      ],
      networks: [
        { networkId: w.netA.id, cohort: "1" },
        { networkId: w.netB.id, cohort: "2" },
      ],
    });
    let now = await getMeasure(w.sf, m.id);
    const [p1, p2] = now.cohorts;
    await setSemesterPlan(w.sf, {
      id: m.id,
      version: now.version,
      semesters: [{ cohort: "2", term: "HOST", year: 2032, focus: "Skriving", betweenWork: null }],
    });
    now = await getMeasure(w.sf, m.id);
    await setParticipation(w.sf, {
      id: m.id,
      version: now.version,
      cohorts: [{ cohortId: p2!.id, name: "Pulje 2", startYear: 2032, endYear: 2033 }],
      networks: [{ networkId: w.netB.id, cohort: "1" }],
    });
    now = await getMeasure(w.sf, m.id);
    expect(now.cohorts.map((c) => [c.id, c.number, c.name])).toEqual([[p2!.id, 1, "Pulje 2"]]);
    expect(now.semesters[0]!.cohortId).toBe(p2!.id);
    expect(await db.cohort.findUnique({ where: { id: p1!.id } })).toBeNull();
  });
});
