// Our physical limit: a bare Node HTTP server that answers the Statsforvalter's
// report list (first page of 25, newest round first, then network name; with
// each report's total, the network's decided frame and whether the network's
// submitted reports are above it, and the number of reports) with ONE raw `pg`
// query — the same shape as the portal's (lib/needs-reports/list-query.ts),
// written for this one scope (a county's submitted reports) — and a plain HTML
// table. No framework, no session, no React.
//
//   DATABASE_URL=… node bench/raw-server.mjs 3620
//   GET /behovsmeldinger?county=<countyId>&page=1
import http from "node:http";
import pg from "pg";

const SUBMITTED = ["SUBMITTED", "IN_REVIEW", "RETURNED", "RECOMMENDED", "GRANTED", "REJECTED"];

export const LIST_SQL = `
WITH scoped AS (
  SELECT r.id, r.status::text AS status, r.schemes::text[] AS schemes, r."roundId", r."networkId", o.year, n.name AS network, lo.name AS owner,
         coalesce(m.total, 0)::bigint AS total
  FROM "NeedsReport" r
  JOIN "Round" o ON o.id = r."roundId"
  JOIN "Network" n ON n.id = r."networkId"
  JOIN "Organisation" lo ON lo.id = r."leadOwnerId"
  LEFT JOIN LATERAL (SELECT sum(rm."ownerAmount" + rm."uhAmount") AS total FROM "ReportMeasure" rm WHERE rm."reportId" = r.id) m ON TRUE
  WHERE o."countyId" = $1 AND r.status = ANY($2::text[]::"NeedsReportStatus"[])
), applied AS (
  SELECT "roundId", "networkId", sum(total) AS applied FROM scoped GROUP BY 1, 2
), frames AS (
  SELECT DISTINCT ON (b."roundId", nf."networkId") b."roundId", nf."networkId", nf.frame
  FROM "YearBudget" b JOIN "FrameScenario" fs ON fs."budgetId" = b.id AND fs.decided JOIN "NetworkFrame" nf ON nf."scenarioId" = fs.id
  WHERE b."roundId" IN (SELECT DISTINCT "roundId" FROM scoped)
  ORDER BY b."roundId", nf."networkId", fs."decidedAt", fs.id
)
SELECT s.id, s.status, s.schemes, s.year, s.network, s.owner, s.total, f.frame, a.applied > f.frame AS over, count(*) OVER () AS count
FROM scoped s
LEFT JOIN applied a ON a."roundId" = s."roundId" AND a."networkId" = s."networkId"
LEFT JOIN frames f ON f."roundId" = s."roundId" AND f."networkId" = s."networkId"
ORDER BY s.year DESC, s.network COLLATE "nb-x-icu" ASC, s.id
LIMIT 25 OFFSET $3`;

const escape = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const kroner = new Intl.NumberFormat("nb-NO");

export function startRawServer({ port, databaseUrl }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      if (url.pathname !== "/behovsmeldinger") {
        res.writeHead(404).end();
        return;
      }
      const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
      const { rows } = await pool.query(LIST_SQL, [url.searchParams.get("county"), SUBMITTED, (page - 1) * 25]);
      const body = rows
        .map(
          (r) =>
            `<tr><td>${r.year}</td><td><a href="/behovsmeldinger/${escape(r.id)}">${escape(r.network)}</a></td><td>${escape(r.owner)}</td><td>${escape(r.schemes.join(", "))}</td><td>${r.status}${r.over ? " (over ramme)" : ""}</td><td>${kroner.format(r.total)} kr</td></tr>`,
        )
        .join("\n");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><html lang="nb"><title>Behovsmeldinger</title><p>${rows[0]?.count ?? 0} behovsmeldinger</p><table>\n${body}\n</table></html>`,
      );
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  const ready = new Promise((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  return {
    ready,
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections?.();
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const raw = startRawServer({ port: Number(process.argv[2] ?? 3620), databaseUrl: process.env.DATABASE_URL });
  await raw.ready;
  console.log(`raw server on ${raw.base}/behovsmeldinger?county=…`);
}
