/**
 * The portal's Content-Security-Policy. Built per request by proxy.ts
 * with a fresh nonce; Next.js reads the nonce from the request's CSP header and
 * puts it on its own scripts, and 'strict-dynamic' lets those load the chunks.
 * Pure (no Next or Node imports) so it is unit tested: tests/unit/csp.test.ts.
 */

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The origin of an absolute http(s) URL, or null (unset or malformed config is ignored, never trusted). */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.origin : null;
  } catch {
    return null;
  }
}

export function contentSecurityPolicy({
  nonce,
  dev = false,
  oidcIssuer,
  sandbox = false,
}: {
  nonce: string;
  dev?: boolean;
  oidcIssuer?: string | null;
  sandbox?: boolean;
}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // No 'unsafe-inline': only scripts carrying this response's nonce, and what they load.
    // React's dev build evaluates server error stacks with eval, so 'unsafe-eval' in development only.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Style attributes (React `style` props, e.g. the bar chart) cannot carry a nonce, and a nonce in
    // style-src would switch 'unsafe-inline' off; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    // A sign-in form posted before the page is hydrated ends in a redirect to the identity
    // provider, and browsers check form-action on that redirect too.
    "form-action": ["'self'", ...(oidcIssuer ? [oidcIssuer] : [])],
    "object-src": ["'none'"],
    // A file someone uploaded is never run as a page of the portal's origin, even if a browser renders it.
    ...(sandbox ? { sandbox: [] } : {}),
  };
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}
