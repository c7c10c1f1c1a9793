import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  addAgendaItem,
  addAttachment,
  approveMinutes,
  createCase,
  createMeeting,
  recordCaseDecision,
  removeAgendaItem,
  setAttendance,
  setOwnConflict,
  updateMeeting,
} from "@/lib/forum/mutations";
import { getAttachment, getCase, getMeeting, listMeetings } from "@/lib/forum/queries";
import { agendaPdf, minutesPdf } from "@/lib/forum/pdf";
import { pdfText } from "@/tests/support/pdf-text";
import { budgetWorld } from "@/tests/support/budget-world";

let w: Awaited<ReturnType<typeof budgetWorld>>;
let meetingId: string;
const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const fields = (e: unknown) => (e instanceof AppError ? (e.details as Record<string, string>) : {});
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => e,
  );
const march = {
  title: "Møte i samarbeidsforum Dekom",
  date: "2027-03-09",
  startTime: "09:00",
  endTime: "15:00",
  format: "FYSISK" as const,
  place: "Scandic Lerkendal, Trondheim",
};

beforeEach(async () => {
  w = await budgetWorld();
  meetingId = (await createMeeting(w.sf, { forumId: w.forum.id, ...march })).id;
});

describe("meetings", () => {
  it("are created by the county's Statsforvalter (Oslo time), read by the forum's members, and not found by anyone else", async () => {
    const m = await getMeeting(w.member, meetingId);
    expect(m.startsAt.toISOString()).toBe("2027-03-09T08:00:00.000Z");
    expect(m.endsAt?.toISOString()).toBe("2027-03-09T14:00:00.000Z");
    expect(m.can).toEqual({ manage: false, edit: false, approveMinutes: false });
    expect(code(await fail(createMeeting(w.member, { forumId: w.forum.id, ...march })))).toBe("NOT_FOUND");
    expect(code(await fail(createMeeting(w.otherSf, { forumId: w.forum.id, ...march })))).toBe("NOT_FOUND");
    for (const outsider of [w.otherSf, w.owner]) {
      expect(code(await fail(getMeeting(outsider, meetingId)))).toBe("NOT_FOUND");
      expect(await listMeetings(outsider)).toEqual([]);
    }
  });
});

describe("cases", () => {
  it("are numbered n/year per forum automatically, consecutively even when added at the same time, and from 1 again in a new year", async () => {
    const created = await Promise.all(
      ["Aktuelt", "Tidlig innsats", "Felles årlig innstilling", "Eventuelt", "Neste møte"].map((title) =>
        createCase(w.sf, { meetingId, title, kind: "DECISION", text: null, proposal: null }),
      ),
    );
    expect(created.map((c) => c.number).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(created.map((c) => c.year))).toEqual(new Set([2027]));
    const next = await createMeeting(w.sf, { forumId: w.forum.id, ...march, date: "2028-01-20" });
    expect(
      await createCase(w.sf, {
        meetingId: next.id,
        title: "Første sak",
        kind: "INFORMATION",
        text: null,
        proposal: null,
      }),
    ).toMatchObject({ number: 1, year: 2028 });
    // Another county's forum counts on its own.
    expect(
      code(await fail(createCase(w.otherSf, { meetingId, title: "X", kind: "INPUT", text: null, proposal: null }))),
    ).toBe("NOT_FOUND");
  });

  it("carry a decision, conflicts of interest declared by members themselves, and PDF attachments checked by content", async () => {
    const { id } = await createCase(w.sf, {
      meetingId,
      title: "Felles årlig innstilling",
      kind: "DECISION",
      text: "Prosessbeskrivelse",
      proposal: "Samarbeidsforum vedtar innstillingen.",
    });
    await recordCaseDecision(
      w.sf,
      { id, version: 1, decision: "Innstillingen vedtas som foreslått." },
      new Date("2027-03-09T13:00:00Z"),
    );
    expect(code(await fail(recordCaseDecision(w.member, { id, version: 2, decision: "Nei" })))).toBe("NOT_FOUND");
    expect(code(await fail(recordCaseDecision(w.sf, { id, version: 1, decision: "Gammel versjon" })))).toBe("CONFLICT");

    await setOwnConflict(w.ownerMember, { caseId: id, conflicted: true, reason: "Representerer en eier i nettverk A" });
    // The secretariat is not a voting member with a conflict of its own; outsiders find nothing.
    expect(code(await fail(setOwnConflict(w.sf, { caseId: id, conflicted: true, reason: "Test" })))).toBe("FORBIDDEN");
    expect(code(await fail(setOwnConflict(w.otherSf, { caseId: id, conflicted: true, reason: "Test" })))).toBe(
      "NOT_FOUND",
    );
    const c = await getCase(w.member, id);
    expect(c.conflicts.map((x) => x.person.name)).toEqual([w.ownerMember.name]);
    expect(c.can).toMatchObject({ manage: false, declare: true });

    const notPdf = new File(["<html>hei</html>"], "vedlegg.pdf", { type: "application/pdf" });
    expect(fields(await fail(addAttachment(w.sf, { caseId: id, file: notPdf })))).toEqual({
      file: "validation.attachment.notPdf",
    });
    await addAttachment(w.sf, {
      caseId: id,
      file: new File(["%PDF-1.4\n%…"], "Kriteriearket.pdf", { type: "application/pdf" }),
    });
    const [att] = (await getCase(w.sf, id)).attachments;
    expect((await getAttachment(w.member, att!.id)).filename).toBe("Kriteriearket.pdf");
    expect(code(await fail(getAttachment(w.owner, att!.id)))).toBe("NOT_FOUND");
  });
});

