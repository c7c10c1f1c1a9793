"use server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import {
  contributorsSchema,
  createMeasureSchema,
  participationSchema,
  semesterPlanSchema,
  updateMeasureSchema,
} from "@/lib/measures/schema";
import {
  createMeasure,
  setContributors,
  setParticipation,
  setSemesterPlan,
  updateMeasure,
} from "@/lib/measures/mutations";

const revalidate = ["/tiltak", "/samlinger", "/kalender"];
type Prev<T = null> = ActionResult<T> | null;

export async function createMeasureAction(
  _prev: Prev<{ id: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction(form, createMeasureSchema, createMeasure, { revalidate });
  if (result.ok) redirect(`/tiltak/${result.data.id}`);
  return result;
}

export async function updateMeasureAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, updateMeasureSchema, async (a, input) => (await updateMeasure(a, input), null), {
    revalidate,
  });
}

export async function setParticipationAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, participationSchema, async (a, input) => (await setParticipation(a, input), null), {
    revalidate,
  });
}

export async function setContributorsAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, contributorsSchema, async (a, input) => (await setContributors(a, input), null), {
    revalidate,
  });
}

export async function setSemesterPlanAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, semesterPlanSchema, async (a, input) => (await setSemesterPlan(a, input), null), {
    revalidate,
  });
}
