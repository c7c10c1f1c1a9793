"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/session";
import { formToObject } from "@/lib/form-data";
import { handleForm } from "@/lib/form-handler";
import { safeReturnPath } from "@/lib/auth/return-path";
import { useLanguage } from "@/lib/i18n/cookie";
import { languageSchema } from "@/lib/preferences/schema";
import { setOwnLanguage } from "@/lib/preferences/mutations";

/**
 * The language switch (a plain form post, so it works without JavaScript):
 * the browser remembers the choice in a cookie; a signed-in person's choice is
 * also kept on them. Back to the same page, now in the chosen language.
 */
export async function setLanguageAction(form: FormData): Promise<void> {
  const parsed = languageSchema.safeParse(formToObject(form));
  const back = safeReturnPath(form.get("tilbake"));
  if (!parsed.success) redirect(back);
  const actor = await getActor();
  if (actor) {
    const result = await handleForm(actor, form, languageSchema, setOwnLanguage);
    if (!result.ok) redirect(back);
  }
  await useLanguage(parsed.data.language);
  redirect(back);
}
