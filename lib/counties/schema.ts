import { z } from "zod";
import { requiredText } from "@/lib/validation";

/** A county: its name and its two-digit county number (fylkesnummer), e.g. 42 Agder. */
export const createCountySchema = z.object({
  name: requiredText(100, 2),
  code: z.string({ error: "validation.required" }).trim().regex(/^\d{2}$/, { error: "validation.countyCode" }),
});
