import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { hashToken } from "@/lib/access/tokens";
import { servedOverHttps } from "@/lib/public-url";

/**
 * One evaluation per participant, without an account: the browser that
 * answers gets a random key in a cookie (httpOnly, only for /evaluering), and
 * the answer stores the key's hash, unique per gathering. A second attempt
 * from that browser is told it has answered. (Someone who clears the cookie
 * or uses another device can answer again; the answers stay anonymous — the
 * key says nothing about the person.)
 */
const NAME = "kp-evaluerer";
const PATH = "/evaluering";

/** The hash of this browser's key, or null when it has never answered. */
export async function knownEvaluator(): Promise<string | null> {
  const key = (await cookies()).get(NAME)?.value;
  return key && key.length >= 20 && key.length <= 64 ? hashToken(key) : null;
}

/** The hash of this browser's key, giving it one first (in a server action, which may set cookies). */
export async function evaluator(): Promise<string> {
  const known = await knownEvaluator();
  if (known) return known;
  const key = randomBytes(24).toString("base64url");
  (await cookies()).set(NAME, key, {
    path: PATH,
    maxAge: 2 * 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: true,
    secure: servedOverHttps(),
  });
  return hashToken(key);
}
