import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { FrameKey, Scheme, Sector } from "@/lib/generated/prisma/enums";
import { budgetCountyIds, budgetScope, canEditBudgetLines, canManageBudget } from "@/lib/budget/policy";
import { frameAmounts, proposeUhSplit, type NetworkKey } from "@/lib/budget/frames";
import { byName } from "@/lib/i18n/collate";
import { sum } from "@/lib/money";
import { inYear, networkActiveIn } from "@/lib/networks/membership";

type Reader = Tx | typeof db;

/** The sectors whose networks share a scheme's money: schools for DEKOM, kindergartens for REKOM, all for Kompetanseløftet. */
export function sectorsFor(scheme: Scheme): Sector[] {
  if (scheme === "DESENTRALISERT") return ["SCHOOL", "BOTH"];
  if (scheme === "REGIONAL") return ["KINDERGARTEN", "BOTH"];
  return ["SCHOOL", "KINDERGARTEN", "BOTH"];
}

/** The networks a budget gives frames to, with their member owners, as they were in the budget's year. */
export async function budgetNetworks(r: Reader, budget: { countyId: string; scheme: Scheme; year: number }) {
  const networks = await r.network.findMany({
    where: { countyId: budget.countyId, sector: { in: sectorsFor(budget.scheme) }, ...networkActiveIn(budget.year) },
    select: {
      id: true,
      name: true,
      shortName: true,
      members: {
        where: inYear(budget.year),
        select: { organisation: { select: { id: true, name: true, orgNumber: true } } },
      },
    },
  });
  return byName(networks);
}

export type KeyOwner = { organisationId: string; name: string; orgNumber: string | null; value: number | null };
export type NetworkKeyInput = NetworkKey & { shortName: string; owners: KeyOwner[] };

/**
 * Each network's key: the sum of its member owners' teacher FTEs (or staff
 * FTEs) for the key year. Owners without a value count as 0 and are listed,
 * so the user sees what is missing before deciding.
 */
export async function networkKeys(
  r: Reader,
  networks: Awaited<ReturnType<typeof budgetNetworks>>,
  key: FrameKey,
  keyYear: number,
) {
  const orgIds = networks.flatMap((n) => n.members.map((m) => m.organisation.id));
  const rows = await r.teacherFte.findMany({
    where: { organisationId: { in: orgIds }, year: keyYear },
    select: { organisationId: true, year: true, teacherFte: true, staffFte: true },
  });
  return keysFromRows(networks, rows, key, keyYear);
}

type FteRow = { organisationId: string; year: number; teacherFte: unknown; staffFte: unknown };

/** The keys of `networkKeys` from key-data rows already read (rows of other years are ignored). */
function keysFromRows(
  networks: Awaited<ReturnType<typeof budgetNetworks>>,
  rows: FteRow[],
  key: FrameKey,
  keyYear: number,
) {
  const valueOf = new Map(
    rows
      .filter((row) => row.year === keyYear)
      .map((row) => [row.organisationId, key === "STAFF_FTE" ? row.staffFte : row.teacherFte]),
  );
  const keys: NetworkKeyInput[] = networks.map((n) => {
    const owners = byName(n.members.map((m) => m.organisation)).map((o) => {
      const v = valueOf.get(o.id);
      return {
        organisationId: o.id,
        name: o.name,
        orgNumber: o.orgNumber,
        value: v === null || v === undefined ? null : Number(v),
      };
    });
    const total = owners.reduce((a, o) => a + Math.round((o.value ?? 0) * 10_000), 0) / 10_000;
    return { networkId: n.id, name: n.name, shortName: n.shortName, key: total, owners };
  });
  const missing = keys.flatMap((k) => k.owners.filter((o) => o.value === null).map((o) => ({ ...o, network: k.name })));
  return { keys, missing };
}

