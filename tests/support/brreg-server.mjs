// A local stand-in for Enhetsregisteret's open API (data.brreg.no), for the
// integration tests and the e2e journey, answering from the recorded
// fixtures in tests/fixtures/brreg (see its README):
//
//   GET /enhetsregisteret/api/enheter/{orgnr}, /underenheter/{orgnr}
//     200 the fixture <kind>/<orgnr>.json (a deleted unit too: it has slettedato)
//     404 the register's error body, for a number without a fixture
//     410 Gone, for the numbers in special.json "gone" (removed from the open data)
//     a number in "slow" answers after 30 s, one in "malformed" with a cut-off body
//
// `setDown(true)` closes the listener and the open connections (connection
// refused, as when the register cannot be reached); `setDown(false)` listens
// on the same port again.
//
//   node tests/support/brreg-server.mjs     # BRREG_PORT (default 9410); prints the base URL for BRREG_API_URL
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "brreg");
const PREFIX = "/enhetsregisteret/api";
const SLOW_MS = 30_000;

function special() {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, "special.json"), "utf8"));
}

/** The register's error body (its 400 answers are recorded in this shape; see docs/decisions/016). */
const errorBody = (status, feilmelding, sti) => ({
  tidsstempel: Date.now(),
  status,
  feilmelding,
  sti,
  antallFeil: 0,
  valideringsfeil: [],
});

function answer(req, res, requests, pending) {
  const url = new URL(req.url ?? "/", "http://localhost");
  requests.push(url.pathname);
  const send = (status, body, type = "application/json") => {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { "Content-Type": type });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  };
  if (req.method !== "GET" && req.method !== "HEAD")
    return send(405, errorBody(405, "Metoden er ikke tillatt", url.pathname));
  const match = url.pathname.match(/^\/enhetsregisteret\/api\/(enheter|underenheter)\/(\d{9})\/?$/);
  if (!match) return send(404, errorBody(404, "Ressursen finnes ikke", url.pathname));
  const [, kind, orgnr] = match;
  const file = path.join(FIXTURES, kind, `${orgnr}.json`);
  const fixture = () =>
    fs.existsSync(file)
      ? send(200, fs.readFileSync(file, "utf8"))
      : send(
          404,
          errorBody(
            404,
            `Ingen ${kind === "enheter" ? "enhet" : "underenhet"} med organisasjonsnummer ${orgnr} ble funnet`,
            url.pathname,
          ),
        );
  const { gone, slow, malformed } = special();
  if (kind === "enheter" && slow.includes(orgnr)) {
    const timer = setTimeout(() => {
      pending.delete(timer);
      fixture();
    }, SLOW_MS);
    pending.add(timer);
    res.on("close", () => {
      clearTimeout(timer);
      pending.delete(timer);
    });
    return;
  }
  if (kind === "enheter" && malformed.includes(orgnr))
    return send(200, `{"organisasjonsnummer":"${orgnr}","navn":"HALVT SV`);
  if (kind === "enheter" && gone[orgnr]) return send(410, gone[orgnr]);
  return fixture();
}

/** Starts the server on `host`:`port` (0: a free port). */
export async function startBrregServer({ port = 0, host = "127.0.0.1" } = {}) {
  const requests = [];
  const sockets = new Set();
  const pending = new Set();
  const server = http.createServer((req, res) => answer(req, res, requests, pending));
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const listen = (p) =>
    new Promise((resolve, reject) => {
      const failed = (e) => reject(e);
      server.once("error", failed);
      server.listen(p, host, () => {
        server.off("error", failed);
        resolve(server.address().port);
      });
    });
  const close = () =>
    new Promise((resolve) => {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  const actual = await listen(port);
  let down = false;
  return {
    url: `http://${host}:${actual}${PREFIX}`,
    port: actual,
    requests,
    async setDown(value) {
      if (value === down) return;
      down = value;
      if (value) await close();
      else await listen(actual);
    },
    async stop() {
      if (!down) await close();
      down = true;
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startBrregServer({
    port: Number(process.env.BRREG_PORT ?? 9410),
    host: process.env.BRREG_HOST ?? "127.0.0.1",
  });
  console.log(`[brreg] local Enhetsregisteret at ${server.url}`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
