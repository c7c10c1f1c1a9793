import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ENV_KEYS, env } from "@/lib/env";

const ROOT = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(full).isDirectory() ? sources(full) : /\.(ts|tsx|mjs|js)$/.test(name) ? [full] : [];
  });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the environment", () => {
  it("is read only through lib/env.ts in app/ and lib/", () => {
    const readers = [...sources(path.join(ROOT, "app")), ...sources(path.join(ROOT, "lib"))]
      .filter((f) => !f.endsWith(path.join("lib", "env.ts")))
      .filter((f) => /process\.env/.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(ROOT, f));
    expect(readers).toEqual([]);
  });

  it("gives the documented defaults, and takes an empty value as unset", () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u@db.example/kp");
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("MAIL_FROM", undefined);
    vi.stubEnv("RATE_LIMIT_MULTIPLIER", undefined);
    vi.stubEnv("TRUSTED_PROXY_HOPS", undefined);
    const e = env();
    expect(e.AUTH_URL).toBe("http://localhost:3000");
    expect(e.SMTP_URL).toBeUndefined();
    expect(e.MAIL_FROM).toBe("Kompetanseportalen <ikke-svar@kompetanseportalen.no>");
    expect(e.RATE_LIMIT_MULTIPLIER).toBe(1);
    expect(e.TRUSTED_PROXY_HOPS).toBe(1);
  });

  it("follows a variable that changes, and names the one that is wrong", () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u@db.example/kp");
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    expect(env().SMTP_URL).toBe("smtp://127.0.0.1:2525");
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2526");
    expect(env().SMTP_URL).toBe("smtp://127.0.0.1:2526");
    vi.stubEnv("RATE_LIMIT_MULTIPLIER", "many");
    expect(() => env()).toThrow(/RATE_LIMIT_MULTIPLIER/);
    vi.stubEnv("RATE_LIMIT_MULTIPLIER", "100");
    expect(env().RATE_LIMIT_MULTIPLIER).toBe(100);
    vi.stubEnv("SECURITY_CONTACT", "sikkerhet@example.no");
    expect(() => env()).toThrow(/SECURITY_CONTACT/);
  });

  it("lists every run-time variable the README's configuration table documents", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const documented = [...readme.matchAll(/^\| ((?:`[A-Z_]+`(?:, )?)+) \|/gm)].flatMap((m) =>
      [...m[1]!.matchAll(/`([A-Z_]+)`/g)].map((x) => x[1]!),
    );
    // Read by the server script, the embedded database or the build, not by the portal's code.
    const outside = new Set([
      "EMBEDDED_PG_PORT",
      "RESPONSE_CACHE",
      "RESPONSE_CACHE_TTL_MS",
      "RESPONSE_CACHE_MB",
      "WEB_CONCURRENCY",
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
      "NEXT_DEPLOYMENT_ID",
    ]);
    const known: string[] = ENV_KEYS;
    expect(documented.length).toBeGreaterThan(15);
    expect(documented.filter((v) => !outside.has(v) && !known.includes(v))).toEqual([]);
  });
});
