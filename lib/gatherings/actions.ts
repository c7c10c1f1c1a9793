"use server";
import { limitCaller } from "@/lib/rate-limit";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import { toResult } from "@/lib/action-result";
import { formToObject } from "@/lib/form-data";
import { fieldErrors } from "@/lib/validation";
import { AppError } from "@/lib/errors";
import { evaluator } from "@/lib/gatherings/evaluator-cookie";
import {
  attendanceSchema,
  cancelGatheringSchema,
  cancelRegistrationSchema,
  copyGatheringSchema,
  createGatheringSchema,
  evaluationSchema,
  registrationSchema,
  updateGatheringSchema,
  walkInSchema,
} from "@/lib/gatherings/schema";
import {
  addWalkIn,
  cancelRegistration,
  copyGathering,
  createGathering,
  markAttendance,
  register,
  setGatheringCancelled,
  submitEvaluation,
  updateGathering,
} from "@/lib/gatherings/mutations";

const revalidate = ["/samlinger", "/tiltak", "/kalender"];
type Prev<T = null> = ActionResult<T> | null;

export async function createGatheringAction(
  _prev: Prev<{ id: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction(form, createGatheringSchema, createGathering, { revalidate });
  if (result.ok) redirect(`/samlinger/${result.data.id}`);
  return result;
}

export async function updateGatheringAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, updateGatheringSchema, async (a, input) => (await updateGathering(a, input), null), {
    revalidate,
  });
}

export async function setGatheringCancelledAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, cancelGatheringSchema, async (a, input) => (await setGatheringCancelled(a, input), null), {
    revalidate,
  });
}

export async function copyGatheringAction(
  _prev: Prev<{ id: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction(form, copyGatheringSchema, copyGathering, { revalidate });
  if (result.ok) redirect(`/samlinger/${result.data.id}`);
  return result;
}

export async function registerAction(
  _prev: Prev<{ id: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  return runFormAction(form, registrationSchema, (a, input) => register(a, input), { revalidate });
}

export async function cancelRegistrationAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, cancelRegistrationSchema, async (a, input) => (await cancelRegistration(a, input), null), {
    revalidate,
  });
}

export async function markAttendanceAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, attendanceSchema, async (a, input) => (await markAttendance(a, input), null), {
    revalidate,
  });
}

export async function addWalkInAction(
  _prev: Prev<{ id: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  return runFormAction(form, walkInSchema, (a, input) => addWalkIn(a, input), { revalidate });
}

/** The evaluation form needs no account: it is answered through the gathering's secret link. */
export async function submitEvaluationAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return toResult(async () => {
    const limited = await limitCaller("evaluation");
    if (!limited.ok)
      throw new AppError(
        "RATE_LIMITED",
        `For mange svar fra denne adressen. Vent ${limited.retryAfter} sekunder og prøv igjen.`,
      );
    const parsed = evaluationSchema.safeParse(formToObject(form));
    if (!parsed.success) throw new AppError("INVALID", "Ugyldige felt", fieldErrors(parsed.error));
    await submitEvaluation(parsed.data, await evaluator());
    return null;
  });
}
