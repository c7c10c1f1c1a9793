"use server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import { createRoundSchema, roundStepSchema, updateRoundSchema } from "@/lib/rounds/schema";
import { createRound, stepRound, updateRound } from "@/lib/rounds/mutations";
import type { RoundStep } from "@/lib/rounds/policy";

const revalidate = ["/admin/runder", "/", "/behovsmeldinger"];
type Prev<T = null> = ActionResult<T> | null;

export async function createRoundAction(
  _prev: Prev<{ id: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction(form, createRoundSchema, createRound, { revalidate });
  if (result.ok) redirect(`/admin/runder/${result.data.id}`);
  return result;
}

export async function updateRoundAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, updateRoundSchema, async (a, input) => (await updateRound(a, input), null), {
    revalidate,
  });
}

export async function stepRoundAction(
  _prev: Prev<{ recipients: number; step: RoundStep }>,
  form: FormData,
): Promise<ActionResult<{ recipients: number; step: RoundStep }>> {
  return runFormAction(form, roundStepSchema, (a, input) => stepRound(a, input), { revalidate, mail: true });
}
