import { afterAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { LIMITS, limiter, take, whenConnected } from "@/lib/rate-limit";

/** Sign-in and unauthenticated endpoints are rate limited: in memory on one instance, and shared by all instances through a real Redis. */
const redisA = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
const redisB = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
const prefix = `test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

afterAll(async () => {
  const keys = await redisA.keys(`${prefix}*`);
  if (keys.length) await redisA.del(...keys);
  redisA.disconnect();
  redisB.disconnect();
});

describe("rate limits", () => {
  it("in memory: the (n+1)th sign-in attempt from one address within a minute is refused with a wait; another address is not affected", async () => {
    const l = limiter("signIn", { redis: null, prefix: `${prefix}-mem` });
    const n = LIMITS.signIn.points;
    for (let i = 0; i < n; i++) expect((await take(l, "10.0.0.1")).ok).toBe(true);
    const refused = await take(l, "10.0.0.1");
    expect(refused).toMatchObject({ ok: false });
    expect((refused as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    expect((refused as { retryAfter: number }).retryAfter).toBeLessThanOrEqual(60);
    expect((await take(l, "10.0.0.2")).ok).toBe(true);
  });

  it("through Redis: two instances share the count, so the limit holds across them", async () => {
    // Two limiters with separate Redis connections stand for two app instances (connected, as a running instance is).
    await Promise.all([redisA.ping(), redisB.ping()]);
    const a = limiter("evaluation", { redis: redisA, prefix });
    const b = new (Object.getPrototypeOf(a).constructor)({
      storeClient: redisB,
      keyPrefix: `${prefix}:evaluation:redis`,
      points: LIMITS.evaluation.points,
      duration: LIMITS.evaluation.duration,
    });
    const n = LIMITS.evaluation.points;
    const results = await Promise.all(Array.from({ length: n + 5 }, (_, i) => take(i % 2 ? a : b, "192.0.2.7")));
    expect(results.filter((r) => r.ok)).toHaveLength(n);
    expect(results.filter((r) => !r.ok)).toHaveLength(5);
    expect(await redisA.exists(`${prefix}:evaluation:redis:192.0.2.7`)).toBe(1);
  });

  it("a freshly started instance counts its first requests in Redis too, once its connection is made", async () => {
    // As an instance's client is created on its first limited request: not yet connected.
    const fresh = () =>
      new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
      });
    const early = fresh();
    await take(limiter("feed", { redis: early, prefix: `${prefix}-early` }), "192.0.2.8");
    // Taken at once, the point went to the in-memory fallback: the other instances never see it.
    expect(await redisA.exists(`${prefix}-early:feed:redis:192.0.2.8`)).toBe(0);
    const waited = fresh();
    await whenConnected(waited);
    expect(waited.status).toBe("ready");
    await take(limiter("feed", { redis: waited, prefix: `${prefix}-waited` }), "192.0.2.8");
    expect(await redisA.exists(`${prefix}-waited:feed:redis:192.0.2.8`)).toBe(1);
    early.disconnect();
    waited.disconnect();
  });
});
