import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, originOf } from "@/lib/csp";

function directives(policy: string) {
  return new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));
}

describe("the Content-Security-Policy (proxy.ts)", () => {
  it("allows scripts only with the request's nonce, never inline or eval in production", () => {
    const d = directives(contentSecurityPolicy({ nonce: "abc123==" }));
    expect(d.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' only in development", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n" })).not.toContain("unsafe-eval");
  });

  it("lets sign-in forms go on to the identity provider, and nowhere else", () => {
    const d = directives(
      contentSecurityPolicy({ nonce: "n", oidcIssuer: originOf("https://auth.dataporten.no/openid/") }),
    );
    expect(d.get("form-action")).toEqual(["'self'", "https://auth.dataporten.no"]);
    expect(originOf(undefined)).toBeNull();
    expect(originOf("not a url")).toBeNull();
    expect(originOf("javascript:alert(1)")).toBeNull();
    expect(originOf("http://localhost:9400")).toBe("http://localhost:9400");
  });

  it("sandboxes uploaded files", () => {
    expect(contentSecurityPolicy({ nonce: "n", sandbox: true })).toMatch(/; sandbox$/);
    expect(contentSecurityPolicy({ nonce: "n" })).not.toContain("sandbox");
  });

  it("makes a new, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
