// A real OpenID Connect provider for the e2e run (oidc-provider), standing in
// for Feide / ID-porten. Its dev login form accepts any login name: the name
// typed is taken as the person's e-mail, and the subject is derived from it.
//
//   OIDC_PORT (default 9400), OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI (comma-separated)
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT ?? 9400);
const issuer = `http://localhost:${port}`;
// One or more (comma-separated): the e2e portal and the one the empty-database journey starts.
const redirectUris = (process.env.OIDC_REDIRECT_URI ?? "http://localhost:3100/api/auth/callback/oidc")
  .split(",")
  .map((u) => u.trim());

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID ?? "kompetanseportalen",
      client_secret: process.env.OIDC_CLIENT_SECRET ?? "e2e-client-secret",
      redirect_uris: redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Put the claims in the id_token, as Feide does (next-auth reads the id_token).
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  cookies: { keys: ["e2e-only-cookie-key"] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const email = String(id).trim().toLowerCase();
    return {
      accountId: id,
      async claims() {
        return { sub: `feide:${email}`, email, email_verified: true, name: email.slice(0, email.indexOf("@")) };
      },
    };
  },
});

// Silence the dev-interactions warning noise in test output.
provider.on("server_error", (_ctx, err) => console.error("[oidc] server_error", err));

const server = provider.listen(port, () => console.log(`[oidc] test issuer listening on ${issuer}`));
// Closing the server ends the process (nothing else keeps it alive).
const stop = () => {
  server.close();
  server.closeAllConnections?.();
};
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, stop);
// Do not outlive the test run that started us.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop(), 1000).unref();
