import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  createNeedsReport,
  saveNeedsReportDraft,
  submitNeedsReport,
  withdrawNeedsReport,
} from "@/lib/needs-reports/mutations";
import { getNeedsReport } from "@/lib/needs-reports/queries";
import { lofotenDraft } from "@/tests/support/drafts";
import * as f from "@/tests/support/factory";

let w: Awaited<ReturnType<typeof world>>;
async function world() {
  const county = await f.county();
  const other = await f.county();
  const vagan = await f.organisation(county.id);
  const flakstad = await f.organisation(county.id);
  const meloy = await f.organisation(county.id);
  const ntnu = await f.organisation(null, "UH");
  const mat = await f.organisation(null, "UH", ntnu.id);
  const lofoten = await f.network(county.id, [vagan.id, flakstad.id], [ntnu.id]);
  const round = await db.round.create({
    data: { countyId: county.id, year: 2027, deadline: new Date("2026-12-31T22:59:00Z") },
  });
  const owner = await f.actor([{ role: "OWNER", organisationId: vagan.id }]);
  const coordinator = await f.actor([{ role: "COORDINATOR", networkId: lofoten.id }]);
  const meloyOwner = await f.actor([{ role: "OWNER", organisationId: meloy.id }]);
  const otherSf = await f.actor([{ role: "STATSFORVALTER", countyId: other.id }]);
  const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }]);
  return { county, vagan, flakstad, meloy, ntnu, mat, lofoten, round, owner, coordinator, meloyOwner, otherSf, sf };
}
beforeEach(async () => {
  w = await world();
});

const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const start = () =>
  createNeedsReport(w.owner, { roundId: w.round.id, networkId: w.lofoten.id, leadOwnerId: w.vagan.id });
const BEFORE_DEADLINE = new Date("2026-12-01T10:00:00Z");

