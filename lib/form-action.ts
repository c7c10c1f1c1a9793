import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import type { z } from "zod";
import { getActor } from "@/lib/session";
import type { ActionResult } from "@/lib/action-result";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { handleForm } from "@/lib/form-handler";
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
  const result = await handleForm(await getActor(), form, schema, work);
  if (result.ok) {
    for (const path of options.revalidate ?? []) revalidatePath(path, "layout");
    if (options.mail) after(() => deliverPendingMail().catch((e) => console.error("[mail]", e)));
  }
  return result;
}
