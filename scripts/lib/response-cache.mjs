// The rendered-page cache of the portal's server (scripts/server.mjs; decision 013).
//
// A page of the portal is a function of the request (its URL and the headers that
// reach the render: cookies — the session and the language —, Accept, the router's
// headers), of the database and of the clock. This cache keeps the HTML or RSC answer
// to a GET and serves it again to the *same request* while
//   - nothing has been written to the database: the entry carries PostgreSQL's
//     transaction snapshot (`pg_current_snapshot()`: xmin, xmax and the write
//     transactions in progress), read before the page was rendered. Any transaction
//     that writes gets a transaction id, so it changes the snapshot when it starts and
//     again when it ends; a write that began before the render and committed during
//     it is in the snapshot's in-progress list, so the entry never matches after it.
//     Every instance reads the same server, so a write through one instance is seen
//     by the next request to any other;
//   - and for at most `ttlMs` (the clock: deadlines passing, "this month").
// The key is a hash over the method, the URL and those headers, so an entry is only
// ever served to a request carrying the same session cookie it was rendered for.
// Answers that set a cookie, are not 200, or are neither HTML nor RSC are not kept.
// Each answer is sent with a fresh CSP nonce: the one the render used is replaced in
// the body and in the Content-Security-Policy header.
import crypto from "node:crypto";
import zlib from "node:zlib";

/** The request headers that can change what a page renders (with the URL); all go into the key. */
export const KEY_HEADERS = [
  "host",
  "x-forwarded-host",
  "x-forwarded-proto",
  "cookie",
  "accept",
  "accept-language",
  "user-agent",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];

const CACHEABLE_TYPE = /^(text\/html|text\/x-component)\b/i;
/** Headers of the stored answer that are not sent again as they were. */
const NOT_REPLAYED = new Set([
  "set-cookie",
  "date",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "x-instance",
  "x-response-cache",
]);

/** The cache key of a request, or null when the request is not one to cache (only GET; never a server action). */
export function requestKey(req) {
  if (req.method !== "GET") return null;
  const h = req.headers;
  if (h["next-action"] || h.range || h.upgrade) return null;
  const url = req.url ?? "/";
  if (url.startsWith("/_next/") || url.startsWith("/api/")) return null;
  const hash = crypto.createHash("sha256");
  hash.update(req.method).update("\0").update(url);
  for (const name of KEY_HEADERS) {
    const v = h[name];
    hash
      .update("\0")
      .update(name)
      .update("=")
      .update(Array.isArray(v) ? v.join(", ") : (v ?? ""));
  }
  return hash.digest("base64url");
}

/** The script nonce of a Content-Security-Policy, or null. */
export function nonceOf(policy) {
  const m = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(policy ?? "");
  return m ? m[1] : null;
}

/** Where `text` stands in `buffer` (byte offsets). */
function positions(buffer, text) {
  const at = [];
  for (let i = buffer.indexOf(text); i !== -1; i = buffer.indexOf(text, i + text.length)) at.push(i);
  return at;
}

/** A fresh nonce, the way lib/csp.ts makes one (16 random bytes, base64). */
export function freshNonce() {
  return crypto.randomBytes(16).toString("base64");
}

/**
 * @param {object} options
 * @param {() => Promise<string>} options.snapshot  the database's transaction snapshot, as text
 * @param {number} [options.ttlMs]  longest life of an entry (default 30 s)
 * @param {number} [options.maxBytes]  total size of the kept bodies (default 64 MB)
 * @param {() => number} [options.now]
 */
