import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createScenario, decideScenario } from "@/lib/budget/mutations";
import { createCase, createMeeting } from "@/lib/forum/mutations";
import { decideAllocation, recordRecommendations } from "@/lib/allocations/mutations";
import {
  acceptLetter,
  decideAppeal,
  fileAppeal,
  recordArchiveNumbers,
  sendAcceptanceReminders,
  sendLetter,
  setAppealBody,
  updateLetterDraft,
} from "@/lib/decision-letters/mutations";
import { getLetter, getReportDecisions, listAppealBodies } from "@/lib/decision-letters/queries";
import { reportArchivePackage } from "@/lib/decision-letters/archive";
import { documentTexts } from "@/lib/document/model";
import { budgetWorld } from "@/tests/support/budget-world";
import * as f from "@/tests/support/factory";

const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const fields = (e: unknown) => (e instanceof AppError ? (e.details as Record<string, string>) : {});
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => e,
  );
const pdfText = (bytes: Uint8Array) => {
  const dir = mkdtempSync(path.join(tmpdir(), "letter-"));
  writeFileSync(path.join(dir, "l.pdf"), bytes);
  return spawnSync("pdftotext", ["-layout", path.join(dir, "l.pdf"), "-"], { encoding: "utf8" }).stdout.replace(
    /\s+/g,
    " ",
  );
};

let w: Awaited<ReturnType<typeof setup>>;

/** Network B's report (1 580 000 applied: owner 700 000, UH 880 000) from a nynorsk owner, recommended 800 000 in Sak 1/2027, granted 800 000 (in part). */
async function setup() {
  const world = await budgetWorld();
  const { id: scenarioId } = await createScenario(world.sf, {
    budgetId: world.budgetId,
    name: "Lærerårsverk",
    key: "TEACHER_FTE",
    keyYear: world.keyYear,
  });
  await decideScenario(world.sf, { id: scenarioId, version: 1 });
  await db.organisation.update({
    where: { id: world.b1.id },
    data: { writtenStandard: "NYNORSK", address: "Rådhusvegen 1, 6868 Gaupne" },
  });
  await db.county.update({ where: { id: world.county.id }, data: { senderAddress: "Postboks 1\n1234 Fylkesby" } });
  const report = await f.needsReport({
    roundId: world.round.id,
    networkId: world.netB.id,
    leadOwnerId: world.b1.id,
    status: "IN_REVIEW",
  });
  await db.needsReport.update({
    where: { id: report.id },
    data: {
      uhInstitutionId: world.ntnu.id,
      submittedAt: new Date("2027-01-20T10:00:00Z"),
      contacts: {
        create: [
          { side: "OWNER", name: "Eigar B", email: "eigar.b@example.test", accountNumber: "12345678903" },
          { side: "UH", name: "UH B", email: "uh.b@example.test", accountNumber: "12345678903" },
        ],
      },
    },
  });
  const meeting = await createMeeting(world.sf, {
    forumId: world.forum.id,
    title: "Innstillingsmøte",
    date: "2027-03-09",
    startTime: "09:00",
    format: "DIGITAL",
    place: null,
  });
  const sak = await createCase(world.sf, {
    meetingId: meeting.id,
    title: "Felles årlig innstilling",
    kind: "DECISION",
    text: null,
    proposal: null,
  });
  await recordRecommendations(world.sf, {
    budgetId: world.budgetId,
    caseId: sak.id,
    rows: [{ networkId: world.netB.id, version: 0, amount: 800_000, reason: "Tiltak 2 er ikkje forankra." }],
  });
  const version = (await db.needsReport.findUniqueOrThrow({ where: { id: report.id } })).version;
  const { letterId } = await decideAllocation(
    world.sf,
    {
      budgetId: world.budgetId,
      reportId: report.id,
      version,
      outcome: "GRANTED",
      ownerAmount: 354_430,
      uhAmount: 445_570,
      reason: null,
    },
    new Date("2027-03-20T10:00:00Z"),
  );
  const outsider = await f.actor([{ role: "OWNER", organisationId: world.a1.id }]);
  return { ...world, report, letterId, outsider };
}