describe("writing a needs report", () => {
  it("the owner starts a draft, saves every part, and reads back exactly what was typed", async () => {
    const { id, version } = await start();
    const draft = lofotenDraft(2027, w.ntnu.id, [w.mat.id]);
    draft.otherOwnerIds = [w.flakstad.id];
    const saved = await saveNeedsReportDraft(w.owner, id, version, draft);
    expect(saved.version).toBe(version + 1);
    const r = await getNeedsReport(w.owner, id);
    expect(r.totals.total).toEqual({ owner: 700_000, uh: 880_000, total: 1_580_000 });
    expect(r.measures[0]?.budgetLines.filter((l) => l.side === "OWNER").map((l) => l.amount)).toEqual([
      50_000, 150_000, 200_000, 200_000, 100_000,
    ]);
    expect(r.contacts.find((c) => c.side === "OWNER")?.orgNumber).toBe("938644500");
    expect(r.owners.map((o) => o.organisationId)).toEqual([w.flakstad.id]);
    const events = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["needs-report.create", "needs-report.save"]);
    expect(events.every((e) => e.actorId === w.owner.personId)).toBe(true);
  });

  it("a second save from an old version is told about the conflict and overwrites nothing", async () => {
    const { id, version } = await start();
    const mine = lofotenDraft(2027, w.ntnu.id);
    await saveNeedsReportDraft(w.owner, id, version, mine);
    const theirs = lofotenDraft(2027, w.ntnu.id);
    theirs.measures[0]!.name = "Endret av koordinatoren";
    const e = await saveNeedsReportDraft(w.coordinator, id, version, theirs).catch((x) => x);
    expect(code(e)).toBe("CONFLICT");
    expect((e as AppError).details).toMatchObject({
      version: version + 1,
      draft: { measures: [{ name: mine.measures[0]!.name }] },
    });
    expect((await getNeedsReport(w.owner, id)).measures[0]?.name).toBe(mine.measures[0]!.name);
  });

  it("concurrent saves from the same version: exactly one wins", async () => {
    const { id, version } = await start();
    const results = await Promise.allSettled([
      saveNeedsReportDraft(w.owner, id, version, lofotenDraft(2027, w.ntnu.id)),
      saveNeedsReportDraft(w.coordinator, id, version, lofotenDraft(2027, w.ntnu.id)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results.filter((r) => r.status === "rejected").map((r) => code((r as PromiseRejectedResult).reason)),
    ).toEqual(["CONFLICT"]);
  });

  it("refuses bad input posted straight to the server, with a message per field", async () => {
    const { id, version } = await start();
    const bad = lofotenDraft(2027, w.ntnu.id);
    bad.contacts.owner.orgNumber = "123456789";
    const e = await saveNeedsReportDraft(w.owner, id, version, bad).catch((x) => x);
    expect(code(e)).toBe("INVALID");
    expect((e as AppError).details).toMatchObject({ "contacts.owner.orgNumber": "validation.orgNumber" });
    expect(code(await saveNeedsReportDraft(w.owner, id, version, { schemes: "alle" }).catch((x) => x))).toBe("INVALID");
    const foreign = lofotenDraft(2027, w.vagan.id); // an owner is not a UH institution
    expect(code(await saveNeedsReportDraft(w.owner, id, version, foreign).catch((x) => x))).toBe("INVALID");
  });

  it("another owner — same county — gets 'not found' for save and submit; a reviewer may not edit", async () => {
    const { id, version } = await start();
    expect(
      code(await saveNeedsReportDraft(w.meloyOwner, id, version, lofotenDraft(2027, w.ntnu.id)).catch((x) => x)),
    ).toBe("NOT_FOUND");
    expect(code(await submitNeedsReport(w.meloyOwner, id, version, BEFORE_DEADLINE).catch((x) => x))).toBe("NOT_FOUND");
    expect(
      code(await saveNeedsReportDraft(w.otherSf, id, version, lofotenDraft(2027, w.ntnu.id)).catch((x) => x)),
    ).toBe("NOT_FOUND");
    expect(
      code(
        await createNeedsReport(w.meloyOwner, {
          roundId: w.round.id,
          networkId: w.lofoten.id,
          leadOwnerId: w.vagan.id,
        }).catch((x) => x),
      ),
    ).toBe("NOT_FOUND");
    expect(await db.needsReport.count({ where: { id } })).toBe(1);
  });
});

describe("submitting", () => {
  it("an incomplete report is refused with the fields to fix", async () => {
    const { id, version } = await start();
    const e = await submitNeedsReport(w.owner, id, version, BEFORE_DEADLINE).catch((x) => x);
    expect(code(e)).toBe("INVALID");
    expect((e as AppError).details).toMatchObject({
      schemes: "validation.schemesRequired",
      measures: "validation.measuresRequired",
    });
  });

  it("locks a numbered version with time and submitter; the Statsforvalter now sees it; it can no longer be edited", async () => {
    const { id, version } = await start();
    const { version: v2 } = await saveNeedsReportDraft(w.owner, id, version, lofotenDraft(2027, w.ntnu.id, [w.mat.id]));
    expect(code(await getNeedsReport(w.sf, id).catch((x) => x))).toBe("NOT_FOUND");
    const result = await submitNeedsReport(w.owner, id, v2, BEFORE_DEADLINE);
    expect(result.number).toBe(1);
    const stored = await db.needsReport.findUniqueOrThrow({ where: { id }, include: { versions: true } });
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.versions).toHaveLength(1);
    expect(stored.versions[0]).toMatchObject({
      number: 1,
      submittedById: w.owner.personId,
      submittedAt: BEFORE_DEADLINE,
    });
    expect(
      (stored.versions[0]!.snapshot as { draft: { measures: { ownerAmount: number }[] } }).draft.measures[0]!
        .ownerAmount,
    ).toBe(700_000);
    expect((await getNeedsReport(w.sf, id)).status).toBe("SUBMITTED");
    expect(
      code(await saveNeedsReportDraft(w.owner, id, result.version, lofotenDraft(2027, w.ntnu.id)).catch((x) => x)),
    ).toBe("FORBIDDEN");
  });

  it("after the deadline only a report the Statsforvalter reopened can be submitted", async () => {
    const { id, version } = await start();
    const { version: v2 } = await saveNeedsReportDraft(w.owner, id, version, lofotenDraft(2027, w.ntnu.id));
    const late = new Date("2027-01-05T10:00:00Z");
    expect(code(await submitNeedsReport(w.owner, id, v2, late).catch((x) => x))).toBe("DEADLINE_PASSED");
    await db.needsReport.update({ where: { id }, data: { reopenedUntil: new Date("2027-01-10T22:59:00Z") } });
    expect((await submitNeedsReport(w.owner, id, v2, late)).number).toBe(1);
  });
});

