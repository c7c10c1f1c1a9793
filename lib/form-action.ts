import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import type { z } from "zod";
import { getActor } from "@/lib/session";
import { AppError } from "@/lib/errors";
import { toResult, type ActionResult } from "@/lib/action-result";
import { formToObject } from "@/lib/form-data";
import { fieldErrors } from "@/lib/validation";
import { deliverPendingMail } from "@/lib/mail/outbox";
import type { Actor } from "@/lib/auth/actor";

/**
 * The four steps of every form action: the signed-in actor (UNAUTHENTICATED
 * otherwise, so the form keeps the input), the posted form validated by the
 * capability's zod schema, the mutation (which authorizes, writes in a
 * transaction and audits), then revalidation and mail delivery after the
 * response. Expected failures come back as an ActionResult, never thrown.
 */
export async function runFormAction<S extends z.ZodType, T>(
  form: FormData,
  schema: S,
  work: (actor: Actor, input: z.output<S>) => Promise<T>,
  options: { revalidate?: string[]; mail?: boolean } = {},
): Promise<ActionResult<T>> {
  return toResult(async () => {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const parsed = schema.safeParse(formToObject(form));
    if (!parsed.success) throw new AppError("INVALID", "Ugyldige felt", fieldErrors(parsed.error));
    const out = await work(actor, parsed.data);
    for (const path of options.revalidate ?? []) revalidatePath(path, "layout");
    if (options.mail) after(() => deliverPendingMail().catch((e) => console.error("[mail]", e)));
    return out;
  });
}
