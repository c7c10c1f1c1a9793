"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import { checkbox } from "@/lib/validation";
import { createBudgetSchema, scenarioRefSchema, scenarioSchema, uhSplitSchema, updateBudgetSchema } from "@/lib/budget/schema";
import { createBudget, createScenario, decideScenario, deleteScenario, importKeyData, recomputeScenario, setUhSplit, updateBudget, type KeyImportPreview } from "@/lib/budget/mutations";

const revalidate = ["/budsjett"];
type Result<T = null> = Promise<ActionResult<T>>;

export async function createBudgetAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Result<{ id: string }> {
  const result = await runFormAction(form, createBudgetSchema, createBudget, { revalidate });
  if (result.ok) redirect(`/budsjett/${result.data.id}`);
  return result;
}

export async function updateBudgetAction(_prev: ActionResult<null> | null, form: FormData): Result {
  return runFormAction(form, updateBudgetSchema, async (a, input) => (await updateBudget(a, input), null), { revalidate });
}

export async function setUhSplitAction(_prev: ActionResult<null> | null, form: FormData): Result {
  return runFormAction(form, uhSplitSchema, async (a, input) => (await setUhSplit(a, input), null), { revalidate });
}

export async function createScenarioAction(_prev: ActionResult<{ id: string }> | null, form: FormData): Result<{ id: string }> {
  return runFormAction(form, scenarioSchema, createScenario, { revalidate });
}

/** One action for the buttons on a scenario: compute again, delete, or mark as decided. */
export async function scenarioStepAction(_prev: ActionResult<null> | null, form: FormData): Result {
  const schema = scenarioRefSchema
    .extend({ step: z.enum(["recompute", "delete", "decide"], { error: "validation.badRequest" }), confirm: checkbox })
    .refine((v) => v.step !== "decide" || v.confirm, { path: ["confirm"], error: "validation.confirmDecide" });
  return runFormAction(
    form,
    schema,
    async (a, { step, id, version }) => {
      const ref = { id, version };
      if (step === "recompute") await recomputeScenario(a, ref);
      else if (step === "delete") await deleteScenario(a, ref);
      else await decideScenario(a, ref);
      return null;
    },
    { revalidate },
  );
}

const importSchema = z.object({
  file: z.instanceof(File, { error: "validation.import.noFile" }).refine((f) => f.size > 0, { error: "validation.import.noFile" }),
  confirm: checkbox,
  digest: z.string().max(64).optional(),
});

/** Preview (nothing written) or, with `confirm`, the import of the previewed file. */
export async function importKeyDataAction(_prev: ActionResult<KeyImportPreview> | null, form: FormData): Result<KeyImportPreview> {
  return runFormAction(form, importSchema, importKeyData, { revalidate });
}