describe("withdrawing a submitted report to correct it", () => {
  const submitted = async () => {
    const { id, version } = await start();
    const { version: v2 } = await saveNeedsReportDraft(w.owner, id, version, lofotenDraft(2027, w.ntnu.id, [w.mat.id]));
    const { version: v3 } = await submitNeedsReport(w.owner, id, v2, BEFORE_DEADLINE);
    return { id, version: v3 };
  };

  it("before the deadline and the review: back to draft, corrected, resubmitted as version 2; the Statsforvalter sees both", async () => {
    const { id, version } = await submitted();
    const { version: v4 } = await withdrawNeedsReport(w.owner, id, version, BEFORE_DEADLINE);
    const stored = await db.needsReport.findUniqueOrThrow({ where: { id } });
    expect(stored.status).toBe("DRAFT");
    expect(stored.submittedVersion).toBe(1);
    const fixed = lofotenDraft(2027, w.ntnu.id, [w.mat.id]);
    fixed.measures[0]!.name = "Rettet navn på tiltaket";
    const { version: v5 } = await saveNeedsReportDraft(w.owner, id, v4, fixed);
    expect((await submitNeedsReport(w.owner, id, v5, BEFORE_DEADLINE)).number).toBe(2);
    const seen = await getNeedsReport(w.sf, id);
    expect(seen.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(seen.measures[0]!.name).toBe("Rettet navn på tiltaket");
    const events = await db.auditEvent.findMany({ where: { entityId: id, action: "needs-report.withdraw" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(w.owner.personId);
  });

  it("is refused after the deadline, once the review has started, to the Statsforvalter, and is 'not found' for another owner", async () => {
    const { id, version } = await submitted();
    const late = new Date("2027-01-05T10:00:00Z");
    expect(code(await withdrawNeedsReport(w.owner, id, version, late).catch((x) => x))).toBe("INVALID");
    expect(code(await withdrawNeedsReport(w.meloyOwner, id, version, BEFORE_DEADLINE).catch((x) => x))).toBe(
      "NOT_FOUND",
    );
    expect(code(await withdrawNeedsReport(w.sf, id, version, BEFORE_DEADLINE).catch((x) => x))).toBe("FORBIDDEN");
    await db.needsReport.update({ where: { id }, data: { status: "IN_REVIEW" } });
    expect(code(await withdrawNeedsReport(w.owner, id, version, BEFORE_DEADLINE).catch((x) => x))).toBe("INVALID");
    expect((await db.needsReport.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
  });
});

describe("starting from an earlier report", () => {
  it("copies the earlier report into the new round (semesters moved a year on) and says where the draft came from", async () => {
    const earlierRound = await db.round.create({
      data: { countyId: w.county.id, year: 2026, deadline: new Date("2025-12-31T22:59:00Z"), status: "CLOSED" },
    });
    const earlier = await f.needsReport({
      roundId: earlierRound.id,
      networkId: w.lofoten.id,
      leadOwnerId: w.vagan.id,
      status: "DRAFT",
    });
    const draft = lofotenDraft(2026, w.ntnu.id, [w.mat.id]);
    draft.otherOwnerIds = [w.flakstad.id];
    await saveNeedsReportDraft(w.owner, earlier.id, earlier.version, draft);
    await db.needsReport.update({ where: { id: earlier.id }, data: { status: "GRANTED" } });

    const { id } = await createNeedsReport(w.owner, {
      roundId: w.round.id,
      networkId: w.lofoten.id,
      leadOwnerId: w.vagan.id,
      fromReportId: earlier.id,
      keepAmounts: false,
    });
    const r = await getNeedsReport(w.owner, id);
    expect(r.copiedFromId).toBe(earlier.id);
    expect(r.status).toBe("DRAFT");
    expect(r.measures[0]!.name).toBe(draft.measures[0]!.name);
    expect(r.owners.map((o) => o.organisationId)).toEqual([w.flakstad.id]);
    expect(r.uhUnits.map((u) => u.organisationId)).toEqual([w.mat.id]);
    expect(r.measures[0]!.semesters.every((s) => s.year >= 2027)).toBe(true);
    expect(r.totals.total.total).toBe(0);
    expect(r.measures[0]!.budgetLines.map((l) => l.title)).toEqual(
      [...draft.measures[0]!.ownerLines, ...draft.measures[0]!.uhLines].map((l) => l.title),
    );
    // The earlier report is untouched.
    expect((await getNeedsReport(w.owner, earlier.id)).totals.total.total).toBe(1_580_000);
  });

  it("refuses a report the person cannot see, or of another network and owner", async () => {
    const meloyNet = await f.network(w.county.id, [w.meloy.id], []);
    const theirs = await f.needsReport({
      roundId: w.round.id,
      networkId: meloyNet.id,
      leadOwnerId: w.meloy.id,
      status: "DRAFT",
    });
    const e = await createNeedsReport(w.owner, {
      roundId: w.round.id,
      networkId: w.lofoten.id,
      leadOwnerId: w.vagan.id,
      fromReportId: theirs.id,
      keepAmounts: true,
    }).catch((x) => x);
    expect(code(e)).toBe("INVALID");
    expect((e as AppError).details).toEqual({ from: "validation.choose" });
    expect(await db.needsReport.count({ where: { copiedFromId: theirs.id } })).toBe(0);
  });
});
