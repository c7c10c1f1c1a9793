import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canSetCountyAllocations } from "@/lib/directorate/policy";
import type { SCHEMES } from "@/lib/directorate/schema";

/**
 * The directorate sets a county's amount for a scheme and year. The county's
 * year budget for it takes the amount as its allocated amount in the same
 * transaction, unless a frame computation has been decided on the old amount
 * (then the budget keeps what was decided, and shows the difference).
 */
export async function setCountyAllocation(
  actor: Actor,
  input: {
    countyId: string;
    year: number;
    scheme: (typeof SCHEMES)[number];
    amount: number;
    version: number;
    note: string | null;
  },
) {
  if (!canSetCountyAllocations(actor)) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    const county = await tx.county.findUnique({ where: { id: input.countyId }, select: { id: true, name: true } });
    if (!county) throw new AppError("NOT_FOUND");
    const key = { countyId_year_scheme: { countyId: county.id, year: input.year, scheme: input.scheme } };
    const before = await tx.countyAllocation.findUnique({ where: key });
    if ((before?.version ?? 0) !== input.version) throw new AppError("CONFLICT", "errors.detail.allocationChanged");
    const row = before
      ? await tx.countyAllocation.update({
          where: { id: before.id },
          data: { amount: input.amount, note: input.note, enteredById: actor.personId, version: { increment: 1 } },
        })
      : await tx.countyAllocation.create({
          data: {
            countyId: county.id,
            year: input.year,
            scheme: input.scheme,
            amount: input.amount,
            note: input.note,
            enteredById: actor.personId,
          },
        });
    const { count: budgets } = await tx.yearBudget.updateMany({
      where: { countyId: county.id, year: input.year, scheme: input.scheme, scenarios: { none: { decided: true } } },
      data: { allocatedAmount: input.amount, version: { increment: 1 } },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "county-allocation.set",
      entityType: "County",
      entityId: county.id,
      data: {
        year: input.year,
        scheme: input.scheme,
        before: { amount: before?.amount ?? null },
        after: { amount: input.amount },
        budgetsUpdated: budgets,
      },
    });
    return { id: row.id, version: row.version };
  });
}