/** UH institutions partnering the budget's networks in its year (units count for their institution), with how many networks each partners. */
export async function uhPartners(r: Reader, networkIds: string[], year: number) {
  const rows = await r.networkUhPartner.findMany({
    where: { networkId: { in: networkIds }, ...inYear(year) },
    select: {
      networkId: true,
      organisation: { select: { id: true, name: true, parent: { select: { id: true, name: true } } } },
    },
  });
  const byInstitution = new Map<string, { organisationId: string; name: string; networks: Set<string> }>();
  for (const row of rows) {
    const inst = row.organisation.parent ?? row.organisation;
    const entry = byInstitution.get(inst.id) ?? {
      organisationId: inst.id,
      name: inst.name,
      networks: new Set<string>(),
    };
    entry.networks.add(row.networkId);
    byInstitution.set(inst.id, entry);
  }
  return [...byInstitution.values()].map((e) => ({
    organisationId: e.organisationId,
    name: e.name,
    networkCount: e.networks.size,
  }));
}

/** The budgets the actor may see, newest first, with their computed figures. */
export async function listBudgets(actor: Actor) {
  const budgets = await db.yearBudget.findMany({
    where: budgetScope(actor),
    orderBy: [{ year: "desc" }, { county: { name: "asc" } }, { scheme: "asc" }],
    select: {
      id: true,
      year: true,
      scheme: true,
      allocatedAmount: true,
      county: { select: { id: true, name: true } },
      lines: { select: { kind: true, amount: true } },
      scenarios: {
        where: { decided: true },
        select: { name: true, decidedAt: true, frames: { select: { frame: true } } },
      },
    },
  });
  return budgets.map((b) => {
    const amounts = frameAmounts({ allocated: b.allocatedAmount, lines: b.lines });
    const decided = b.scenarios[0];
    return {
      id: b.id,
      year: b.year,
      scheme: b.scheme,
      county: b.county,
      allocated: b.allocatedAmount,
      remainder: amounts.proRata,
      decided: decided
        ? { name: decided.name, decidedAt: decided.decidedAt, total: sum(decided.frames.map((f) => f.frame)) }
        : null,
    };
  });
}

/** Rounds in the actor's Statsforvalter counties, for a new budget. */
export async function listBudgetRounds(actor: Actor) {
  const rounds = await db.round.findMany({
    where: { countyId: { in: actor.statsforvalterCountyIds } },
    orderBy: [{ year: "desc" }, { county: { name: "asc" } }],
    select: {
      id: true,
      year: true,
      countyId: true,
      county: { select: { id: true, name: true } },
      budgets: { select: { scheme: true } },
    },
  });
  // The directorate's amounts for those rounds, by "roundId|scheme": a new budget takes its round's and scheme's.
  const amounts = await db.countyAllocation.findMany({
    where: { countyId: { in: actor.statsforvalterCountyIds }, year: { in: [...new Set(rounds.map((r) => r.year))] } },
    select: { countyId: true, year: true, scheme: true, amount: true },
  });
  const allocations: Record<string, number> = {};
  for (const r of rounds)
    for (const a of amounts)
      if (a.countyId === r.countyId && a.year === r.year) allocations[`${r.id}|${a.scheme}`] = a.amount;
  return { rounds, allocations };
}

const budgetInclude = {
  county: { select: { id: true, name: true } },
  round: { select: { id: true, year: true, deadline: true } },
  lines: { orderBy: { position: "asc" as const } },
  uhAllocations: { include: { organisation: { select: { name: true } } } },
  scenarios: {
    orderBy: { createdAt: "asc" as const },
    include: { frames: { include: { network: { select: { name: true, shortName: true } } } } },
  },
  carryCase: { select: { id: true, number: true, year: true, title: true } },
};

/** Loads a budget in the actor's scope (inside a transaction when given one); "not found" otherwise. */
export async function loadBudget(r: Reader, actor: Actor, id: string) {
  const budget = await r.yearBudget.findFirst({ where: { AND: [{ id }, budgetScope(actor)] }, include: budgetInclude });
  if (!budget) throw new AppError("NOT_FOUND");
  return budget;
}

