/**
 * The page cache of the portal's server (scripts/lib/response-cache.mjs, decision 013)
 * on real PostgreSQL: an answer is served again only to the same request while the
 * database has not been written to, never across sessions, and always with a fresh
 * nonce. The "page" here renders a count from a table, so a stale answer shows.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createResponseCache, pgSnapshot, requestKey } from "@/scripts/lib/response-cache.mjs";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
let server: http.Server;
let base = "";
let renders = 0;
let clock = 1_000_000;
let cache: ReturnType<typeof createResponseCache>;
/** What the next render does besides the page: set a cookie, answer 404, pause (ms) before reading. */
let next: { cookie?: boolean; status?: number; pauseMs?: number } = {};

async function render(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const { cookie, status = 200, pauseMs = 0 } = next;
  if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
  const { rows } = await pool.query<{ n: string }>("SELECT count(*)::text AS n FROM cache_probe");
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  if (cookie) res.setHeader("Set-Cookie", "flash=1; Path=/");
  res.write(`<!doctype html><title>Probe</title><script nonce="${nonce}">1</script>`);
  res.end(`<p>rows: ${rows[0]!.n}; for ${req.headers.cookie ?? "nobody"}</p><script nonce="${nonce}">2</script>`);
}

async function get(path: string, cookie = "authjs.session-token=kari") {
  const res = await fetch(base + path, { headers: { cookie } });
  const body = await res.text();
  const policy = res.headers.get("content-security-policy") ?? "";
  return {
    status: res.status,
    body,
    cache: res.headers.get("x-response-cache"),
    policy,
    nonce: /'nonce-([^']+)'/.exec(policy)?.[1],
  };
}

/**
 * Runs `steps` until no transaction wrote anywhere on the database server while they ran (other
 * test files write to their own databases on it at the same time, and any write ends every entry).
 */
async function whileQuiet<T>(steps: () => Promise<T>): Promise<T> {
  const snapshot = pgSnapshot(pool);
  for (let attempt = 0; attempt < 50; attempt++) {
    cache.clear();
    renders = 0;
    const before = await snapshot();
    const result = await steps();
    if ((await snapshot()) === before) return result;
  }
  throw new Error("the database server was never quiet for long enough");
}

beforeAll(async () => {
  await pool.query("DROP TABLE IF EXISTS cache_probe; CREATE TABLE cache_probe (id serial PRIMARY KEY)");
  cache = createResponseCache({ snapshot: pgSnapshot(pool), ttlMs: 30_000, now: () => clock });
  server = http.createServer((req, res) => void cache.handle(req, res, render));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await pool.query("DROP TABLE IF EXISTS cache_probe");
  await pool.end();
});
beforeEach(() => {
  cache.clear();
  next = {};
  renders = 0;
});

describe("the page cache", () => {
  it("serves the same request again without rendering, with a fresh nonce in the page and the policy", async () => {
    const [first, second] = await whileQuiet(async () => [
      await get("/behovsmeldinger"),
      await get("/behovsmeldinger"),
    ]);
    expect(first.cache).toBe("miss");
    expect(second.cache).toBe("hit");
    expect(renders).toBe(1);
    expect(second.nonce).toBeTruthy();
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.body).toBe(first.body.replaceAll(first.nonce!, second.nonce!));
    expect(second.body).toContain(`<script nonce="${second.nonce}">2</script>`);
  });

  it("renders again after any write to the database, and shows it", async () => {
    expect((await get("/a")).body).toContain("rows: 0");
    await pool.query("INSERT INTO cache_probe DEFAULT VALUES");
    const after = await get("/a");
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("rows: 1");
  });

  it("does not keep a page rendered while a write was under way that commits later", async () => {
    const { rows } = await pool.query<{ n: string }>("SELECT count(*)::text AS n FROM cache_probe");
    const before = Number(rows[0]!.n);
    const writer = await pool.connect();
    try {
      await writer.query("BEGIN");
      await writer.query("INSERT INTO cache_probe DEFAULT VALUES"); // has a transaction id, not yet committed
      const during = await whileQuiet(async () => [await get("/b"), await get("/b")]);
      expect(during[0]!.body).toContain(`rows: ${before}`);
      expect(during[1]!.cache).toBe("hit"); // nothing has changed yet
      await writer.query("COMMIT");
    } finally {
      writer.release();
    }
    const after = await get("/b");
    expect(after.cache).toBe("miss");
    expect(after.body).toContain(`rows: ${before + 1}`);
  });

  it("never serves one session's page to another, or to a request without a session", async () => {
    await get("/c", "authjs.session-token=kari");
    const other = await get("/c", "authjs.session-token=ola");
    const nobody = await get("/c", "");
    expect(other.cache).toBe("miss");
    expect(other.body).toContain("for authjs.session-token=ola");
    expect(nobody.cache).toBe("miss");
    expect(nobody.body).not.toContain("kari");
  });

  it("keeps an answer no longer than its lifetime", async () => {
    const start = clock;
    const within = await whileQuiet(async () => {
      clock = start;
      await get("/d");
      clock += 29_000;
      return get("/d");
    });
    expect(within.cache).toBe("hit");
    clock += 2_000;
    expect((await get("/d")).cache).toBe("miss");
  });

  it("does not keep answers that set a cookie or are not 200, and never caches other methods", async () => {
    next = { cookie: true };
    await get("/e");
    next = {};
    expect((await get("/e")).cache).toBe("miss");
    next = { status: 404 };
    await get("/f");
    expect((await get("/f")).cache).toBe("miss");
    expect(requestKey({ method: "POST", url: "/e", headers: {} })).toBeNull();
    expect(requestKey({ method: "GET", url: "/e", headers: { "next-action": "abc" } })).toBeNull();
    expect(requestKey({ method: "GET", url: "/api/health", headers: {} })).toBeNull();
  });

  it("renders once for requests that arrive together", async () => {
    next = { pauseMs: 150 };
    const answers = await whileQuiet(() => Promise.all(Array.from({ length: 5 }, () => get("/g"))));
    expect(renders).toBe(1);
    expect(answers.filter((a) => a.cache === "hit")).toHaveLength(4);
    expect(new Set(answers.map((a) => a.nonce)).size).toBe(5);
  });
});
