import { env } from "@/lib/env";
import { publicUrl } from "@/lib/public-url";

/** How long a security.txt is valid (RFC 9116 § 2.5.5: less than a year is recommended). */
const VALID_DAYS = 180;

/**
 * GET /.well-known/security.txt (rewritten here by next.config.js) — where to report a security
 * problem, as RFC 9116 asks: the contact from SECURITY_CONTACT, an expiry, the languages we
 * read and the file's own address. Public on purpose, like /api/health: it holds no user data.
 */
export function GET() {
  const expires = new Date(Date.now() + VALID_DAYS * 24 * 3600 * 1000);
  expires.setUTCHours(0, 0, 0, 0);
  const body = [
    `Contact: ${env().SECURITY_CONTACT}`,
    `Expires: ${expires.toISOString().replace(".000Z", "Z")}`,
    "Preferred-Languages: nb, nn, en",
    `Canonical: ${publicUrl("/.well-known/security.txt")}`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
