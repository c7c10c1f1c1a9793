"use server";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import { allocationSchema, carrySchema, recommendationsSchema } from "@/lib/allocations/schema";
import { carryLeftover, decideAllocation, recordRecommendations } from "@/lib/allocations/mutations";

const revalidate = ["/budsjett", "/behovsmeldinger", "/samarbeidsforum"];

export async function recordRecommendationsAction(
  _prev: ActionResult<{ total: number }> | null,
  form: FormData,
): Promise<ActionResult<{ total: number }>> {
  return runFormAction(form, recommendationsSchema, recordRecommendations, { revalidate });
}

export async function decideAllocationAction(
  _prev: ActionResult<{ amount: number }> | null,
  form: FormData,
): Promise<ActionResult<{ amount: number }>> {
  return runFormAction(form, allocationSchema, (a, input) => decideAllocation(a, input), { revalidate, mail: true });
}

export async function carryLeftoverAction(
  _prev: ActionResult<{ amount: number }> | null,
  form: FormData,
): Promise<ActionResult<{ amount: number }>> {
  return runFormAction(form, carrySchema, carryLeftover, { revalidate });
}
