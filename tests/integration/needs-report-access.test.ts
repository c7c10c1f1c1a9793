import { beforeAll, describe, expect, it } from "vitest";
import { getNeedsReport, listNeedsReports } from "@/lib/needs-reports/queries";
import { isAppError } from "@/lib/errors";
import * as f from "@/tests/support/factory";

/**
 * Two counties. In Nordland, Vågan leads a partnership with Flakstad in the
 * Lofoten network (a draft and a submitted report); Meløy is another owner in
 * the same county. Trøndelag has its own owner, network and Statsforvalter.
 */
let w: Awaited<ReturnType<typeof world>>;
async function world() {
  const nordland = await f.county();
  const trondelag = await f.county();
  const vagan = await f.organisation(nordland.id);
  const flakstad = await f.organisation(nordland.id);
  const meloy = await f.organisation(nordland.id);
  const trondheim = await f.organisation(trondelag.id);
  const ntnu = await f.organisation(null, "UH");
  const ntnuMat = await f.organisation(null, "UH", ntnu.id);
  const nord = await f.organisation(null, "UH");
  const lofoten = await f.network(nordland.id, [vagan.id, flakstad.id], [ntnu.id]);
  const salten = await f.network(nordland.id, [meloy.id]);
  const trdNet = await f.network(trondelag.id, [trondheim.id]);
  const r2024 = await f.round(nordland.id);
  const trdRound = await f.round(trondelag.id);
  const draft = await f.needsReport({
    roundId: r2024.id,
    networkId: lofoten.id,
    leadOwnerId: vagan.id,
    ownerIds: [flakstad.id],
    uhUnitIds: [ntnuMat.id],
  });
  const submitted = await f.needsReport({
    roundId: r2024.id,
    networkId: lofoten.id,
    leadOwnerId: vagan.id,
    status: "SUBMITTED",
    uhUnitIds: [ntnuMat.id],
  });
  const meloyReport = await f.needsReport({
    roundId: r2024.id,
    networkId: salten.id,
    leadOwnerId: meloy.id,
    status: "SUBMITTED",
  });
  const trdReport = await f.needsReport({
    roundId: trdRound.id,
    networkId: trdNet.id,
    leadOwnerId: trondheim.id,
    status: "SUBMITTED",
  });
  return {
    nordland,
    trondelag,
    vagan,
    flakstad,
    meloy,
    trondheim,
    ntnu,
    ntnuMat,
    nord,
    lofoten,
    salten,
    draft,
    submitted,
    meloyReport,
    trdReport,
  };
}

beforeAll(async () => {
  w = await world();
});

const ids = (reports: { id: string }[]) => reports.map((r) => r.id).sort();
async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy((e: unknown) => isAppError(e, "NOT_FOUND"));
}

describe("needs reports are scoped in the database query", () => {
  it("the lead owner lists and reads its own reports, drafts included", async () => {
    const vagan = await f.actor([{ role: "OWNER", organisationId: w.vagan.id }]);
    expect(ids(await listNeedsReports(vagan))).toEqual(ids([w.draft, w.submitted]));
    expect((await getNeedsReport(vagan, w.draft.id)).id).toBe(w.draft.id);
  });

  it("another owner of the partnership sees the report it is part of, not the others", async () => {
    const flakstad = await f.actor([{ role: "OWNER", organisationId: w.flakstad.id }]);
    expect(ids(await listNeedsReports(flakstad))).toEqual([w.draft.id]);
  });

  it("an owner in the same county gets 'not found' for someone else's report", async () => {
    const meloy = await f.actor([{ role: "OWNER", organisationId: w.meloy.id }]);
    expect(ids(await listNeedsReports(meloy))).toEqual([w.meloyReport.id]);
    await expectNotFound(getNeedsReport(meloy, w.draft.id));
    await expectNotFound(getNeedsReport(meloy, w.submitted.id));
  });

  it("an owner in another county gets 'not found'", async () => {
    const trondheim = await f.actor([{ role: "OWNER", organisationId: w.trondheim.id }]);
    await expectNotFound(getNeedsReport(trondheim, w.submitted.id));
  });

  it("a made-up id is 'not found' in the same way", async () => {
    const vagan = await f.actor([{ role: "OWNER", organisationId: w.vagan.id }]);
    await expectNotFound(getNeedsReport(vagan, "does-not-exist"));
  });

  it("the coordinator sees the network's reports only", async () => {
    const coord = await f.actor([{ role: "COORDINATOR", networkId: w.lofoten.id }]);
    expect(ids(await listNeedsReports(coord))).toEqual(ids([w.draft, w.submitted]));
    await expectNotFound(getNeedsReport(coord, w.meloyReport.id));
  });

  it("a UH contact bound to the institution sees reports naming its unit", async () => {
    const uh = await f.actor([{ role: "UH", organisationId: w.ntnu.id }]);
    expect(ids(await listNeedsReports(uh))).toEqual(ids([w.draft, w.submitted]));
    const other = await f.actor([{ role: "UH", organisationId: w.nord.id }]);
    expect(await listNeedsReports(other)).toEqual([]);
  });

  it("the Statsforvalter sees the county's submitted reports but never a draft", async () => {
    const sf = await f.actor([{ role: "STATSFORVALTER", countyId: w.nordland.id }]);
    expect(ids(await listNeedsReports(sf))).toEqual(ids([w.submitted, w.meloyReport]));
    await expectNotFound(getNeedsReport(sf, w.draft.id));
    await expectNotFound(getNeedsReport(sf, w.trdReport.id));
  });

  it("a forum member sees the same as the Statsforvalter of the county", async () => {
    const forum = await f.actor([{ role: "FORUM_MEMBER", countyId: w.nordland.id }]);
    expect(ids(await listNeedsReports(forum))).toEqual(ids([w.submitted, w.meloyReport]));
  });

  it("an administrator sees no reports", async () => {
    const admin = await f.actor([{ role: "ADMIN" }]);
    expect(await listNeedsReports(admin)).toEqual([]);
    await expectNotFound(getNeedsReport(admin, w.submitted.id));
  });

  it("computes the totals from the measures", async () => {
    const vagan = await f.actor([{ role: "OWNER", organisationId: w.vagan.id }]);
    const report = await getNeedsReport(vagan, w.submitted.id);
    expect(report.totals.byScheme.DESENTRALISERT).toEqual({ owner: 700_000, uh: 880_000, total: 1_580_000 });
  });
});
