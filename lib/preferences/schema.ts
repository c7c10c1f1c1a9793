import { z } from "zod";
import { locales } from "@/lib/i18n/config";

/** The language switch: one of the portal's languages, and the page to come back to. */
export const languageSchema = z.object({
  language: z.enum(locales, { error: "validation.choose" }),
  tilbake: z.string().max(500).optional(),
});
export type LanguageInput = z.output<typeof languageSchema>;
