import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { instancePorts, nginxPortalConfig } from "../../scripts/two-instances.mjs";

/** What running several instances (docs/deploy.md) needs from the configuration. */
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function freshEnv() {
  vi.resetModules();
  return (await import("@/lib/env")).env();
}

describe("configuration for several instances", () => {
  it("DATABASE_POOL_MAX sets each instance's connection pool (default 10), within 1–100", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u@db.example/kp");
    vi.stubEnv("DATABASE_POOL_MAX", undefined);
    expect((await freshEnv()).DATABASE_POOL_MAX).toBe(10);
    vi.stubEnv("DATABASE_POOL_MAX", "4");
    expect((await freshEnv()).DATABASE_POOL_MAX).toBe(4);
    vi.stubEnv("DATABASE_POOL_MAX", "0");
    await expect(freshEnv()).rejects.toThrow(/DATABASE_POOL_MAX/);
  });

  it("RATE_LIMIT_PREFIX separates the rate-limit keys of deployments (and test runs) that share a Redis", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u@db.example/kp");
    vi.stubEnv("RATE_LIMIT_PREFIX", "kp-staging");
    const { limiter } = await import("@/lib/rate-limit");
    expect(limiter("job", { redis: null }).keyPrefix).toBe("kp-staging:job:memory");
    expect(limiter("job", { redis: null, prefix: "explicit" }).keyPrefix).toBe("explicit:job:memory");
    vi.stubEnv("RATE_LIMIT_PREFIX", undefined);
    expect(limiter("signIn", { redis: null }).keyPrefix).toBe("kp:signIn:memory");
  });

  it("docs/deploy.md shows the nginx configuration the two-instance test runs with", () => {
    const docs = readFileSync(new URL("../../docs/deploy.md", import.meta.url), "utf8");
    const block = docs.match(
      /<!-- nginx: scripts\/two-instances\.mjs --nginx-config -->\s*```nginx\n([\s\S]*?)```/,
    )?.[1];
    expect(block, "the marked nginx block in docs/deploy.md").toBeTruthy();
    expect(block).toBe(
      nginxPortalConfig({ listen: 3190, upstreams: instancePorts(3190).map((p) => `127.0.0.1:${p}`) }),
    );
  });
});
