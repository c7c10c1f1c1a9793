import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { toResult, type ActionResult } from "@/lib/action-result";
import { formToObject } from "@/lib/form-data";
import { fieldErrors } from "@/lib/validation";
import type { Actor } from "@/lib/auth/actor";

/**
 * The request-independent core of a form action — actor check, parse,
 * validate, mutate, map expected errors — so tests can post forms to it
 * as the server does (tests/integration/hostile-input.test.ts).
 */
export async function handleForm<S extends z.ZodType, T>(
  actor: Actor | null,
  form: FormData,
  schema: S,
  work: (actor: Actor, input: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  return toResult(async () => {
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const parsed = schema.safeParse(formToObject(form));
    if (!parsed.success) throw new AppError("INVALID", "Ugyldige felt", fieldErrors(parsed.error));
    return work(actor, parsed.data);
  });
}
