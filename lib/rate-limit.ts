import "server-only";
import { headers } from "next/headers";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";

/**
 * Rate limits for sign-in and for what anyone may call without an account
 * (the evaluation form, calendar feeds, the job endpoint). Shared by every
 * instance through Redis when REDIS_URL is set (rate-limiter-flexible's atomic
 * counters), in memory otherwise; if Redis is down, each instance falls back
 * to its own memory rather than letting everything through or refusing all.
 */
export const LIMITS = {
  signIn: { points: 30, duration: 60 }, // sign-in attempts per address and minute (a school office shares one address)
  evaluation: { points: 20, duration: 60 }, // answers per address and minute
  feed: { points: 60, duration: 60 }, // calendar fetches per address and minute
  job: { points: 10, duration: 60 },
  invitation: { points: 20, duration: 60 }, // invitation links opened or renewed per address and minute
} as const;
export type LimitName = keyof typeof LIMITS;

let redis: Redis | null | undefined;
function redisClient(): Redis | null {
  if (redis !== undefined) return redis;
  const url = env().REDIS_URL;
  redis = url ? new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : null;
  redis?.on("error", (e) => console.error("[rate-limit] Redis:", e.message));
  return redis;
}

const limiters = new Map<string, RateLimiterAbstract>();

/**
 * The limiter for a name; `prefix` (default RATE_LIMIT_PREFIX, else "kp")
 * separates test runs and deployments that share a Redis.
 */
export function limiter(name: LimitName, opts: { redis?: Redis | null; prefix?: string } = {}): RateLimiterAbstract {
  const client = opts.redis === undefined ? redisClient() : opts.redis;
  const key = `${opts.prefix ?? env().RATE_LIMIT_PREFIX}:${name}:${client ? "redis" : "memory"}`;
  let l = limiters.get(key);
  if (!l) {
    const { duration } = LIMITS[name];
    // RATE_LIMIT_MULTIPLIER raises every limit, e.g. for the browser tests, which sign in many times a minute from one address.
    const points = LIMITS[name].points * env().RATE_LIMIT_MULTIPLIER;
    const memory = new RateLimiterMemory({ keyPrefix: key, points, duration });
    l = client
      ? new RateLimiterRedis({
          storeClient: client,
          keyPrefix: key,
          points,
          duration,
          insuranceLimiter: memory,
          rejectIfRedisNotReady: true,
        })
      : memory;
    limiters.set(key, l);
  }
  return l;
}

/** Takes one point for `key`; says how many seconds to wait when none is left. */
export async function take(
  l: RateLimiterAbstract,
  key: string,
): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  try {
    await l.consume(key);
    return { ok: true };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { ok: false, retryAfter: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
    throw e;
  }
}

/**
 * The client's address from X-Forwarded-For, trusting only the proxies in
 * front of the portal: each appends the address it saw, so with `hops`
 * trusted proxies the client is the entry `hops` from the right; entries to
 * the left of it were written by the client and are ignored. (Next sets the
 * header from the socket only when it is absent.) Pure, for the unit test.
 */
export function clientAddressFrom(forwardedFor: string | null, hops: number): string | null {
  const list = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) return null;
  return list[Math.max(0, list.length - Math.max(1, hops))]!;
}

/** TRUSTED_PROXY_HOPS: how many proxies in front append to X-Forwarded-For (default 1: nginx, docs/deploy.md). */
export function trustedProxyHops(): number {
  const n = env().TRUSTED_PROXY_HOPS;
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : 1;
}

/** The calling client's address, for rate limits. */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return clientAddressFrom(h.get("x-forwarded-for"), trustedProxyHops()) ?? "ukjent";
}

/**
 * While a fresh client is still making its first connection, waits for it (at
 * most `ms`). Without this, an instance's first requests after a start went to
 * the in-memory fallback and were not counted in the limit all instances share
 * (found by tests/e2e/two-instances.spec.ts). A Redis that is down is not
 * waited for: the fallback takes over as before.
 */
export async function whenConnected(client: Redis, ms = 1000): Promise<void> {
  if (!["wait", "connecting", "connect"].includes(client.status)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off("ready", done).off("error", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    client.once("ready", done).once("error", done);
  });
}

/** One point of `name` for the calling address. */
export async function limitCaller(
  name: LimitName,
  extra = "",
): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  const client = redisClient();
  if (client) await whenConnected(client);
  return take(limiter(name), `${await clientAddress()}${extra ? `:${extra}` : ""}`);
}
