"use server";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import {
  acceptSchema,
  appealBodySchema,
  appealDecisionSchema,
  appealSchema,
  archiveNumbersSchema,
  letterSchema,
  sendSchema,
} from "@/lib/decision-letters/schema";
import {
  acceptLetter,
  decideAppeal,
  fileAppeal,
  recordArchiveNumbers,
  sendLetter,
  setAppealBody,
  updateLetterDraft,
} from "@/lib/decision-letters/mutations";

const revalidate = ["/behovsmeldinger", "/budsjett"];

export async function saveLetterAction(_prev: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, letterSchema, async (a, input) => (await updateLetterDraft(a, input), null), {
    revalidate,
  });
}

export async function sendLetterAction(
  _prev: ActionResult<{ sentAt: Date }> | null,
  form: FormData,
): Promise<ActionResult<{ sentAt: Date }>> {
  return runFormAction(form, sendSchema, (a, input) => sendLetter(a, input), { revalidate, mail: true });
}

export async function acceptLetterAction(
  _prev: ActionResult<{ acceptedAt: Date }> | null,
  form: FormData,
): Promise<ActionResult<{ acceptedAt: Date }>> {
  return runFormAction(form, acceptSchema, (a, input) => acceptLetter(a, input), { revalidate });
}

export async function fileAppealAction(
  _prev: ActionResult<{ id: string; late: boolean; deadline: Date }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string; late: boolean; deadline: Date }>> {
  return runFormAction(form, appealSchema, (a, input) => fileAppeal(a, input), { revalidate, mail: true });
}

export async function decideAppealAction(
  _prev: ActionResult<{ letterId: string }> | null,
  form: FormData,
): Promise<ActionResult<{ letterId: string }>> {
  return runFormAction(form, appealDecisionSchema, (a, input) => decideAppeal(a, input), { revalidate, mail: true });
}

export async function archiveNumbersAction(
  _prev: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  return runFormAction(form, archiveNumbersSchema, async (a, input) => (await recordArchiveNumbers(a, input), null), {
    revalidate,
  });
}

export async function setAppealBodyAction(
  _prev: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  return runFormAction(form, appealBodySchema, async (a, input) => (await setAppealBody(a, input), null), {
    revalidate: ["/admin"],
  });
}
