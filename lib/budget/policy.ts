import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

/**
 * Year budgets, frames, the overview and the criteria sheet belong to a
 * county's Statsforvalter (who keeps them) and its Samarbeidsforum (who reads
 * them and assesses). Anyone else finds nothing: a budget outside this scope
 * is "not found".
 */
export function budgetCountyIds(actor: Actor): string[] {
  return [...new Set([...actor.statsforvalterCountyIds, ...actor.forumCountyIds])];
}

export function budgetScope(actor: Actor): Prisma.YearBudgetWhereInput {
  const counties = budgetCountyIds(actor);
  return counties.length > 0 ? { countyId: { in: counties } } : { id: { in: [] } };
}

/** Who sees the budget menu at all. */
export function canUseBudgets(actor: Actor): boolean {
  return budgetCountyIds(actor).length > 0;
}

/** The Statsforvalter of the county keeps the budget: lines, scenarios, the UH split as the forum decided, key data. */
export function canManageBudget(actor: Actor, countyId: string): boolean {
  return actor.statsforvalterCountyIds.includes(countyId);
}

/** A decided frame scenario freezes the budget lines and amounts it used. */
export function canEditBudgetLines(actor: Actor, budget: { countyId: string; hasDecidedScenario: boolean }): boolean {
  return canManageBudget(actor, budget.countyId) && !budget.hasDecidedScenario;
}

/** Key data (teacher FTEs) is imported by a Statsforvalter, for owners in their counties. */
export function canImportKeyData(actor: Actor): boolean {
  return actor.statsforvalterCountyIds.length > 0;
}
