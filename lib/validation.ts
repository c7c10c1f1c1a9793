import { z } from "zod";
import { isValidAccountNumber, isValidOrgNumber, normaliseDigits } from "@/lib/norwegian-ids";

/**
 * Field types shared by every form. Messages are keys into the `validation`
 * message catalogue (lib/i18n/messages), so the same schema serves the browser
 * and the server in any language.
 */
export const kroner = z
  .number({ error: "validation.amount" })
  .int({ error: "validation.wholeKroner" })
  .min(0, { error: "validation.notNegative" })
  .max(1_000_000_000, { error: "validation.tooLarge" });

export const optionalKroner = kroner.nullable();

export const text = (max = 10_000) => z.string().trim().max(max, { error: "validation.tooLong" });

export const orgNumber = z
  .string()
  .trim()
  .refine((v) => v === "" || isValidOrgNumber(v), { error: "validation.orgNumber" })
  .transform((v) => normaliseDigits(v));

export const accountNumber = z
  .string()
  .trim()
  .refine((v) => v === "" || isValidAccountNumber(v), { error: "validation.accountNumber" })
  .transform((v) => normaliseDigits(v));

export const email = z
  .string()
  .trim()
  .refine((v) => v === "" || z.email().safeParse(v).success, { error: "validation.email" });

/** Norwegian phone numbers: 8 digits, optionally +47 / 0047, spaces allowed. */
export const phone = z
  .string()
  .trim()
  .refine((v) => v === "" || /^(\+47|0047)?\d{8}$/.test(v.replace(/[\s.-]/g, "")), { error: "validation.phone" });

/** Turns a zod error into { "path.to.field": messageKey } (first message per field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    if (!out[key]) out[key] = issue.message;
  }
  return out;
}