const letterVersion = async () => (await db.decisionLetter.findUniqueOrThrow({ where: { id: w.letterId } })).version;

beforeEach(async () => {
  w = await setup();
});

describe("the decision letter", () => {
  it("is drafted by the decision in the owner's written standard, seen only by the Statsforvalter until sent", async () => {
    const draft = await db.decisionLetter.findUniqueOrThrow({ where: { id: w.letterId } });
    expect(draft).toMatchObject({ locale: "nn", sentAt: null, kind: "DECISION" });
    expect(await db.emailMessage.count({ where: { entityId: w.report.id } })).toBe(0);
    expect(code(await fail(getLetter(w.owner, w.report.id, w.letterId)))).toBe("NOT_FOUND");
    expect(code(await fail(getLetter(w.outsider, w.report.id, w.letterId)))).toBe("NOT_FOUND");
    const { model } = await getLetter(w.sf, w.report.id, w.letterId);
    const text = documentTexts(model).join("\n");
    expect(model.title).toMatch(/^Vedtak om tilskot – /);
    for (const s of [
      "Delvis innvilga",
      "Søkt om",
      "1 580 000 kr",
      "800 000 kr",
      "354 430 kr",
      "445 570 kr",
      "minst 240 000 kr",
      "Klagefristen er tre veker",
      "Utdanningsdirektoratet",
      "forvaltningslova §§ 18 og 19",
      "sak 1/2027",
      "Postboks 1",
      "Rådhusvegen 1",
      "Ikkje journalført enno",
      "Behovsmelding av 20. januar 2027",
    ]) {
      expect(text.replace(/\u00a0/g, " "), s).toContain(s);
    }
  });

  it("needs reasons when not fully granted; once sent it is locked, mailed with its PDF, and its text is the PDF's", async () => {
    expect(fields(await fail(sendLetter(w.sf, { letterId: w.letterId, version: await letterVersion() })))).toEqual({
      _form: "validation.letterReasonsRequired",
    });
    expect(
      code(
        await fail(
          updateLetterDraft(w.owner, {
            letterId: w.letterId,
            version: await letterVersion(),
            reasons: "x".repeat(30),
            officerTitle: null,
          }),
        ),
      ),
    ).toBe("NOT_FOUND");
    await updateLetterDraft(w.sf, {
      letterId: w.letterId,
      version: await letterVersion(),
      reasons: "Tiltak 2 er ikkje forankra i dei lokale behova, jf. kriteria for ordninga.",
      officerTitle: "seniorrådgivar",
    });
    await sendLetter(w.sf, { letterId: w.letterId, version: await letterVersion() }, new Date("2027-03-22T09:00:00Z"));
    const sent = await db.decisionLetter.findUniqueOrThrow({ where: { id: w.letterId } });
    expect(sent.sentAt).toEqual(new Date("2027-03-22T09:00:00Z"));
    expect(sent.pdfSha256).toBe(createHash("sha256").update(sent.pdf!).digest("hex"));
    const pdf = pdfText(sent.pdf!);
    for (const s of [
      "Vedtak om tilskot",
      "Delvis innvilga",
      "354 430 kr",
      "445 570 kr",
      "800 000 kr",
      "minst 240 000 kr",
      "årsrapporten",
      "betalast tilbake",
      "Tiltak 2 er ikkje forankra",
      "Klagefristen går ut 12. april 2027",
      "seniorrådgivar",
      "godkjent elektronisk",
      "Side 1 av",
    ])
      expect(pdf, s).toContain(s);
    expect(pdf).not.toMatch(/XXX/);
    const mail = await db.emailMessage.findFirstOrThrow({
      where: { entityId: w.report.id, attachLetterId: w.letterId },
    });
    expect(mail.to.sort()).toEqual(["eigar.b@example.test", "uh.b@example.test"]);
    expect(mail.subject).toMatch(/^Vedtak om tilskot/);
    // Locked: the mutation refuses, and the database refuses a change behind its back.
    expect(
      code(
        await fail(
          updateLetterDraft(w.sf, {
            letterId: w.letterId,
            version: sent.version,
            reasons: "Ny grunngiving som er lang nok.",
            officerTitle: null,
          }),
        ),
      ),
    ).toBe("FORBIDDEN");
    await expect(
      db.decisionLetter.update({ where: { id: w.letterId }, data: { reasons: "endra i ettertid" } }),
    ).rejects.toThrow(/cannot be changed/);
    // The owner now reads it; the sent PDF is what they download.
    expect((await getLetter(w.owner, w.report.id, w.letterId)).pdf).toEqual(sent.pdf);
    expect(await db.auditEvent.count({ where: { action: "decision-letter.send", entityId: w.report.id } })).toBe(1);
  });
});

