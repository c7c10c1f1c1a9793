import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNeedsReport, saveNeedsReportDraft, submitNeedsReport } from "@/lib/needs-reports/mutations";
import {
  addReviewNote,
  markReviewed,
  reviewFactsOf,
  reopenForSubmission,
  returnForCorrection,
  startReview,
} from "@/lib/needs-reports/review";
import { getNeedsReport } from "@/lib/needs-reports/queries";
import { lofotenDraft } from "@/tests/support/drafts";
import * as f from "@/tests/support/factory";

let w: Awaited<ReturnType<typeof world>>;
const BEFORE = new Date("2026-12-01T10:00:00Z");
const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));

async function world() {
  const county = await f.county();
  const other = await f.county();
  const vagan = await f.organisation(county.id);
  const ntnu = await f.organisation(null, "UH");
  const lofoten = await f.network(county.id, [vagan.id], [ntnu.id]);
  const round = await db.round.create({
    data: { countyId: county.id, year: 2027, deadline: new Date("2026-12-31T22:59:00Z") },
  });
  const owner = await f.actor([{ role: "OWNER", organisationId: vagan.id }]);
  const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }]);
  const otherSf = await f.actor([{ role: "STATSFORVALTER", countyId: other.id }]);
  const forum = await f.actor([{ role: "FORUM_MEMBER", countyId: county.id }]);
  const { id, version } = await createNeedsReport(owner, {
    roundId: round.id,
    networkId: lofoten.id,
    leadOwnerId: vagan.id,
  });
  const saved = await saveNeedsReportDraft(owner, id, version, lofotenDraft(2027, ntnu.id));
  const submitted = await submitNeedsReport(owner, id, saved.version, BEFORE);
  return { county, vagan, ntnu, lofoten, round, owner, sf, otherSf, forum, id, version: submitted.version };
}
beforeEach(async () => {
  w = await world();
});

