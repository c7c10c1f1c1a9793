import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { NeedsReportStatus } from "@/lib/generated/prisma/enums";
import { getBudget, type BudgetView } from "@/lib/budget/queries";
import { SUBMITTED_STATUSES } from "@/lib/needs-reports/policy";
import { reportTotals } from "@/lib/needs-reports/totals";
import { sum } from "@/lib/money";

/**
 * The "sammenstilling" of a budget: per network its frame (the decided
 * scenario), what its submitted reports applied for in the budget's scheme,
 * the difference, the forum's recommendation, what was granted and the status
 * of its reports; the totals and the money left over. One read serves the
 * overview, the recommendation, the allocation and the XLSX export.
 */
export async function getBudgetOverview(actor: Actor, budgetId: string, r: Tx | typeof db = db) {
  const budget = await getBudget(actor, budgetId, r);
  return buildOverview(r, budget);
}

async function buildOverview(r: Tx | typeof db, budget: BudgetView) {
  const [reports, recommendations] = await Promise.all([
    r.needsReport.findMany({
      where: {
        roundId: budget.roundId,
        networkId: { in: budget.networks.map((n) => n.id) },
        status: { in: SUBMITTED_STATUSES },
        schemes: { has: budget.scheme },
      },
      orderBy: { leadOwner: { name: "asc" } },
      select: {
        id: true,
        status: true,
        networkId: true,
        version: true,
        leadOwner: { select: { id: true, name: true } },
        uhInstitutionId: true,
        measures: { select: { scheme: true, ownerAmount: true, uhAmount: true } },
        // Only this budget's decision: a report in two schemes is decided in each scheme's budget.
        decisions: {
          where: { budgetId: budget.id },
          select: {
            outcome: true,
            amount: true,
            reason: true,
            decidedAt: true,
            payments: { select: { side: true, amount: true } },
          },
        },
      },
    }),
    r.recommendation.findMany({
      where: { budgetId: budget.id },
      select: {
        id: true,
        networkId: true,
        amount: true,
        reason: true,
        version: true,
        updatedAt: true,
        case: { select: { id: true, number: true, year: true, title: true } },
      },
    }),
  ]);
  const uhIds = [...new Set(reports.map((r) => r.uhInstitutionId).filter((x): x is string => x !== null))];
  const uhNames = new Map(
    (await r.organisation.findMany({ where: { id: { in: uhIds } }, select: { id: true, name: true } })).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const frames = new Map(budget.decided?.frames.map((f) => [f.networkId, f.frame]) ?? []);
  const rows = budget.networks.map((network) => {
    const own = reports
      .filter((r) => r.networkId === network.id)
      .map((rep) => {
        const split = reportTotals(rep.measures).byScheme[budget.scheme];
        return {
          id: rep.id,
          status: rep.status,
          version: rep.version,
          leadOwner: rep.leadOwner,
          uhName: rep.uhInstitutionId ? (uhNames.get(rep.uhInstitutionId) ?? null) : null,
          applied: split.total,
          appliedOwner: split.owner,
          appliedUh: split.uh,
          decision: rep.decisions[0] ?? null,
        };
      });
    const frame = frames.get(network.id) ?? null;
    const applied = sum(own.map((x) => x.applied));
    const recommendation = recommendations.find((x) => x.networkId === network.id) ?? null;
    const granted = sum(own.map((x) => (x.decision?.outcome === "GRANTED" ? x.decision.amount : 0)));
    const statusCounts = own.reduce<Partial<Record<NeedsReportStatus, number>>>(
      (acc, x) => ({ ...acc, [x.status]: (acc[x.status] ?? 0) + 1 }),
      {},
    );
    return {
      network,
      frame,
      applied,
      difference: frame === null ? null : applied - frame,
      overFrame: frame !== null && applied > frame,
      recommendation,
      granted,
      reports: own,
      statusCounts,
    };
  });
  const frameTotal = sum(rows.map((r) => r.frame ?? 0));
  const recommendedTotal = sum(rows.map((r) => r.recommendation?.amount ?? 0));
  const grantedTotal = sum(rows.map((r) => r.granted));
  return {
    budget,
    rows,
    totals: {
      frame: frameTotal,
      applied: sum(rows.map((r) => r.applied)),
      recommended: recommendedTotal,
      granted: grantedTotal,
    },
    leftover: leftoverOf(rows),
  };
}

/**
 * Money left over (restmidler): what the forum did not recommend of each
 * network's frame, plus what was recommended but not granted once all of the
 * network's reports are decided. Networks without a recommendation are still
 * open and count for nothing yet.
 */
export function leftoverOf(
  rows: {
    frame: number | null;
    recommendation: { amount: number } | null;
    granted: number;
    reports: { decision: unknown }[];
  }[],
) {
  const recommended = rows.filter((r) => r.recommendation && r.frame !== null);
  const notRecommended = sum(recommended.map((r) => r.frame! - r.recommendation!.amount));
  const notGranted = sum(
    recommended.filter((r) => r.reports.every((x) => x.decision)).map((r) => r.recommendation!.amount - r.granted),
  );
  return {
    notRecommended,
    notGranted,
    available: notRecommended + notGranted,
    openNetworks: rows.length - recommended.length,
  };
}

export type BudgetOverview = Awaited<ReturnType<typeof getBudgetOverview>>;
export type OverviewRow = BudgetOverview["rows"][number];