describe("acceptance before payment", () => {
  beforeEach(async () => {
    await updateLetterDraft(w.sf, {
      letterId: w.letterId,
      version: await letterVersion(),
      reasons: "Tiltak 2 er ikkje forankra i dei lokale behova.",
      officerTitle: null,
    });
    await sendLetter(w.sf, { letterId: w.letterId, version: await letterVersion() }, new Date("2027-03-22T09:00:00Z"));
  });

  it("is ready for payment only once the owner has accepted the terms; others cannot accept", async () => {
    expect((await getReportDecisions(w.sf, w.report.id)).decisions[0]!.readyForPayment).toBe(false);
    expect(code(await fail(acceptLetter(w.sf, { letterId: w.letterId })))).toBe("FORBIDDEN");
    expect(code(await fail(acceptLetter(w.outsider, { letterId: w.letterId })))).toBe("NOT_FOUND");
    await acceptLetter(w.owner, { letterId: w.letterId }, new Date("2027-03-25T12:00:00Z"));
    const d = (await getReportDecisions(w.owner, w.report.id)).decisions[0]!;
    expect(d.readyForPayment).toBe(true);
    expect(d.letters[0]).toMatchObject({ acceptedAt: new Date("2027-03-25T12:00:00Z"), canAccept: false });
    expect(code(await fail(acceptLetter(w.owner, { letterId: w.letterId })))).toBe("FORBIDDEN");
  });

  it("reminds the contacts once, 14 days after sending, when the terms are not accepted", async () => {
    // The job runs over every county: this letter is the one followed here.
    const reminded = async () =>
      (await db.decisionLetter.findUniqueOrThrow({ where: { id: w.letterId } })).reminderSentAt;
    await sendAcceptanceReminders(new Date("2027-04-04T09:00:00Z"));
    expect(await reminded()).toBeNull();
    expect((await sendAcceptanceReminders(new Date("2027-04-05T09:00:00Z"))).sent).toBeGreaterThanOrEqual(1);
    expect(await reminded()).toEqual(new Date("2027-04-05T09:00:00Z"));
    await sendAcceptanceReminders(new Date("2027-04-06T09:00:00Z"));
    expect(
      await db.emailMessage.count({ where: { entityId: w.report.id, subject: { startsWith: "Påminning" } } }),
    ).toBe(1);
    const reminder = await db.emailMessage.findFirstOrThrow({
      where: { entityId: w.report.id, subject: { startsWith: "Påminning" } },
    });
    expect(reminder.text).toContain("22. mars 2027");
  });
});

