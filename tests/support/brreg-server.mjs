// A local stand-in for Enhetsregisteret's open API (data.brreg.no), answering
// from the recorded fixtures in tests/fixtures/brreg: 200 with a unit, 404 for
// a number it does not know, 410 Gone for a deleted unit, an answer that takes
// 30 s, and a body that is not JSON. `setDown(true)` stops accepting
// connections (connection refused), as when the register cannot be reached.
//
//   node tests/support/brreg-server.mjs       # BRREG_PORT (default 9410); prints its base URL
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "brreg");
const special = JSON.parse(fs.readFileSync(path.join(FIXTURES, "special.json"), "utf8"));

function answer(req, res, requests) {
  const url = new URL(req.url ?? "/", "http://localhost");
  requests.push(url.pathname);
  const match = url.pathname.match(/^\/enhetsregisteret\/api\/(enheter|underenheter)\/(\d{9})$/);
  const send = (status, body, type = "application/json") => {
    res.writeHead(status, { "Content-Type": type });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  };
  if (!match) return send(404, { status: 404, error: "Not Found", message: "Ukjent tjeneste", path: url.pathname });
  const [, kind, orgnr] = match;
  if (kind === "enheter" && special.slow.includes(orgnr)) {
    const timer = setTimeout(() => send(200, { organisasjonsnummer: orgnr, navn: "TREG ENHET" }), 30_000);
    res.on("close", () => clearTimeout(timer));
    return;
  }
  if (kind === "enheter" && special.malformed.includes(orgnr)) return send(200, "<html><body>Vedlikehold", "text/html");
  if (kind === "enheter" && special.deleted[orgnr]) return send(410, special.deleted[orgnr]);
  const file = path.join(FIXTURES, kind, `${orgnr}.json`);
  if (fs.existsSync(file)) return send(200, fs.readFileSync(file, "utf8"));
  return send(404, { timestamp: new Date().toISOString(), status: 404, error: "Not Found", message: `Ingen enhet med organisasjonsnummer ${orgnr} ble funnet`, path: url.pathname });
}

/** Starts the server; `port` 0 picks a free one. */
export async function startBrregServer({ port = 0, host = "127.0.0.1" } = {}) {
  const requests = [];
  const sockets = new Set();
  const server = http.createServer((req, res) => answer(req, res, requests));
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  const listen = (p) => new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(p, host, () => resolve(server.address().port));
  });
  const close = () => new Promise((resolve) => {
    for (const s of sockets) s.destroy();
    server.close(() => resolve());
  });
  const actual = await listen(port);
  let down = false;
  return {
    url: `http://${host}:${actual}/enhetsregisteret/api`,
    port: actual,
    requests,
    async setDown(value) {
      if (value === down) return;
      down = value;
      if (value) await close();
      else await listen(actual);
    },
    stop: () => (down ? Promise.resolve() : close()),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startBrregServer({ port: Number(process.env.BRREG_PORT ?? 9410) });
  console.log(`[brreg] local Enhetsregisteret at ${server.url}`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