describe("agenda, attendance, minutes", () => {
  it("make the agenda and the minutes as PDF, and freeze everything once the minutes are approved", async () => {
    const s4 = await createCase(w.sf, {
      meetingId,
      title: "Aktuelt",
      kind: "INFORMATION",
      text: "1. Utprøving av nytt skjema",
      proposal: null,
    });
    const s5 = await createCase(w.sf, {
      meetingId,
      title: "Tidlig innsats – videreføring/videreutvikling",
      kind: "DECISION_AND_INPUT",
      text: null,
      proposal: "Samarbeidsforum vedtar videreføring av fellestiltaket tidlig innsats.",
    });
    await addAgendaItem(w.sf, { meetingId, startTime: "09:00", title: "Velkommen!" });
    await addAgendaItem(w.sf, { meetingId, startTime: "11:30", endTime: "12:30", title: "Lunsj" });
    await addAgendaItem(w.sf, { meetingId, startTime: "09:30", caseId: s5.id, title: null });
    await addAgendaItem(w.sf, { meetingId, startTime: "09:15", caseId: s4.id, title: null });
    expect(
      fields(await fail(addAgendaItem(w.sf, { meetingId, startTime: "10:00", caseId: "not-a-case", title: null }))),
    ).toEqual({ caseId: "validation.choose" });
    await recordCaseDecision(w.sf, {
      id: s5.id,
      version: 1,
      decision: "Samarbeidsforum vedtar videreføring av fellestiltaket tidlig innsats.",
    });
    await setOwnConflict(w.ownerMember, { caseId: s5.id, conflicted: true, reason: "Eier i nettverk A" });
    await setAttendance(w.sf, { meetingId, present: [w.member.personId, w.sf.personId] });

    const m = await getMeeting(w.sf, meetingId);
    expect(m.agendaItems.map((a) => a.startTime)).toEqual(["09:00", "09:15", "09:30", "11:30"]);
    const agenda = pdfText(await agendaPdf(m));
    for (const text of [
      "Saksliste",
      "09.00",
      "Velkommen!",
      "09.15",
      "Sak 1/2027 Aktuelt (orienteringssak)",
      "11.30–12.30",
      "Lunsj",
      "Sak 2/2027 Tidlig innsats",
      "beslutnings- og innspillssak",
      "Forslag til vedtak",
      "Scandic Lerkendal",
    ]) {
      expect(agenda, text).toContain(text);
    }
    const minutes = pdfText(await minutesPdf(m));
    for (const text of [
      "Protokoll",
      "Til stede",
      w.member.name,
      "Forfall",
      w.ownerMember.name,
      "Sekretariat (uten stemmerett)",
      "Vedtak",
      "Samarbeidsforum vedtar videreføring av fellestiltaket tidlig innsats.",
      "erklærte seg inhabil",
      "Ikke behandlet",
    ]) {
      expect(minutes, text).toContain(text);
    }

    // The reader's language: the same meeting's documents in English.
    const englishAgenda = pdfText(await agendaPdf(m, "en"));
    for (const text of [
      "Agenda",
      "09:00",
      "Case 1/2027 Aktuelt (information case)",
      "11:30–12:30",
      "Proposed decision",
    ])
      expect(englishAgenda, text).toContain(text);
    const englishMinutes = pdfText(await minutesPdf(m, "en"));
    for (const text of [
      "Minutes",
      "Present",
      "Apologies",
      "Secretariat (no vote)",
      "declared a conflict of interest",
      "Not considered",
    ])
      expect(englishMinutes, text).toContain(text);
    expect(englishMinutes).not.toContain("Til stede");

    // The secretariat marks the meeting held; the forum's leader approves the minutes (tests/integration/minutes-approval.test.ts).
    await updateMeeting(w.sf, { id: meetingId, version: m.version, ...march, status: "HELD" });
    await db.forumMember.updateMany({
      where: { forumId: w.forum.id, personId: w.member.personId },
      data: { role: "LEADER" },
    });
    await approveMinutes(w.member, { meetingId });
    expect(
      code(
        await fail(createCase(w.sf, { meetingId, title: "For sent", kind: "INFORMATION", text: null, proposal: null })),
      ),
    ).toBe("FORBIDDEN");
    expect(code(await fail(recordCaseDecision(w.sf, { id: s4.id, version: 1, decision: "Endret" })))).toBe("FORBIDDEN");
    expect(code(await fail(removeAgendaItem(w.sf, { id: m.agendaItems[0]!.id })))).toBe("FORBIDDEN");
    expect(
      code(await fail(setOwnConflict(w.ownerMember, { caseId: s4.id, conflicted: true, reason: "For sent" }))),
    ).toBe("FORBIDDEN");
    expect(pdfText(await minutesPdf(await getMeeting(w.member, meetingId)))).toMatch(
      /Protokollen ble godkjent \d+\. \w+ \d{4}\./,
    );
    const actions = (await db.auditEvent.findMany({ where: { actorId: w.sf.personId }, select: { action: true } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        "forum-meeting.create",
        "forum-case.create",
        "forum-meeting.agenda.add",
        "forum-case.decide",
        "forum-meeting.attendance",
        "forum-meeting.update",
      ]),
    );
  });
});
