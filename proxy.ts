import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, originOf } from "@/lib/csp";

/**
 * Files people uploaded (forum case attachments). Their route handler asks for `sandbox`, but Next
 * keeps a header the proxy has set over the handler's own, so the sandbox is added here.
 */
const UPLOADED_FILE = /^\/(samarbeidsforum\/saker\/[^/]+\/vedlegg|behovsmeldinger\/[^/]+\/vedtak\/klagevedlegg)\/[^/]+\/?$/;

/**
 * Sets the Content-Security-Policy with a fresh script nonce on every page and
 * route response (the way the Next.js docs describe). Headers only: this is not
 * an access check — every page, action and route handler authorizes itself.
 */
export function proxy(request: NextRequest) {
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
