/**
 * The needs-report list runs as one SQL query (lib/needs-reports/list-query.ts) with its own
 * translation of `needsReportScope` (lib/needs-reports/policy.ts). Here both select reports from
 * the same database for every kind of actor — each role alone, roles combined, none — and must
 * find exactly the same ones; the list, the export and the network filter must show no other.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { NeedsReportStatus } from "@/lib/generated/prisma/enums";
import { loadActor } from "@/lib/auth/load-actor";
import { needsReportScope } from "@/lib/needs-reports/policy";
import { needsReportScopeSql } from "@/lib/needs-reports/list-query";
import { listNeedsReportPage, listNeedsReports, listReportNetworks } from "@/lib/needs-reports/queries";
import { STATUS_VALUES } from "@/lib/needs-reports/list-filters";
import { seedDemoData } from "@/prisma/seed";
import * as f from "@/tests/support/factory";

const actors: { name: string; actor: Actor }[] = [];

beforeAll(async () => {
  // The demo data and its twelve people …
  await seedDemoData(db);
  for (const p of await db.person.findMany({
    where: { roleBindings: { some: {} } },
    select: { id: true, name: true },
  })) {
    actors.push({ name: `demo: ${p.name}`, actor: (await loadActor(p.id))! });
  }
  // … and a small world where every status meets every way of being in a report.
  const [a, b] = [await f.county(), await f.county()];
  const [a1, a2, b1] = [await f.organisation(a.id), await f.organisation(a.id), await f.organisation(b.id)];
  const uhA = await f.organisation(null, "UH");
  const uhA1 = await f.organisation(null, "UH", uhA.id);
  const uhB = await f.organisation(null, "UH");
  const netA = await f.network(a.id, [a1.id, a2.id], [uhA1.id]);
  const netB = await f.network(b.id, [b1.id], [uhB.id]);
  const rounds = { [a.id]: await f.round(a.id, 2025), [b.id]: await f.round(b.id, 2025) };
  for (const [county, net, lead, other] of [
    [a, netA, a1, a2],
    [b, netB, b1, null],
  ] as const) {
    for (const status of STATUS_VALUES as readonly NeedsReportStatus[]) {
      const variants = [
        { leadOwnerId: lead.id, ownerIds: [], uhUnitIds: [], uhInstitutionId: uhA.id },
        {
          leadOwnerId: other?.id ?? lead.id,
          ownerIds: other ? [lead.id] : [],
          uhUnitIds: [uhA1.id],
          uhInstitutionId: null,
        },
        {
          leadOwnerId: lead.id,
          ownerIds: other ? [other.id] : [],
          uhUnitIds: [],
          uhInstitutionId: uhB.id,
          reopen: true,
        },
        { leadOwnerId: lead.id, ownerIds: [], uhUnitIds: [uhA1.id], uhInstitutionId: uhB.id },
      ];
      for (const v of variants) {
        const r = await f.needsReport({
          roundId: rounds[county.id]!.id,
          networkId: net.id,
          leadOwnerId: v.leadOwnerId,
          status,
          ownerIds: v.ownerIds,
          uhUnitIds: v.uhUnitIds,
        });
        await db.needsReport.update({
          where: { id: r.id },
          data: { uhInstitutionId: v.uhInstitutionId, reopenRequestedAt: v.reopen ? new Date() : null },
        });
      }
    }
  }
  const roles = {
    "owner (lead)": [{ role: "OWNER" as const, organisationId: a1.id }],
    "owner (other owner only)": [{ role: "OWNER" as const, organisationId: a2.id }],
    "owner, other county": [{ role: "OWNER" as const, organisationId: b1.id }],
    coordinator: [{ role: "COORDINATOR" as const, networkId: netA.id }],
    "UH institution (and its units)": [{ role: "UH" as const, organisationId: uhA.id }],
    "UH unit": [{ role: "UH" as const, organisationId: uhA1.id }],
    "UH, other institution": [{ role: "UH" as const, organisationId: uhB.id }],
    Statsforvalter: [{ role: "STATSFORVALTER" as const, countyId: a.id }],
    "forum member": [{ role: "FORUM_MEMBER" as const, countyId: a.id }],
    "Statsforvalter in one county, forum in the other": [
      { role: "STATSFORVALTER" as const, countyId: a.id },
      { role: "FORUM_MEMBER" as const, countyId: b.id },
    ],
    "owner, coordinator and UH at once": [
      { role: "OWNER" as const, organisationId: b1.id },
      { role: "COORDINATOR" as const, networkId: netA.id },
      { role: "UH" as const, organisationId: uhB.id },
    ],
    administrator: [{ role: "ADMIN" as const }],
    "no roles": [],
  };
  for (const [name, bindings] of Object.entries(roles)) actors.push({ name, actor: await f.actor(bindings) });
}, 120_000);

const sorted = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

describe("the SQL list's scope is the policy's scope", () => {
  it("selects the same reports as needsReportScope, for every actor", async () => {
    let compared = 0;
    for (const { name, actor } of actors) {
      const prisma = sorted(await db.needsReport.findMany({ where: needsReportScope(actor), select: { id: true } }));
      const sql = sorted(
        await db.$queryRaw<
          { id: string }[]
        >`SELECT r.id FROM "NeedsReport" r JOIN "Round" o ON o.id = r."roundId" WHERE ${needsReportScopeSql(actor)}`,
      );
      expect(sql, name).toEqual(prisma);
      compared += prisma.length;
    }
    // The worlds are not empty: most actors see something, some see nothing.
    expect(compared).toBeGreaterThan(100);
  });

  it("lists, pages, exports and offers networks from that scope only", async () => {
    for (const { name, actor } of actors) {
      const inScope = await db.needsReport.findMany({
        where: needsReportScope(actor),
        select: { id: true, networkId: true },
      });
      expect(sorted(await listNeedsReports(actor)), name).toEqual(sorted(inScope));
      const page = await listNeedsReportPage(actor, {});
      expect(page.total, name).toBe(inScope.length);
      expect(
        page.rows.every((r) => inScope.some((s) => s.id === r.id)),
        name,
      ).toBe(true);
      expect(sorted(await listReportNetworks(actor)), name).toEqual(
        [...new Set(inScope.map((r) => r.networkId))].sort(),
      );
    }
  });
});
