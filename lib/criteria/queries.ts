import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { budgetNetworks, loadBudget } from "@/lib/budget/queries";
import { averageScore, canAssessNetwork, CRITERIA } from "@/lib/criteria/policy";

/** The criteria sheet of a budget's round: per network the actor's own scores (if they assess it) and the forum's summary. */
export async function getCriteriaSheet(actor: Actor, budgetId: string) {
  const budget = await loadBudget(db, actor, budgetId);
  const networks = await budgetNetworks(db, budget);
  const assessments = await db.criteriaAssessment.findMany({
    where: { roundId: budget.roundId, networkId: { in: networks.map((n) => n.id) } },
    select: {
      networkId: true,
      criterion: true,
      score: true,
      comment: true,
      assessorId: true,
      updatedAt: true,
      assessor: { select: { name: true } },
    },
    orderBy: { assessor: { name: "asc" } },
  });
  return networks.map((n) => {
    const own = assessments.filter((a) => a.networkId === n.id);
    return {
      id: n.id,
      name: n.name,
      shortName: n.shortName,
      canAssess: canAssessNetwork(actor, {
        id: n.id,
        countyId: budget.countyId,
        memberOrgIds: n.members.map((m) => m.organisation.id),
      }),
      mine: Object.fromEntries(
        own
          .filter((a) => a.assessorId === actor.personId)
          .map((a) => [a.criterion, { score: a.score, comment: a.comment }]),
      ),
      assessors: new Set(own.map((a) => a.assessorId)).size,
      summary: CRITERIA.map((criterion) => {
        const rows = own.filter((a) => a.criterion === criterion);
        return {
          criterion,
          average: averageScore(rows.map((r) => r.score)),
          count: rows.length,
          comments: rows
            .filter((r) => r.comment)
            .map((r) => ({ name: r.assessor.name, score: r.score, comment: r.comment! })),
        };
      }),
    };
  });
}

export type CriteriaSheet = Awaited<ReturnType<typeof getCriteriaSheet>>;
