import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getHomeData } from "@/lib/home/queries";
import { createNeedsReport, saveNeedsReportDraft, submitNeedsReport } from "@/lib/needs-reports/mutations";
import { lofotenDraft } from "@/tests/support/drafts";
import * as f from "@/tests/support/factory";

let w: Awaited<ReturnType<typeof world>>;
const BEFORE = new Date("2026-12-01T10:00:00Z");

/** Two counties; in the first, one submitted report and one draft of Vågan, one submitted of Flakstad. */
async function world() {
  const county = await f.county();
  const other = await f.county();
  const vagan = await f.organisation(county.id);
  const flakstad = await f.organisation(county.id);
  const far = await f.organisation(other.id);
  const ntnu = await f.organisation(null, "UH");
  const lofoten = await f.network(county.id, [vagan.id, flakstad.id], [ntnu.id]);
  const vest = await f.network(county.id, [flakstad.id], [ntnu.id]);
  const farNet = await f.network(other.id, [far.id], [ntnu.id]);
  const round = await db.round.create({
    data: { countyId: county.id, year: 2027, deadline: new Date("2026-12-31T22:59:00Z") },
  });
  const otherRound = await db.round.create({
    data: { countyId: other.id, year: 2027, deadline: new Date("2026-12-31T22:59:00Z") },
  });
  const owner = await f.actor([{ role: "OWNER", organisationId: vagan.id }]);
  const flakstadOwner = await f.actor([{ role: "OWNER", organisationId: flakstad.id }]);
  const farOwner = await f.actor([{ role: "OWNER", organisationId: far.id }]);
  const submit = async (actor: typeof owner, roundId: string, networkId: string, leadOwnerId: string, send = true) => {
    const { id, version } = await createNeedsReport(actor, { roundId, networkId, leadOwnerId });
    const saved = await saveNeedsReportDraft(actor, id, version, lofotenDraft(2027, ntnu.id));
    if (send) await submitNeedsReport(actor, id, saved.version, BEFORE);
    return id;
  };
  const sent = await submit(owner, round.id, lofoten.id, vagan.id);
  const draft = await submit(owner, round.id, lofoten.id, vagan.id, false);
  const flakstadSent = await submit(flakstadOwner, round.id, vest.id, flakstad.id);
  await submit(farOwner, otherRound.id, farNet.id, far.id);
  const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }]);
  const forum = await f.actor([{ role: "FORUM_MEMBER", countyId: county.id }]);
  const coordinator = await f.actor([{ role: "COORDINATOR", networkId: lofoten.id }]);
  return { county, round, vagan, lofoten, owner, sf, forum, coordinator, sent, draft, flakstadSent };
}
beforeAll(async () => {
  w = await world();
});

describe("the home page's figures", () => {
  it("counts the county's submitted reports for the Statsforvalter, per round and status, without drafts or other counties", async () => {
    const home = await getHomeData(w.sf);
    expect(home.statsforvalter).toHaveLength(1);
    const round = home.statsforvalter[0]?.rounds.find((r) => r.id === w.round.id);
    expect(round?.counts).toEqual({ SUBMITTED: 2 });
    expect(home.owner).toEqual([]);
  });

  it("counts the county's submitted reports for the forum", async () => {
    const home = await getHomeData(w.forum);
    expect(home.forum.map((c) => [c.county.id, c.submittedCount])).toEqual([[w.county.id, 2]]);
  });

  it("lists the owner's own reports, drafts included, with their computed totals, and not the neighbour's", async () => {
    const home = await getHomeData(w.owner);
    expect(home.owner).toHaveLength(1);
    const listed = home.owner[0]?.reports ?? [];
    expect(listed.map((r) => r.id).sort()).toEqual([w.sent, w.draft].sort());
    expect(listed.every((r) => r.total > 0)).toBe(true);
    expect(home.owner[0]?.openRounds.map((r) => r.id)).toEqual([w.round.id]);
  });

  it("lists the coordinator's network's reports, not the other network's", async () => {
    const home = await getHomeData(w.coordinator);
    const ids = home.coordinator[0]?.reports.map((r) => r.id);
    expect(ids).toContain(w.sent);
    expect(ids).not.toContain(w.flakstadSent);
  });
});
