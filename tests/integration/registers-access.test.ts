import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listOrganisations } from "@/lib/organisations/queries";
import { listNetworks } from "@/lib/networks/queries";
import { getMeasure, listMeasures } from "@/lib/measures/queries";
import { isAppError } from "@/lib/errors";
import * as f from "@/tests/support/factory";

let w: Awaited<ReturnType<typeof world>>;
async function world() {
  const a = await f.county();
  const b = await f.county();
  const ownerA = await f.organisation(a.id);
  const ownerB = await f.organisation(b.id);
  const uh = await f.organisation(null, "UH");
  const netA = await f.network(a.id, [ownerA.id], [uh.id]);
  const netB = await f.network(b.id, [ownerB.id]);
  await db.teacherFte.create({ data: { organisationId: ownerA.id, year: 2023, teacherFte: 123.5 } });
  const measureA = await db.measure.create({
    data: { countyId: a.id, name: "Tiltak A", scheme: "DESENTRALISERT", ownerNetworkId: netA.id },
  });
  const measureB = await db.measure.create({
    data: {
      countyId: b.id,
      name: "Tiltak B",
      scheme: "DESENTRALISERT",
      isJoint: true,
      contributors: { create: [{ organisationId: uh.id }] },
    },
  });
  return { a, b, ownerA, ownerB, uh, netA, netB, measureA, measureB };
}
beforeAll(async () => {
  w = await world();
});

describe("registers are scoped to the counties a person works in", () => {
  it("an owner sees networks of its own county, with summed teacher FTEs", async () => {
    const owner = await f.actor([{ role: "OWNER", organisationId: w.ownerA.id }]);
    const networks = await listNetworks(owner);
    expect(networks.map((n) => n.id)).toEqual([w.netA.id]);
    expect(networks[0]?.teacherFte).toEqual({ year: 2023, value: 123.5 });
  });

  it("bank accounts are shown to the organisation itself and the county's Statsforvalter, hidden from others", async () => {
    const self = await f.actor([{ role: "OWNER", organisationId: w.ownerA.id }]);
    const sfA = await f.actor([{ role: "STATSFORVALTER", countyId: w.a.id }]);
    const coordinator = await f.actor([{ role: "COORDINATOR", networkId: w.netA.id }]);
    const account = async (actor: Awaited<ReturnType<typeof f.actor>>) =>
      (await listOrganisations(actor)).find((o) => o.id === w.ownerA.id)?.accountNumber;
    expect(await account(self)).toBe("12345678903");
    expect(await account(sfA)).toBe("12345678903");
    expect(await account(coordinator)).toBeNull();
  });

  it("organisations of another county are not listed", async () => {
    const sfA = await f.actor([{ role: "STATSFORVALTER", countyId: w.a.id }]);
    const ids = (await listOrganisations(sfA)).map((o) => o.id);
    expect(ids).toContain(w.ownerA.id);
    expect(ids).toContain(w.uh.id);
    expect(ids).not.toContain(w.ownerB.id);
  });

  it("measures of another county are 'not found', except where one's UH unit contributes", async () => {
    const owner = await f.actor([{ role: "OWNER", organisationId: w.ownerA.id }]);
    expect((await listMeasures(owner)).map((m) => m.id)).toEqual([w.measureA.id]);
    await expect(getMeasure(owner, w.measureB.id)).rejects.toSatisfy((e: unknown) => isAppError(e, "NOT_FOUND"));
    const uh = await f.actor([{ role: "UH", organisationId: w.uh.id }]);
    expect((await getMeasure(uh, w.measureB.id)).id).toBe(w.measureB.id);
  });
});