describe("the Statsforvalter reviews a submitted report", () => {
  it("starts review, returns it with a reason the owner sees; the owner corrects and resubmits as version 2", async () => {
    await startReview(w.sf, w.id);
    expect((await getNeedsReport(w.owner, w.id)).status).toBe("IN_REVIEW");
    await returnForCorrection(w.sf, w.id, "Budsjettpostene for UH må beskrives nærmere.", BEFORE);
    const returned = await getNeedsReport(w.owner, w.id);
    expect(returned).toMatchObject({
      status: "RETURNED",
      returnReason: "Budsjettpostene for UH må beskrives nærmere.",
    });

    const draft = lofotenDraft(2027, w.ntnu.id);
    draft.measures[0]!.uhLines[0]!.description = "Forberedelse og deltakelse i arbeidsgruppen.";
    const saved = await saveNeedsReportDraft(w.owner, w.id, returned.version, draft);
    const second = await submitNeedsReport(w.owner, w.id, saved.version, BEFORE);
    expect(second.number).toBe(2);
    const versions = await db.needsReportVersion.findMany({ where: { reportId: w.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    const actions = (await db.auditEvent.findMany({ where: { entityId: w.id }, orderBy: { at: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual([
      "needs-report.create",
      "needs-report.save",
      "needs-report.submit",
      "needs-report.startReview",
      "needs-report.returnForCorrection",
      "needs-report.save",
      "needs-report.submit",
    ]);
  });

  it("a report returned after the deadline can be corrected and resubmitted for 14 days", async () => {
    const late = new Date("2027-01-10T10:00:00Z");
    await returnForCorrection(w.sf, w.id, "Mangler beskrivelse av koordinatorrollen.", late);
    const r = await getNeedsReport(w.owner, w.id);
    expect(r.reopenedUntil?.toISOString()).toBe("2027-01-24T10:00:00.000Z");
    expect((await submitNeedsReport(w.owner, w.id, r.version, new Date("2027-01-20T10:00:00Z"))).number).toBe(2);
  });

  it("marks as reviewed, and keeps internal notes from the owners", async () => {
    await markReviewed(w.sf, w.id);
    const r = await db.needsReport.findUniqueOrThrow({ where: { id: w.id } });
    expect(r.reviewedById).toBe(w.sf.personId);
    await addReviewNote(w.sf, w.id, "Ser bra ut; sjekk koordinatorandel.");
    const sfView = await reviewFactsOf(w.sf, await getNeedsReport(w.sf, w.id));
    expect(sfView.notes?.map((n) => n.text)).toEqual(["Ser bra ut; sjekk koordinatorandel."]);
    expect(sfView.reviewerName).toBe((await db.person.findUniqueOrThrow({ where: { id: w.sf.personId! } })).name);
    const ownerView = await reviewFactsOf(w.owner, await getNeedsReport(w.owner, w.id));
    expect(ownerView).toEqual({ reviewerName: sfView.reviewerName, notes: null });
    expect((await reviewFactsOf(w.forum, await getNeedsReport(w.forum, w.id))).notes).toBeNull();
  });

  it("refuses review steps from the wrong people and in the wrong status", async () => {
    expect(code(await startReview(w.otherSf, w.id).catch((e) => e))).toBe("NOT_FOUND");
    expect(code(await startReview(w.owner, w.id).catch((e) => e))).toBe("FORBIDDEN");
    expect(code(await returnForCorrection(w.forum, w.id, "Ikke forumets oppgave").catch((e) => e))).toBe("FORBIDDEN");
    expect(code(await addReviewNote(w.owner, w.id, "hei").catch((e) => e))).toBe("FORBIDDEN");
    expect(code(await reopenForSubmission(w.sf, w.id, "2027-01-15").catch((e) => e))).toBe("FORBIDDEN"); // only a returned report
    expect((await db.needsReport.findUniqueOrThrow({ where: { id: w.id } })).status).toBe("SUBMITTED");
  });
});

describe("a draft that missed the deadline", () => {
  it("the owners ask, the Statsforvalter sees it and reopens it, and the owners submit", async () => {
    const county = await f.county();
    const ownerOrg = await f.organisation(county.id);
    const ntnu = await f.organisation(null, "UH");
    const net = await f.network(county.id, [ownerOrg.id], [ntnu.id]);
    const year = new Date().getUTCFullYear();
    const round = await db.round.create({
      data: { countyId: county.id, year, deadline: new Date(Date.now() - 24 * 3600 * 1000) },
    });
    const owner = await f.actor([{ role: "OWNER", organisationId: ownerOrg.id }]);
    const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }], "saksbehandler@example.test");
    const forum = await f.actor([{ role: "FORUM_MEMBER", countyId: county.id }]);
    // The round's deadline passed yesterday; it is still open for starting drafts.
    const { id, version } = await createNeedsReport(owner, {
      roundId: round.id,
      networkId: net.id,
      leadOwnerId: ownerOrg.id,
    });
    const saved = await saveNeedsReportDraft(owner, id, version, lofotenDraft(year, ntnu.id));
    expect(code(await submitNeedsReport(owner, id, saved.version).catch((e) => e))).toBe("DEADLINE_PASSED");
    expect(code(await getNeedsReport(sf, id).catch((e) => e))).toBe("NOT_FOUND");

    const { requestReopen } = await import("@/lib/needs-reports/mutations");
    await requestReopen(owner, id, "Kommunestyret vedtok tiltaket først i går.");
    expect((await getNeedsReport(sf, id)).status).toBe("DRAFT");
    expect(code(await getNeedsReport(forum, id).catch((e) => e))).toBe("NOT_FOUND");
    const mail = await db.emailMessage.findFirstOrThrow({ where: { entityId: id } });
    expect(mail.to).toEqual(["saksbehandler@example.test"]);
    expect(mail.subject).toContain("etter fristen");

    const until = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await reopenForSubmission(sf, id, until);
    const current = await db.needsReport.findUniqueOrThrow({ where: { id } });
    expect((await submitNeedsReport(owner, id, current.version)).number).toBe(1);
  });
});
