import { z } from "zod";
import {
  accountNumberProblem,
  normaliseDigits,
  normalisePhone,
  orgNumberProblem,
  type Mod11Problem,
} from "@/lib/norwegian-ids";

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

const stripAmount = (v: string) =>
  v
    .replace(/[\s\u00a0\u202f.]/g, "")
    .replace(/kr$/i, "")
    .replace(/,-$/, "");

/** Whole kroner as typed in a form ("1 580 000", "1.580.000", "1580000 kr"); empty is "missing". */
export const kronerText = z.preprocess((v) => {
  if (typeof v !== "string") return v;
  const cleaned = stripAmount(v);
  if (cleaned === "") return undefined;
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}, kroner);

/** A required text with a minimum length (message keys from the catalogue). */
export const requiredText = (max = 10_000, min = 1, minMessage = "validation.required") =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(min, { error: minMessage })
    .max(max, { error: "validation.tooLong" });

/** An optional text; empty becomes null. */
export const optionalText = (max = 10_000) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .optional()
    .transform((v) => (v ? v : null));

/** A date from <input type="date">: "2023-03-09" — a real day (no 30 February) between 1990 and 2100. */
export const isoDate = z
  .string({ error: "validation.date" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
  .refine(
    (v) => {
      const [y, m, d] = v.split("-").map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return y >= 1990 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: "validation.date" },
  );

/** A clock time from <input type="time">: "09:15". */
export const clock = z
  .string({ error: "validation.time" })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" });

/** A record id as posted by a form (never trusted: every mutation scopes it). */
export const recordId = z
  .string({ error: "validation.badRequest" })
  .min(1, { error: "validation.badRequest" })
  .max(64, { error: "validation.badRequest" })
  .regex(/^[^\u0000]+$/, { error: "validation.badRequest" });

/** A record chosen in a select: empty means the user has not chosen yet. */
export const chosenId = z
  .string({ error: "validation.choose" })
  .min(1, { error: "validation.choose" })
  .max(64, { error: "validation.badRequest" });

/** An optimistic-lock version as posted by a form (0 = "there was none yet" where `min` allows it). */
export const versionField = z.coerce
  .number({ error: "validation.badRequest" })
  .int({ error: "validation.badRequest" })
  .min(1, { error: "validation.badRequest" })
  .max(2_147_483_647, { error: "validation.badRequest" });

/** An optional web link: http(s) only (never javascript: or data:), empty is none. */
export const optionalHttpUrl = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
  z
    .url({ protocol: /^https?$/, error: "validation.url" })
    .max(500, { error: "validation.tooLong" })
    .optional(),
);

/** Ids from checkboxes (one or many posted under one name), each at most once. */
export const idList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(recordId)
    .max(100, { error: "validation.tooMany" })
    .refine((l) => new Set(l).size === l.length, { error: "validation.badRequest" }),
);

/** A checkbox: present ("on") or absent. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const text = (max = 10_000) => z.string().trim().max(max, { error: "validation.tooLong" });

/** A MOD11 number's message tells a wrong count of digits from a wrong check digit. */
const mod11Field = (problem: (v: string) => Mod11Problem | null, messages: Record<Mod11Problem, string>) =>
  z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      const p = v === "" ? null : problem(v);
      if (p) ctx.addIssue({ code: "custom", message: messages[p] });
    })
    .transform((v) => normaliseDigits(v));

export const orgNumber = mod11Field(orgNumberProblem, {
  length: "validation.orgNumberLength",
  checkDigit: "validation.orgNumber",
});
export const accountNumber = mod11Field(accountNumberProblem, {
  length: "validation.accountNumberLength",
  checkDigit: "validation.accountNumber",
});

export const email = z
  .string()
  .trim()
  .refine((v) => v === "" || z.email().safeParse(v).success, { error: "validation.email" });

/** Norwegian phone numbers as people write them (8 digits; +47, 0047 or 47 in front; spaces or none), stored as "48 13 36 53". */
export const phone = z
  .string()
  .trim()
  .refine((v) => v === "" || normalisePhone(v) !== null, { error: "validation.phone" })
  .transform((v) => (v === "" ? v : normalisePhone(v)!));

/** Turns a zod error into { "path.to.field": messageKey } (first message per field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    if (!out[key]) out[key] = issue.message;
  }
  return out;
}
