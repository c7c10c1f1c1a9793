import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { createNeedsReport, saveNeedsReportDraft, submitNeedsReport } from "@/lib/needs-reports/mutations";
import { returnForCorrection } from "@/lib/needs-reports/review";
import { lofotenDraft } from "@/tests/support/drafts";
import { bodyOf, startSmtp } from "@/tests/support/smtp";
import * as f from "@/tests/support/factory";

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Kompetanseportalen <ikke-svar@test.invalid>";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

describe("e-mail to the report's contacts", () => {
  it("on submit and on return, delivered over SMTP after the change commits", async () => {
    const county = await f.county();
    const vagan = await f.organisation(county.id);
    const ntnu = await f.organisation(null, "UH");
    const net = await f.network(county.id, [vagan.id], [ntnu.id]);
    const round = await db.round.create({
      data: { countyId: county.id, year: 2027, deadline: new Date("2026-12-31T22:59:00Z") },
    });
    const owner = await f.actor([{ role: "OWNER", organisationId: vagan.id }], "skoleeier@example.test");
    const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }]);
    const { id, version } = await createNeedsReport(owner, {
      roundId: round.id,
      networkId: net.id,
      leadOwnerId: vagan.id,
    });
    const saved = await saveNeedsReportDraft(owner, id, version, lofotenDraft(2027, ntnu.id));

    // A refused submit sends nothing.
    await submitNeedsReport(owner, id, saved.version + 99, new Date("2026-12-01T10:00:00Z")).catch(() => null);
    expect(await deliverPendingMail()).toBe(0);

    await submitNeedsReport(owner, id, saved.version, new Date("2026-12-01T10:00:00Z"));
    expect(await deliverPendingMail()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const submitted = smtp.received[0]!;
    expect(submitted.to.sort()).toEqual(["anders@example.test", "kari.nordvik@example.test", "skoleeier@example.test"]);
    expect(submitted.raw).toMatch(/Subject: .*sendt inn/);
    expect(bodyOf(submitted.raw)).toContain("versjon 1");

    await returnForCorrection(sf, id, "Beskriv koordinatorrollen nærmere.", new Date("2026-12-02T10:00:00Z"));
    expect(await deliverPendingMail()).toBe(1);
    expect(bodyOf(smtp.received[1]!.raw)).toContain("Beskriv koordinatorrollen nærmere.");
    // Nothing is sent twice.
    expect(await deliverPendingMail()).toBe(0);
    expect(await db.emailMessage.count({ where: { sentAt: null } })).toBe(0);
  }, 60_000);

  it("in each recipient's language: a person's chosen one, else the organisation's written standard (nynorsk here)", async () => {
    const county = await f.county();
    const owner = await f.organisation(county.id);
    await db.organisation.update({ where: { id: owner.id }, data: { writtenStandard: "NYNORSK" } });
    const ntnu = await f.organisation(null, "UH");
    const net = await f.network(county.id, [owner.id], [ntnu.id]);
    const round = await db.round.create({
      data: { countyId: county.id, year: 2027, deadline: new Date("2026-12-31T22:59:00Z") },
    });
    const english = await f.actor([{ role: "OWNER", organisationId: owner.id }], "english.speaker@example.test");
    await db.person.update({ where: { id: english.personId }, data: { language: "en" } });
    const { id, version } = await createNeedsReport(english, {
      roundId: round.id,
      networkId: net.id,
      leadOwnerId: owner.id,
    });
    const saved = await saveNeedsReportDraft(english, id, version, lofotenDraft(2027, ntnu.id));
    const before = smtp.received.length;
    await submitNeedsReport(english, id, saved.version, new Date("2026-12-01T10:00:00Z"));
    expect(await deliverPendingMail()).toBe(2);
    const mails = smtp.received.slice(before);
    const en = mails.find((m) => m.to.includes("english.speaker@example.test"))!;
    const nn = mails.find((m) => m.to.includes("kari.nordvik@example.test"))!;
    // The report's contacts are not people in the portal: a letter to the organisation, in its nynorsk.
    expect(nn.to.sort()).toEqual(["anders@example.test", "kari.nordvik@example.test"]);
    expect(en.to).toEqual(["english.speaker@example.test"]);
    expect(en.raw).toMatch(/Subject: Needs report 2027 for .* has been submitted\s+\(version 1\)/);
    expect(bodyOf(en.raw)).toContain("It is locked as version 1. The County Governor will process it.");
    expect(bodyOf(en.raw)).toContain("1 December 2026 at 11:00");
    expect(bodyOf(nn.raw)).toContain("Ho er låst som versjon 1. Statsforvaltaren handsamar henne vidare.");
    expect(bodyOf(nn.raw)).toContain("1. desember 2026 kl. 11.00");
  }, 60_000);
});
