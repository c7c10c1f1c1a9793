/**
 * A server-action POST that Next.js would refuse with an error page: one from
 * another site's page (its `Origin` is not this portal's), or one naming an
 * action this build does not have. The proxy answers those itself, with a
 * short plain-text refusal (403, 404), before Next turns them into a 500 or a
 * 400. Pure, so the rule is tested without a server (tests/unit/action-guard.test.ts).
 */
export type ActionRequest = {
  method: string;
  /** the `Next-Action` header: the action's id */
  action: string | null;
  origin: string | null;
  /** the host the browser addressed: `X-Forwarded-Host` behind a proxy, else `Host` */
  host: string | null;
  /** the portal's public address (AUTH_URL), also accepted as the origin */
  publicUrl: string | null;
  /** the action ids of this build; null when they cannot be read (then only the origin is checked) */
  known: ReadonlySet<string> | null;
};

export type Refusal = { status: 403 | 404; body: string };

const hostOf = (url: string | null) => {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
};

export function refuseAction(r: ActionRequest): Refusal | null {
  if (r.method !== "POST" || r.action === null) return null;
  if (r.origin !== null) {
    const origin = hostOf(r.origin);
    const allowed = [r.host?.split(",")[0]?.trim().toLowerCase() ?? null, hostOf(r.publicUrl)].filter(Boolean);
    if (!origin || !allowed.includes(origin))
      return { status: 403, body: "Forespørselen kom fra en annen nettside og er avvist." };
  }
  if (r.known && !r.known.has(r.action)) return { status: 404, body: "Ukjent handling. Last siden på nytt." };
  return null;
}
