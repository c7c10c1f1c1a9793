import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, originOf } from "@/lib/csp";
import { refuseAction } from "@/lib/action-guard";

/** The server actions of this build, from Next's own manifest; null in development or when it cannot be read. */
let knownActions: ReadonlySet<string> | null | undefined;
function actionsOfThisBuild(): ReadonlySet<string> | null {
  if (knownActions !== undefined) return knownActions;
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8"),
    ) as { node?: Record<string, unknown>; edge?: Record<string, unknown> };
    knownActions =
      process.env.NODE_ENV === "production"
        ? new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})])
        : null;
  } catch {
    knownActions = null;
  }
  return knownActions;
}

/**
 * Files people uploaded (forum case attachments). Their route handler asks for `sandbox`, but Next
 * keeps a header the proxy has set over the handler's own, so the sandbox is added here.
 */
const UPLOADED_FILE =
  /^\/(samarbeidsforum\/saker\/[^/]+\/vedlegg|behovsmeldinger\/[^/]+\/vedtak\/klagevedlegg)\/[^/]+\/?$/;

/**
 * Sets the Content-Security-Policy with a fresh script nonce on every page and
 * route response (the way the Next.js docs describe), and refuses server-action
 * posts Next would answer with an error (lib/action-guard.ts). This is not an
 * access check — every page, action and route handler authorizes itself.
 */
export function proxy(request: NextRequest) {
  // A server action posted from another site, or naming no action of this build: a short refusal, not Next's 500 or 400.
  const refusal = refuseAction({
    method: request.method,
    action: request.headers.get("next-action"),
    origin: request.headers.get("origin"),
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    publicUrl: process.env.AUTH_URL ?? null,
    known: request.method === "POST" && request.headers.has("next-action") ? actionsOfThisBuild() : null,
  });
  if (refusal)
    return new NextResponse(refusal.body, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });

  const nonce = createNonce();
  const policy = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    oidcIssuer: originOf(process.env.AUTH_OIDC_ISSUER),
    sandbox: UPLOADED_FILE.test(request.nextUrl.pathname),
  });

  // Next.js takes the nonce from the request's CSP header for its own scripts;
  // server components that render a script of their own read `x-nonce`.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Which instance answered, when several run behind a load balancer and INSTANCE_ID names them (docs/deploy.md).
  const instance = process.env.INSTANCE_ID;
  if (instance) response.headers.set("X-Instance", instance);
  return response;
}

export const config = {
  matcher: [
    {
      // Not for static files (_next/static, _next/image, the icons): a CSP has no effect on them.
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
      // Not for the router's prefetches (RSC payloads, never shown as a document).
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
