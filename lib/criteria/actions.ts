"use server";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import { assessmentSchema } from "@/lib/criteria/schema";
import { saveAssessment } from "@/lib/criteria/mutations";

export async function saveAssessmentAction(
  _prev: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  return runFormAction(form, assessmentSchema, async (a, input) => (await saveAssessment(a, input), null), {
    revalidate: ["/budsjett"],
  });
}