describe("appeals", () => {
  beforeEach(async () => {
    await updateLetterDraft(w.sf, {
      letterId: w.letterId,
      version: await letterVersion(),
      reasons: "Tiltak 2 er ikkje forankra i dei lokale behova.",
      officerTitle: null,
    });
    await sendLetter(w.sf, { letterId: w.letterId, version: await letterVersion() }, new Date("2027-03-22T09:00:00Z"));
  });
  const pdfFile = new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "grunnlag.pdf", { type: "application/pdf" });

  it("files within the deadline, with an attachment; the Statsforvalter forwards it with a letter", async () => {
    expect(
      code(
        await fail(
          fileAppeal(w.sf, { letterId: w.letterId, text: "Vi klagar fordi tiltak 2 er forankra.", files: [] }),
        ),
      ),
    ).toBe("FORBIDDEN");
    const filed = await fileAppeal(
      w.owner,
      { letterId: w.letterId, text: "Vi klagar fordi tiltak 2 er forankra i planen.", files: [pdfFile] },
      new Date("2027-04-12T20:00:00Z"),
    );
    expect(filed).toMatchObject({ late: false });
    expect(
      code(
        await fail(fileAppeal(w.owner, { letterId: w.letterId, text: "Ei klage til på same vedtaket.", files: [] })),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await db.emailMessage.count({ where: { entityId: w.report.id, subject: { startsWith: "Klage på vedtak" } } }),
    ).toBe(1);
    const appeal = await db.appeal.findUniqueOrThrow({ where: { id: filed.id }, include: { attachments: true } });
    expect(appeal.attachments).toHaveLength(1);
    expect(
      code(
        await fail(
          decideAppeal(w.owner, {
            appealId: appeal.id,
            version: appeal.version,
            action: "FORWARD",
            assessment: "Vurdert og halde oppe.",
          }),
        ),
      ),
    ).toBe("NOT_FOUND");
    const { letterId } = await decideAppeal(
      w.sf,
      {
        appealId: appeal.id,
        version: appeal.version,
        action: "FORWARD",
        assessment: "Statsforvaltaren held fast ved vurderinga av tiltak 2.",
      },
      new Date("2027-04-20T09:00:00Z"),
    );
    expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({ status: "FORWARDED" });
    const forwarded = await db.decisionLetter.findUniqueOrThrow({ where: { id: letterId } });
    expect(forwarded).toMatchObject({ kind: "APPEAL_FORWARDED", locale: "nn" });
    const text = pdfText(forwarded.pdf!);
    expect(text).toContain("Klaga er send til Utdanningsdirektoratet");
    expect(text).toContain("Statsforvaltaren held fast ved vurderinga");
    expect(await db.emailMessage.count({ where: { attachLetterId: letterId } })).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { entityId: w.report.id, action: { in: ["appeal.file", "appeal.forward"] } },
      }),
    ).toBe(2);
    // Forwarded, the appeal is still open (with the appeal body): the letter cannot be appealed again.
    expect(
      code(
        await fail(
          fileAppeal(w.owner, {
            letterId: w.letterId,
            text: "Ei ny klage medan den første er hos klageinstansen.",
            files: [],
          }),
        ),
      ),
    ).toBe("FORBIDDEN");
    // The appeal is between the party and the Statsforvalter: the forum member reading the report does not see it.
    expect((await getReportDecisions(w.member, w.report.id)).decisions[0]!.appeals).toEqual([]);
    expect((await getReportDecisions(w.owner, w.report.id)).decisions[0]!.appeals).toHaveLength(1);
  });

  it("marks a late appeal as late; a reversal changes the allocation and a new letter replaces the old one when sent", async () => {
    const filed = await fileAppeal(
      w.owner,
      { letterId: w.letterId, text: "Vi klagar fordi tiltak 2 er forankra i planen.", files: [] },
      new Date("2027-04-13T08:00:00Z"),
    );
    expect(filed.late).toBe(true);
    const appeal = await db.appeal.findUniqueOrThrow({ where: { id: filed.id } });
    expect(
      fields(
        await fail(
          decideAppeal(w.sf, {
            appealId: appeal.id,
            version: appeal.version,
            action: "REVERSE",
            assessment: "Klaga blir teken til følgje.",
            outcome: "GRANTED",
            ownerAmount: 500_000,
            uhAmount: 300_001,
            reason: null,
          }),
        ),
      ),
    ).toEqual({ ownerAmount: "validation.aboveRecommendation" });
    const { letterId } = await decideAppeal(w.sf, {
      appealId: appeal.id,
      version: appeal.version,
      action: "REVERSE",
      assessment: "Klaga blir teken til følgje.",
      outcome: "GRANTED",
      ownerAmount: 500_000,
      uhAmount: 300_000,
      reason: "Tiltak 2 er forankra i planen, men ramma gir ikkje meir.",
    });
    const payments = await db.allocationPayment.findMany({
      where: { decision: { needsReportId: w.report.id } },
      orderBy: { side: "asc" },
    });
    expect(payments.map((p) => [p.side, p.amount])).toEqual([
      ["OWNER", 500_000],
      ["UH", 300_000],
    ]);
    // The appealed letter is out of force at once: it can no longer be accepted, and nothing is ready for payment until the new one is sent.
    expect((await db.decisionLetter.findUniqueOrThrow({ where: { id: w.letterId } })).supersededAt).not.toBeNull();
    expect(code(await fail(acceptLetter(w.owner, { letterId: w.letterId })))).toBe("FORBIDDEN");
    expect((await getReportDecisions(w.sf, w.report.id)).decisions[0]!.readyForPayment).toBe(false);
    await sendLetter(
      w.sf,
      { letterId, version: (await db.decisionLetter.findUniqueOrThrow({ where: { id: letterId } })).version },
      new Date("2027-04-25T09:00:00Z"),
    );
    // The old letter still reads as it was sent, not with the new amounts.
    const old = await getLetter(w.owner, w.report.id, w.letterId);
    const oldText = documentTexts(old.model)
      .join(" ")
      .replace(/[\u00a0\u202f]/g, " ");
    expect(oldText).toContain("354 430 kr");
    expect(oldText).not.toContain("500 000 kr");
    const text = pdfText((await db.decisionLetter.findUniqueOrThrow({ where: { id: letterId } })).pdf!);
    expect(text).toContain("Vedtaket erstattar vedtaket av 22. mars 2027");
    expect(text).toContain("500 000 kr");
  });
});

