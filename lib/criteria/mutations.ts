import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { budgetNetworks, loadBudget } from "@/lib/budget/queries";
import { canAssessNetwork, CRITERIA } from "@/lib/criteria/policy";
import type { AssessmentInput } from "@/lib/criteria/schema";

/** Saves a forum member's scores and comments for one network (the three criteria together). */
export async function saveAssessment(actor: Actor, input: AssessmentInput) {
  return db.$transaction(async (tx) => {
    const budget = await loadBudget(tx, actor, input.budgetId);
    const network = (await budgetNetworks(tx, budget)).find((n) => n.id === input.networkId);
    if (!network) throw new AppError("NOT_FOUND");
    if (
      !canAssessNetwork(actor, {
        id: network.id,
        countyId: budget.countyId,
        memberOrgIds: network.members.map((m) => m.organisation.id),
      })
    ) {
      throw new AppError("FORBIDDEN", "errors.detail.notYourNetwork");
    }
    const before = await tx.criteriaAssessment.findMany({
      where: { roundId: budget.roundId, networkId: network.id, assessorId: actor.personId },
      select: { criterion: true, score: true, comment: true },
    });
    for (const criterion of CRITERIA) {
      const data = { score: input.scores[criterion], comment: input.comments[criterion] ?? null };
      await tx.criteriaAssessment.upsert({
        where: {
          roundId_networkId_assessorId_criterion: {
            roundId: budget.roundId,
            networkId: network.id,
            assessorId: actor.personId,
            criterion,
          },
        },
        update: { ...data, version: { increment: 1 } },
        create: { roundId: budget.roundId, networkId: network.id, assessorId: actor.personId, criterion, ...data },
      });
    }
    await audit(tx, {
      actorId: actor.personId,
      action: "criteria.assess",
      entityType: "Network",
      entityId: network.id,
      data: { roundId: budget.roundId, before, after: { scores: input.scores, comments: input.comments } },
    });
  });
}