export function createResponseCache({ snapshot, ttlMs = 30_000, maxBytes = 64 * 1024 * 1024, now = Date.now }) {
  /** key → { version, expires, status, headers, body: Buffer, nonce } (Map order = least recently used first) */
  const entries = new Map();
  /** key@version → Promise<entry | null>: one render for requests that arrive together */
  const inFlight = new Map();
  let bytes = 0;

  function remove(key) {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    bytes -= e.body.length;
  }

  function store(key, entry) {
    remove(key);
    if (entry.body.length > maxBytes / 4) return;
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const k of entries.keys()) {
      if (bytes <= maxBytes) break;
      remove(k);
    }
  }

  /** Sends a kept answer with a fresh nonce. */
  function replay(req, res, entry) {
    let body = entry.body;
    const headers = { ...entry.headers };
    if (entry.nonce) {
      // Same length as the old one (16 bytes, base64), written over it where it stood.
      const nonce = freshNonce();
      body = Buffer.from(entry.body);
      for (const at of entry.nonceAt) body.write(nonce, at, "latin1");
      if (typeof headers["content-security-policy"] === "string")
        headers["content-security-policy"] = headers["content-security-policy"].replaceAll(entry.nonce, nonce);
    }
    if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "") && body.length > 1024) {
      body = zlib.gzipSync(body, { level: 3 });
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(body.length);
    headers["x-response-cache"] = "hit";
    if (process.env.INSTANCE_ID) headers["x-instance"] = process.env.INSTANCE_ID;
    res.writeHead(entry.status, headers);
    res.end(body);
  }

  /**
   * Renders through `render(req, res)` while keeping a copy of what it writes; resolves
   * with `{ entry }` (null when the answer is not one to keep) and the render's `error`, if it threw.
   */
  function renderAndCapture(req, res, render, version, startedAt) {
    return new Promise((resolve) => {
      const chunks = [];
      const write = res.write.bind(res);
      const end = res.end.bind(res);
      const take = (chunk, encoding) => {
        if (chunk == null || typeof chunk === "function") return;
        chunks.push(
          Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
        );
      };
      res.write = (chunk, encoding, cb) => {
        take(chunk, encoding);
        return write(chunk, encoding, cb);
      };
      res.end = (chunk, encoding, cb) => {
        take(chunk, encoding);
        return end(chunk, encoding, cb);
      };
      if (!res.headersSent) res.setHeader("x-response-cache", "miss");
      let settled = false;
      const settle = (entry, error = null) => {
        if (!settled) {
          settled = true;
          resolve({ entry, error });
        }
      };
      res.on("finish", () => {
        const headers = res.getHeaders();
        const type = String(headers["content-type"] ?? "");
        if (
          res.statusCode !== 200 ||
          headers["set-cookie"] ||
          !CACHEABLE_TYPE.test(type) ||
          headers["content-encoding"]
        )
          return settle(null);
        const kept = {};
        for (const [name, value] of Object.entries(headers)) {
          if (!NOT_REPLAYED.has(name) && value !== undefined)
            kept[name] = Array.isArray(value) ? value.map(String) : String(value);
        }
        const body = Buffer.concat(chunks);
        const nonce = nonceOf(kept["content-security-policy"]);
        // A nonce of another length could not be written over in place: such an answer is not kept.
        if (nonce && Buffer.byteLength(nonce) !== Buffer.byteLength(freshNonce())) return settle(null);
        settle({
          version,
          expires: startedAt + ttlMs,
          status: 200,
          headers: kept,
          body,
          nonce,
          nonceAt: nonce ? positions(body, nonce) : [],
        });
      });
      res.on("close", () => settle(null));
      // Answers are kept uncompressed (the nonce is replaced in them); the server compresses what it replays.
      delete req.headers["accept-encoding"];
      Promise.resolve(render(req, res)).catch((error) => settle(null, error));
    });
  }

  /** Answers `req`: from the cache when it may, else through `render`, keeping the answer when it may. */
  async function handle(req, res, render) {
    const key = requestKey(req);
    if (!key) return render(req, res);
    const startedAt = now();
    let version;
    try {
      version = await snapshot();
    } catch {
      return render(req, res); // the database is unreachable: render (and fail) as without a cache
    }
    let entry = entries.get(key);
    if (entry && entry.version === version && entry.expires > startedAt) {
      entries.delete(key); // most recently used last
      entries.set(key, entry);
      return replay(req, res, entry);
    }
    if (entry) remove(key);
    const flightKey = `${key}@${version}`;
    const pending = inFlight.get(flightKey);
    if (pending) {
      entry = (await pending).entry;
      if (entry && entry.expires > now()) return replay(req, res, entry);
    }
    const rendering = renderAndCapture(req, res, render, version, startedAt);
    if (!pending) inFlight.set(flightKey, rendering);
    const { entry: rendered, error } = await rendering;
    if (inFlight.get(flightKey) === rendering) inFlight.delete(flightKey);
    if (error) throw error; // the server answers 500 and logs it, as without the cache
    if (rendered) store(key, rendered);
  }

  return {
    handle,
    clear: () => {
      entries.clear();
      bytes = 0;
    },
  };
}

/** The snapshot query, on a pg Pool: text such as "7310:7312:7310" (xmin:xmax:in-progress). */
export function pgSnapshot(pool) {
  return async () => (await pool.query("SELECT pg_current_snapshot()::text AS s")).rows[0].s;
}