describe("the appeal body", () => {
  it("is set per scheme by the national administrator; a scheme without one appeals to Utdanningsdirektoratet", async () => {
    const admin = await f.actor([{ role: "ADMIN" }]);
    expect(code(await fail(setAppealBody(w.sf, { scheme: "REGIONAL", name: "Kunnskapsdepartementet" })))).toBe(
      "NOT_FOUND",
    );
    await setAppealBody(admin, { scheme: "REGIONAL", name: "Kunnskapsdepartementet" });
    const bodies = await listAppealBodies(admin);
    expect(bodies.find((b) => b.scheme === "REGIONAL")!.name).toBe("Kunnskapsdepartementet");
    expect(bodies.find((b) => b.scheme === "KOMPETANSELOFTET")!.name).toBe("Utdanningsdirektoratet");
  });
});

describe("the archive package", () => {
  it("holds the report, the letter and the acceptance, with the archive's numbers, and validates against Noark 5 v5.1", async () => {
    await updateLetterDraft(w.sf, {
      letterId: w.letterId,
      version: await letterVersion(),
      reasons: "Tiltak 2 er ikkje forankra i dei lokale behova.",
      officerTitle: null,
    });
    await recordArchiveNumbers(w.sf, { reportId: w.report.id, caseNumber: "2027/1234", letters: [] });
    await sendLetter(w.sf, { letterId: w.letterId, version: await letterVersion() });
    await recordArchiveNumbers(w.sf, {
      reportId: w.report.id,
      caseNumber: "2027/1234",
      letters: [{ letterId: w.letterId, documentNumber: 3 }],
    });
    await acceptLetter(w.owner, { letterId: w.letterId });
    expect(code(await fail(reportArchivePackage(w.owner, w.report.id)))).toBe("NOT_FOUND");
    const { zip } = await reportArchivePackage(w.sf, w.report.id);
    const files = unzipSync(zip);
    const xml = strFromU8(files["arkivstruktur.xml"]!);
    expect(xml).toContain("<saksaar>2027</saksaar>");
    expect(xml).toContain("<sakssekvensnummer>1234</sakssekvensnummer>");
    expect(Object.keys(files).filter((n) => n.startsWith("dokumenter/"))).toHaveLength(3);
    const dir = mkdtempSync(path.join(tmpdir(), "noark-"));
    writeFileSync(path.join(dir, "arkivstruktur.xml"), xml);
    const lint = spawnSync(
      "xmllint",
      ["--noout", "--schema", "tests/fixtures/noark5/v5.1/arkivstruktur.xsd", path.join(dir, "arkivstruktur.xml")],
      { encoding: "utf8" },
    );
    expect(lint.stderr).toContain("validates");
    expect(lint.status).toBe(0);
    // The archive's case number is "Vår ref." in letters from then on.
    expect(pdfText((await db.decisionLetter.findUniqueOrThrow({ where: { id: w.letterId } })).pdf!)).toContain(
      "2027/1234",
    );
  });
});
