"use server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import {
  createBudgetSchema,
  importSchema,
  scenarioSchema,
  scenarioStepSchema,
  uhSplitSchema,
  updateBudgetSchema,
} from "@/lib/budget/schema";
import {
  createBudget,
  createScenario,
  importKeyData,
  scenarioStep,
  setUhSplit,
  updateBudget,
  type KeyImportPreview,
} from "@/lib/budget/mutations";

const revalidate = ["/budsjett"];
type Result<T = null> = Promise<ActionResult<T>>;

export async function createBudgetAction(
  _prev: ActionResult<{ id: string }> | null,
  form: FormData,
): Result<{ id: string }> {
  const result = await runFormAction(form, createBudgetSchema, createBudget, { revalidate });
  if (result.ok) redirect(`/budsjett/${result.data.id}`);
  return result;
}

export async function updateBudgetAction(_prev: ActionResult<null> | null, form: FormData): Result {
  return runFormAction(form, updateBudgetSchema, async (a, input) => (await updateBudget(a, input), null), {
    revalidate,
  });
}

export async function setUhSplitAction(_prev: ActionResult<null> | null, form: FormData): Result {
  return runFormAction(form, uhSplitSchema, async (a, input) => (await setUhSplit(a, input), null), { revalidate });
}

export async function createScenarioAction(
  _prev: ActionResult<{ id: string }> | null,
  form: FormData,
): Result<{ id: string }> {
  return runFormAction(form, scenarioSchema, createScenario, { revalidate });
}

/** One action for the buttons on a scenario: compute again, delete, or mark as decided. */
export async function scenarioStepAction(_prev: ActionResult<null> | null, form: FormData): Result {
  return runFormAction(form, scenarioStepSchema, async (a, input) => (await scenarioStep(a, input), null), {
    revalidate,
  });
}

/** Preview (nothing written) or, with `confirm`, the import of the previewed file. */
export async function importKeyDataAction(
  _prev: ActionResult<KeyImportPreview> | null,
  form: FormData,
): Result<KeyImportPreview> {
  return runFormAction(form, importSchema, importKeyData, { revalidate });
}
