/**
 * Pages read the signed-in person from the session cookie themselves (lib/auth/session-token.ts)
 * instead of through Auth.js's session endpoint. Tokens here are made by Auth.js's own encode,
 * as sign-in makes them.
 */
import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { personOfSessionToken } from "@/lib/auth/session-token";

const secret = "a-secret-of-the-portal-at-least-32-chars";
const name = "authjs.session-token";
const token = (personId: unknown, maxAge = 3600, salt = name, key = secret) =>
  encode({ token: { personId, sub: "x" }, secret: key, salt, maxAge });

describe("the person of a session cookie", () => {
  it("is the one Auth.js put in the token", async () => {
    expect(await personOfSessionToken(name, await token("gen-person-sf-01"), secret)).toBe("gen-person-sf-01");
  });

  it("is nobody when the token was made with another secret, for another cookie, or altered", async () => {
    expect(
      await personOfSessionToken(name, await token("p", 3600, name, "another-secret-of-at-least-32-chars!!"), secret),
    ).toBeNull();
    expect(
      await personOfSessionToken(name, await token("p", 3600, "__Secure-authjs.session-token"), secret),
    ).toBeNull();
    const good = await token("p");
    const altered = `${good.slice(0, -4)}${good.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await personOfSessionToken(name, altered, secret)).toBeNull();
    expect(await personOfSessionToken(name, "not a token", secret)).toBeNull();
  });

  it("is nobody once the token has expired, also when it was read before", async () => {
    const t = await token("p", 60);
    const now = Date.now() / 1000;
    expect(await personOfSessionToken(name, t, secret, now)).toBe("p");
    expect(await personOfSessionToken(name, t, secret, now + 61)).toBeNull();
  });

  it("is nobody when the token holds no person", async () => {
    expect(await personOfSessionToken(name, await token(undefined), secret)).toBeNull();
    expect(await personOfSessionToken(name, await token(42), secret)).toBeNull();
  });
});
