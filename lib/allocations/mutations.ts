import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { loadBudget, budgetNetworks } from "@/lib/budget/queries";
import { getBudgetOverview } from "@/lib/budget/overview";
import {
  canAllocate,
  canRecordRecommendation,
  checkGrant,
  checkRecommendation,
  RECOMMENDABLE,
} from "@/lib/allocations/policy";
import { createDraftLetter } from "@/lib/decision-letters/mutations";
import { paymentsFor } from "@/lib/allocations/payments";
import { needsReportScope } from "@/lib/needs-reports/policy";
import { reportTotals } from "@/lib/needs-reports/totals";
import { sum } from "@/lib/money";

/** The budget in scope with its decided frames, for the Statsforvalter of its county. */
async function budgetForDecision(
  tx: Tx,
  actor: Actor,
  budgetId: string,
  can: (actor: Actor, countyId: string) => boolean,
) {
  const budget = await loadBudget(tx, actor, budgetId);
  if (!can(actor, budget.countyId)) throw new AppError("NOT_FOUND");
  const decided = budget.scenarios.find((s) => s.decided);
  if (!decided) throw new AppError("INVALID", "Rammene er ikke vedtatt", { _form: "validation.framesNotDecided" });
  // One decision on a budget at a time: recommendations and grants are checked against sums that another writer could change.
  await tx.$executeRaw`SELECT 1 FROM "YearBudget" WHERE id = ${budget.id} FOR UPDATE`;
  return { budget, frames: new Map(decided.frames.map((f) => [f.networkId, f.frame])) };
}

type RecommendationRow = { networkId: string; version: number; amount?: number; reason: string | null };

/**
 * Records the forum's recommendation per network as the decision of a case:
 * never above the network's decided frame, with a reason when below. The
 * network's submitted reports move to RECOMMENDED. Each row carries the
 * version the user saw, so two people recording at once never overwrite each
 * other silently.
 */
export async function recordRecommendations(
  actor: Actor,
  input: { budgetId: string; caseId: string; rows: RecommendationRow[] },
) {
  return db.$transaction(async (tx) => {
    const { budget, frames } = await budgetForDecision(tx, actor, input.budgetId, canRecordRecommendation);
    const forumCase = await tx.forumCase.findFirst({
      where: {
        id: input.caseId,
        forum: { countyId: budget.countyId },
        kind: { in: ["DECISION", "DECISION_AND_INPUT"] },
      },
      include: { meeting: { select: { status: true } } },
    });
    if (!forumCase || forumCase.meeting?.status === "MINUTES_APPROVED")
      throw new AppError("INVALID", "Ugyldig sak", { caseId: "validation.recommendationCase" });

    const errors: Record<string, string> = {};
    const rows = input.rows.map((row, i) => ({ ...row, i })).filter((row) => row.amount !== undefined);
    for (const row of rows) {
      const frame = frames.get(row.networkId);
      if (frame === undefined) throw new AppError("INVALID", "Ukjent nettverk", { _form: "validation.badRequest" });
      const check = checkRecommendation(frame, row.amount!, row.reason);
      if (check === "aboveFrame") errors[`rows.${row.i}.amount`] = "validation.aboveFrame";
      if (check === "reasonRequired") errors[`rows.${row.i}.reason`] = "validation.belowFrameReason";
    }
    if (rows.length === 0) errors._form = "validation.noRecommendations";
    if (Object.keys(errors).length) throw new AppError("INVALID", "Innstillingen går ikke", errors);

    const existing = await tx.recommendation.findMany({
      where: { budgetId: budget.id },
      select: { id: true, networkId: true, amount: true, reason: true, version: true, caseId: true },
    });
    const granted = await tx.allocationDecision.groupBy({
      by: ["networkId"],
      where: { budgetId: budget.id, outcome: "GRANTED" },
      _sum: { amount: true },
    });
    const changed: string[] = [];
    for (const row of rows) {
      const before = existing.find((e) => e.networkId === row.networkId);
      const grantedSoFar = granted.find((g) => g.networkId === row.networkId)?._sum.amount ?? 0;
      if (row.amount! < grantedSoFar) errors[`rows.${row.i}.amount`] = "validation.belowGranted";
      if (before) {
        const { count } = await tx.recommendation.updateMany({
          where: { id: before.id, version: row.version },
          data: {
            amount: row.amount!,
            reason: row.reason,
            caseId: forumCase.id,
            recordedById: actor.personId,
            version: { increment: 1 },
          },
        });
        if (count === 0) changed.push(row.networkId);
      } else if (row.version !== 0) {
        changed.push(row.networkId);
      } else {
        await tx.recommendation.create({
          data: {
            budgetId: budget.id,
            networkId: row.networkId,
            caseId: forumCase.id,
            amount: row.amount!,
            reason: row.reason,
            recordedById: actor.personId,
          },
        });
      }
    }
    if (Object.keys(errors).length) throw new AppError("INVALID", "Innstillingen går ikke", errors);
    if (changed.length) throw new AppError("CONFLICT", "errors.detail.recommendationRace", { networkIds: changed });

    const moved = await tx.needsReport.updateMany({
      where: {
        roundId: budget.roundId,
        networkId: { in: rows.map((r) => r.networkId) },
        schemes: { has: budget.scheme },
        status: { in: RECOMMENDABLE },
      },
      data: { status: "RECOMMENDED", version: { increment: 1 } },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "recommendation.record",
      entityType: "YearBudget",
      entityId: budget.id,
      data: {
        caseId: forumCase.id,
        reportsRecommended: moved.count,
        rows: rows.map((r) => {
          const before = existing.find((e) => e.networkId === r.networkId);
          return {
            networkId: r.networkId,
            before: before ? { amount: before.amount, reason: before.reason } : null,
            after: { amount: r.amount!, reason: r.reason },
          };
        }),
      },
    });
    return { total: sum(rows.map((r) => r.amount!)) };
  });
}

