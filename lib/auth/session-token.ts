import "server-only";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";

/** The session cookie's names: Auth.js's, with the __Secure- prefix when the portal is served over https. */
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
/** Decoded tokens by value (a token is immutable: the same value always holds the same person until it expires). */
const decoded = new Map<string, { personId: string | null; exp: number }>();
const REMEMBERED = 5_000;

/**
 * The person of the request's session, read from the session cookie here rather than through
 * auth(): Auth.js answers auth() by running its whole session endpoint on a made-up request —
 * decrypting the token, encrypting a renewed one and building a Response — which was the largest
 * fixed cost of every rendered page (docs/performance.md). A page cannot set that renewed cookie
 * anyway; a server action can, so `undefined` sends actions (and a token split over several
 * cookies, or a missing secret) on to auth(), which renews the session as before.
 * null: no session, or one that does not decrypt with the portal's secret or has expired.
 */
export async function sessionPersonId(): Promise<string | null | undefined> {
  const secret = env().AUTH_SECRET;
  if (!secret || (await headers()).has("next-action")) return undefined;
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    if (jar.has(`${name}.0`)) return undefined;
    const token = jar.get(name)?.value;
    if (token) return personOfSessionToken(name, token, secret);
  }
  return null;
}

/**
 * The person a session token (the value of the cookie `name`) holds, decrypted with `secret`; null
 * when it does not decrypt, holds no person or has expired at `now` (seconds). Remembered by value.
 */
export async function personOfSessionToken(
  name: string,
  token: string,
  secret: string,
  now = Date.now() / 1000,
): Promise<string | null> {
  const key = `${name}\n${token}`;
  let entry = decoded.get(key);
  if (!entry) {
    const payload = await decode({ token, secret, salt: name }).catch(() => null);
    entry = {
      personId: typeof payload?.personId === "string" ? payload.personId : null,
      exp: typeof payload?.exp === "number" ? payload.exp : 0,
    };
    if (decoded.size >= REMEMBERED) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, entry);
  }
  return entry.exp > now ? entry.personId : null;
}
