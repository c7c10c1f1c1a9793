import { z } from "zod";
import { kronerText, optionalText, recordId } from "@/lib/validation";

export const SCHEMES = ["DESENTRALISERT", "REGIONAL", "KOMPETANSELOFTET"] as const;

/** A county's allocated amount for a scheme and year; version 0 when there is none yet. */
export const countyAllocationSchema = z.object({
  countyId: recordId,
  year: z.coerce
    .number({ error: "validation.year" })
    .int({ error: "validation.year" })
    .min(2020, { error: "validation.year" })
    .max(2100, { error: "validation.year" }),
  scheme: z.enum(SCHEMES, { error: "validation.choose" }),
  amount: kronerText,
  version: z.coerce
    .number({ error: "validation.badRequest" })
    .int({ error: "validation.badRequest" })
    .min(0, { error: "validation.badRequest" })
    .max(2_147_483_647, { error: "validation.badRequest" }),
  note: optionalText(1000),
});
