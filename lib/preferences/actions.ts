"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/session";
import type { Actor } from "@/lib/auth/actor";
import { formToObject } from "@/lib/form-data";
import { handleForm } from "@/lib/form-handler";
import { safeReturnPath } from "@/lib/auth/return-path";
import { useLanguage } from "@/lib/i18n/cookie";
import { languageSchema } from "@/lib/preferences/schema";
import { setOwnLanguage } from "@/lib/preferences/mutations";

async function ownLanguage(actor: Actor, form: FormData) {
  const result = await handleForm(actor, form, languageSchema, setOwnLanguage);
  return result.ok ? result.data.language : undefined;
}

/**
 * The language switch (a plain form post, so it works without JavaScript):
 * the browser remembers the choice in a cookie; a signed-in person's choice is
 * also kept on them. Back to the same page, now in the chosen language.
 */
export async function setLanguageAction(form: FormData): Promise<void> {
  const back = safeReturnPath(form.get("tilbake"));
  const actor = await getActor();
  // Signed in: validated, kept on the person and audited by the mutation. Otherwise only the browser keeps it.
  const language = actor ? await ownLanguage(actor, form) : languageSchema.safeParse(formToObject(form)).data?.language;
  if (language) await useLanguage(language);
  redirect(back);
}
