import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type Locale } from "@/lib/i18n/config";
import { servedOverHttps } from "@/lib/public-url";

/** At sign-in: the person's kept language becomes this browser's (where a response can set cookies). */
export async function useLanguage(language: Locale | null | undefined) {
  if (!language) return;
  try {
    (await cookies()).set(LOCALE_COOKIE, language, {
      path: "/",
      maxAge: LOCALE_COOKIE_MAX_AGE,
      sameSite: "lax",
      httpOnly: true,
      secure: servedOverHttps(),
    });
  } catch {
    // Outside a request (tests calling the callbacks directly): nothing to set.
  }
}
