import "server-only";
import { cookies } from "next/headers";
import { servedOverHttps } from "@/lib/public-url";

/**
 * Between "Ta imot invitasjonen" and the return from the identity provider,
 * the invitation's token waits in a short-lived cookie that only the sign-in
 * callback reads (httpOnly, path /api/auth, SameSite=Lax so the provider's
 * redirect back carries it). The callback takes it out once.
 */
const NAME = "kp-invitasjon";

export async function holdInvitation(token: string) {
  (await cookies()).set(NAME, token, {
    path: "/api/auth",
    maxAge: 15 * 60,
    sameSite: "lax",
    httpOnly: true,
    secure: servedOverHttps(),
  });
}

/** The waiting token, removed as it is read; null outside a request or when there is none. */
export async function takeInvitation(): Promise<string | null> {
  try {
    const jar = await cookies();
    const token = jar.get(NAME)?.value ?? null;
    if (token) jar.delete({ name: NAME, path: "/api/auth" });
    return token;
  } catch {
    return null;
  }
}