/**
 * The allocation decision on one report that has the forum's recommendation:
 * granted (the owner part to the lead owner, the UH part to the report's UH
 * institution, never more in all than the network's recommendation) or
 * rejected with a reason. The report moves to GRANTED or REJECTED and the
 * decision letter is drafted, in the same transaction.
 */
export async function decideAllocation(
  actor: Actor,
  input: {
    budgetId: string;
    reportId: string;
    version: number;
    outcome: "GRANTED" | "REJECTED";
    ownerAmount?: number;
    uhAmount?: number;
    reason: string | null;
  },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const { budget } = await budgetForDecision(tx, actor, input.budgetId, canAllocate);
    const report = await tx.needsReport.findFirst({
      where: { AND: [{ id: input.reportId }, needsReportScope(actor)] },
      include: {
        network: { select: { name: true } },
        leadOwner: { select: { id: true, name: true, accountNumber: true } },
        contacts: true,
        measures: { select: { scheme: true, ownerAmount: true, uhAmount: true } },
        decisions: { select: { budgetId: true, outcome: true } },
      },
    });
    const networks = await budgetNetworks(tx, budget);
    if (
      !report ||
      report.roundId !== budget.roundId ||
      !report.schemes.includes(budget.scheme) ||
      !networks.some((n) => n.id === report.networkId)
    )
      throw new AppError("NOT_FOUND");
    // A report in two schemes is decided once in each scheme's budget; its status follows the decisions so far.
    const decidedElsewhere = report.decisions.some((d) => d.budgetId !== budget.id);
    const open =
      report.status === "RECOMMENDED" ||
      (decidedElsewhere && (report.status === "GRANTED" || report.status === "REJECTED"));
    if (!open || report.decisions.some((d) => d.budgetId === budget.id))
      throw new AppError("FORBIDDEN", "errors.detail.reportNotOpenForDecision");
    const recommendation = await tx.recommendation.findUnique({
      where: { budgetId_networkId: { budgetId: budget.id, networkId: report.networkId } },
    });
    if (!recommendation) throw new AppError("FORBIDDEN", "errors.detail.noRecommendation");

    const ownerAmount = input.outcome === "GRANTED" ? (input.ownerAmount ?? 0) : 0;
    const uhAmount = input.outcome === "GRANTED" ? (input.uhAmount ?? 0) : 0;
    const amount = ownerAmount + uhAmount;
    if (input.outcome === "GRANTED") {
      const others = await tx.allocationDecision.aggregate({
        where: { budgetId: budget.id, networkId: report.networkId, outcome: "GRANTED" },
        _sum: { amount: true },
      });
      const check = checkGrant({
        recommendation: recommendation.amount,
        grantedToOthers: others._sum.amount ?? 0,
        amount,
      });
      if (check === "aboveRecommendation")
        throw new AppError("INVALID", "Over innstillingen", { ownerAmount: "validation.aboveRecommendation" });
      if (uhAmount > 0 && !report.uhInstitutionId)
        throw new AppError("INVALID", "Ingen UH", { uhAmount: "validation.noUhRecipient" });
    }

    const status =
      input.outcome === "GRANTED" || report.decisions.some((d) => d.outcome === "GRANTED") ? "GRANTED" : "REJECTED";
    const { count } = await tx.needsReport.updateMany({
      where: { id: report.id, version: input.version, status: report.status },
      data: { status, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.reportChangedReload");
    const payments = paymentsFor(report, ownerAmount, uhAmount);
    const decision = await tx.allocationDecision.create({
      data: {
        budgetId: budget.id,
        networkId: report.networkId,
        needsReportId: report.id,
        caseId: recommendation.caseId,
        outcome: input.outcome,
        amount,
        reason: input.reason,
        decidedAt: now,
        decidedById: actor.personId,
        payments: { create: payments },
      },
    });
    const applied = reportTotals(report.measures).byScheme[budget.scheme].total;
    await audit(tx, {
      actorId: actor.personId,
      action: "allocation.decide",
      entityType: "NeedsReport",
      entityId: report.id,
      data: {
        decisionId: decision.id,
        from: report.status,
        outcome: input.outcome,
        amount,
        ownerAmount,
        uhAmount,
        applied,
        recommendation: recommendation.amount,
        reason: input.reason,
      },
    });
    // The decision reaches the party as a letter: drafted here, previewed, given its reasons and sent by the Statsforvalter (lib/decision-letters).
    const letter = await createDraftLetter(tx, {
      decisionId: decision.id,
      needsReportId: report.id,
      leadOwnerId: report.leadOwnerId,
      reasons: input.reason,
    });
    return { amount, letterId: letter.id };
  });
}

/** Carries the money left over (computed, never typed) to a later, undecided case of the same forum. */
export async function carryLeftover(actor: Actor, input: { budgetId: string; version: number; caseId: string }) {
  return db.$transaction(async (tx) => {
    const { budget } = await budgetForDecision(tx, actor, input.budgetId, canAllocate);
    // Computed after the budget row is locked, so no recommendation or decision can slip in between.
    const overview = await getBudgetOverview(actor, input.budgetId, tx);
    const target = await tx.forumCase.findFirst({
      where: { id: input.caseId, forum: { countyId: budget.countyId }, decision: null, year: { gte: budget.year } },
    });
    if (!target) throw new AppError("INVALID", "Ugyldig sak", { caseId: "validation.carryCase" });
    const amount = overview.leftover.available;
    if (amount <= 0) throw new AppError("INVALID", "Ingen restmidler", { _form: "validation.noLeftover" });
    const { count } = await tx.yearBudget.updateMany({
      where: { id: budget.id, version: input.version },
      data: { carryCaseId: target.id, carryAmount: amount, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.budgetChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "budget.carryLeftover",
      entityType: "YearBudget",
      entityId: budget.id,
      data: {
        before: budget.carryCaseId ? { caseId: budget.carryCaseId, amount: budget.carryAmount } : null,
        after: { caseId: target.id, amount },
      },
    });
    return { amount };
  });
}
