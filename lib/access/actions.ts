"use server";
import type { ActionResult } from "@/lib/action-result";
import { toResult } from "@/lib/action-result";
import { AppError } from "@/lib/errors";
import { formToObject } from "@/lib/form-data";
import { fieldErrors } from "@/lib/validation";
import { runFormAction } from "@/lib/form-action";
import { limitCaller } from "@/lib/rate-limit";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { after } from "next/server";
import { bindingRefSchema, inviteSchema, tokenSchema } from "@/lib/access/schema";
import { invite, removeBinding, requestNewInvitation, revokeInvitation } from "@/lib/access/mutations";

const revalidate = ["/tilgang", "/organisasjoner", "/nettverk", "/fylker", "/admin"];
type Prev<T = null> = ActionResult<T> | null;

export async function inviteAction(
  _prev: Prev<{ id: string; email: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string; email: string }>> {
  return runFormAction(form, inviteSchema, invite, { revalidate, mail: true });
}

export async function revokeInvitationAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, bindingRefSchema, async (a, input) => (await revokeInvitation(a, input), null), {
    revalidate,
  });
}

export async function removeBindingAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, bindingRefSchema, async (a, input) => (await removeBinding(a, input), null), {
    revalidate,
  });
}

/** "Send me a new link" on an expired invitation: public (the link is the proof), rate-limited per address. */
export async function requestNewInvitationAction(
  _prev: Prev<{ email: string }>,
  form: FormData,
): Promise<ActionResult<{ email: string }>> {
  const result = await toResult(async () => {
    const limited = await limitCaller("invitation");
    if (!limited.ok) throw new AppError("RATE_LIMITED", "errors.RATE_LIMITED");
    const parsed = tokenSchema.safeParse(formToObject(form));
    if (!parsed.success) throw new AppError("INVALID", "Ugyldige felt", fieldErrors(parsed.error));
    return requestNewInvitation(parsed.data);
  });
  if (result.ok) after(() => deliverPendingMail().catch((e) => console.error("[mail]", e)));
  return result;
}
