import { z } from "zod";
import { optionalText, requiredText } from "@/lib/validation";

/** A county: its name and its two-digit county number (fylkesnummer), e.g. 42 Agder. */
export const createCountySchema = z.object({
  name: requiredText(100, 2),
  code: z
    .string({ error: "validation.required" })
    .trim()
    .regex(/^\d{2}$/, { error: "validation.countyCode" }),
  /** The Statsforvalter's postal address as its letters print it (lib/document/letterhead.ts). */
  senderAddress: optionalText(300),
});