/** A budget with everything its pages show: lines, computed remainder, UH split (proposal and the forum's), scenarios with frames. */
export async function getBudget(actor: Actor, id: string, r: Reader = db) {
  const b = await loadBudget(r, actor, id);
  const networks = await budgetNetworks(r, b);
  const partners = await uhPartners(
    r,
    networks.map((n) => n.id),
    b.year,
  );
  const amounts = frameAmounts({ allocated: b.allocatedAmount, lines: b.lines });
  const uhLine = sum(b.lines.filter((l) => l.kind === "UH_DIRECT").map((l) => l.amount));
  const decidedUh = new Map(b.uhAllocations.map((u) => [u.organisationId, u.decidedAmount]));
  const uh = proposeUhSplit(uhLine, partners).map((p) => ({ ...p, decided: decidedUh.get(p.organisationId) ?? null }));
  const scenarios = b.scenarios.map((s) => ({
    ...s,
    frames: byName(
      s.frames.map((f) => ({
        ...f,
        name: f.network.name,
        shortName: f.network.shortName,
        keyValue: Number(f.keyValue),
      })),
    ),
    total: sum(s.frames.map((f) => f.frame)),
  }));
  const decided = scenarios.find((s) => s.decided) ?? null;
  return {
    ...b,
    scenarios,
    decided,
    networks: networks.map((n) => ({ id: n.id, name: n.name, shortName: n.shortName })),
    /** The same networks with their member owners (for the key data of the scenarios). */
    networksWithMembers: networks,
    linesTotal: sum(b.lines.map((l) => l.amount)),
    amounts,
    uh: {
      line: uhLine,
      rows: uh,
      overridden: b.uhAllocations.length > 0,
      // The forum's split was for other partnerships or another line: it no longer adds up and must be recorded again.
      stale:
        b.uhAllocations.length > 0 &&
        (b.uhAllocations.length !== uh.length ||
          uh.some((r) => r.decided === null) ||
          sum(uh.map((r) => r.decided ?? 0)) !== uhLine),
      reason: b.uhSplitReason,
    },
    can: {
      manage: canManageBudget(actor, b.countyId),
      editLines: canEditBudgetLines(actor, { countyId: b.countyId, hasDecidedScenario: decided !== null }),
    },
  };
}

export type BudgetView = Awaited<ReturnType<typeof getBudget>>;

/** For each scenario not yet decided: has the key data changed since it was computed? One read of the key data for them all. */
export async function staleScenarioIds(budget: BudgetView): Promise<string[]> {
  const open = budget.scenarios.filter((x) => !x.decided);
  if (open.length === 0) return [];
  const networks = budget.networksWithMembers;
  const orgIds = networks.flatMap((n) => n.members.map((m) => m.organisation.id));
  const rows = await db.teacherFte.findMany({
    where: { organisationId: { in: orgIds }, year: { in: [...new Set(open.map((s) => s.keyYear))] } },
    select: { organisationId: true, year: true, teacherFte: true, staffFte: true },
  });
  const stale: string[] = [];
  for (const s of open) {
    const { keys } = keysFromRows(networks, rows, s.key, s.keyYear);
    const now = new Map(keys.map((k) => [k.networkId, k.key]));
    const changed =
      s.frames.length !== keys.length ||
      s.frames.some((f) => Math.abs((now.get(f.networkId) ?? -1) - f.keyValue) > 0.00005);
    if (changed) stale.push(s.id);
  }
  return stale;
}

/** Counties where the actor works with budgets (for the key-data import and the menu). */
export async function listBudgetCounties(actor: Actor) {
  return db.county.findMany({
    where: { id: { in: budgetCountyIds(actor) } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Key data on file per year in the actor's Statsforvalter counties: how many owners have a value, and the sum. */
export async function keyDataSummary(actor: Actor) {
  const rows = await db.teacherFte.groupBy({
    by: ["year"],
    where: { organisation: { countyId: { in: actor.statsforvalterCountyIds } } },
    _count: { _all: true },
    _sum: { teacherFte: true, staffFte: true },
    _max: { importedAt: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => ({
    year: r.year,
    owners: r._count._all,
    teacherFte: Number(r._sum.teacherFte ?? 0),
    staffFte: Number(r._sum.staffFte ?? 0),
    importedAt: r._max.importedAt,
  }));
}
