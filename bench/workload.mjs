// A realistic workload for the benchmark (bench/run.mjs; `--workload-only` runs it alone).
//
// N virtual users (--users, default 300) drawn from the generated personas of every county and
// every role — the Statsforvalter, forum members, coordinators, school-owner advisers, UH contacts
// and the administrator — each with its own session, signed in through the demo login (the
// sign-ins spread over the ramp-up). Each follows a journey fitting its role, seeded (mulberry32):
// the report list with varied filters, sorts and pages, opening reports, editing a draft with an
// autosave every 10 s (the form's server action, one field changed each time) and then often
// submitting it (the send-in page's server action), the frames page, gatherings, registering a
// participant, taking attendance, the calendar and the annual reports. 2–8 s think time between
// steps. Open loop: every step has a scheduled moment (the previous one's plus the think time)
// and its latency counts from that moment, so a slow answer is counted in full and never delays
// other users' steps; a user's next step is sent when it is due, or at once when the answer it
// depends on came later than that. Page requests are what a browser's first load of the page
// sends (a document GET); actions are the POSTs React sends (Next-Action).
//
// After the run the database is checked: every draft the workload submitted is SUBMITTED, every
// draft it autosaved holds the last value it saved, every registration it made exists.
import crypto from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import pg from "pg";
import { mulberry32 } from "../scripts/lib/random.mjs";
import { demoActionField } from "./lib.mjs";

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

// ───────────────────────────── HTTP ─────────────────────────────

/**
 * One request; resolves (never rejects) with { status, headers, body (Buffer, decompressed), error }.
 * Bodies are read whole, as a browser reads them.
 */
function send(agent, base, { method = "GET", path, headers = {}, body }) {
  return new Promise((resolve) => {
    const h = { "accept-encoding": "gzip", ...headers };
    if (body !== undefined) h["content-length"] = Buffer.byteLength(body);
    const req = http.request(`${base}${path}`, { method, agent, headers: h, timeout: 60_000 }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        let buf = Buffer.concat(chunks);
        try {
          if (res.headers["content-encoding"] === "gzip") buf = zlib.gunzipSync(buf);
        } catch {
          /* kept as it came */
        }
        resolve({ status: res.statusCode, headers: res.headers, body: buf, error: null });
      });
      res.on("error", (e) => resolve({ status: 0, headers: {}, body: Buffer.alloc(0), error: String(e) }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout after 60 s")));
    req.on("error", (e) => resolve({ status: 0, headers: {}, body: Buffer.alloc(0), error: String(e.message ?? e) }));
    req.end(body);
  });
}

function multipart(fields) {
  const boundary = `----WebKitFormBoundary${crypto.randomBytes(8).toString("hex")}`;
  let body = "";
  for (const [name, value] of fields)
    body += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  body += `--${boundary}--\r\n`;
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/** The result a server action returned, from its RSC answer (row 0 names the row: `"a":"$@1"`), or null. */
export function actionResult(body) {
  const text = body.toString("utf8");
  const row = /^0:\{"a":"\$@([0-9a-f]+)"/m.exec(text)?.[1];
  if (!row) return null;
  const line = text.split("\n").find((l) => l.startsWith(`${row}:{`));
  try {
    return line ? JSON.parse(line.slice(row.length + 1)) : null;
  } catch {
    return null;
  }
}

/** The POST React sends for a server action taking plain arguments (JSON; a string starting with `$` is escaped). */
export function jsonAction({ path, cookie, origin, action, args }) {
  const escape = (v) =>
    typeof v === "string" && v.startsWith("$")
      ? `$${v}`
      : Array.isArray(v)
        ? v.map(escape)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escape(x)]))
          : v;
  return {
    method: "POST",
    path,
    headers: {
      cookie,
      origin,
      "next-action": action,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    body: JSON.stringify(escape(args)),
  };
}

/** The POST React sends for a form's action under useActionState: (previous state, FormData), the form's fields prefixed `_1_` (encodeReply). */
export function formAction({ path, cookie, origin, action, fields }) {
  const { body, type } = multipart([
    ...Object.entries(fields).map(([k, v]) => [`_1_${k}`, v]),
    ["0", JSON.stringify([null, "$K1"])],
  ]);
  return {
    method: "POST",
    path,
    headers: { cookie, origin, "next-action": action, "content-type": type, accept: "text/x-component" },
    body,
  };
}

// ───────────────────────────── the data ─────────────────────────────

/** The drafts' content as the edit form holds it (lib/needs-reports/mapping.ts toDraft), with their versions. */
export async function draftsOf(client, ids) {
  const { rows } = await client.query(
    `SELECT r.id, r.version, json_build_object(
       'schemes', r.schemes::text[],
       'otherOwnerIds', coalesce((SELECT json_agg(o."organisationId" ORDER BY o."organisationId") FROM "NeedsReportOwner" o WHERE o."reportId" = r.id), '[]'),
       'uhInstitutionId', r."uhInstitutionId",
       'uhUnitIds', coalesce((SELECT json_agg(u."organisationId" ORDER BY u."organisationId") FROM "NeedsReportUhUnit" u WHERE u."reportId" = r.id), '[]'),
       'contacts', (SELECT json_object_agg(CASE c.side WHEN 'OWNER' THEN 'owner' ELSE 'uh' END, json_build_object('name', c.name, 'role', coalesce(c.role, ''), 'phone', coalesce(c.phone, ''), 'email', coalesce(c.email, ''), 'accountNumber', coalesce(c."accountNumber", ''), 'orgNumber', coalesce(c."orgNumber", ''), 'paymentMarking', coalesce(c."paymentMarking", ''))) FROM "NeedsReportContact" c WHERE c."reportId" = r.id),
       'multipleOwners', r."multipleOwners", 'multipleUh', r."multipleUh", 'multipleSchemes', r."multipleSchemes",
       'measures', coalesce((SELECT json_agg(json_build_object(
           'name', m.name, 'scheme', m.scheme, 'ownerAmount', m."ownerAmount", 'uhAmount', m."uhAmount", 'purposes', m.purposes::text[],
           'anchoringText', coalesce(m."anchoringText", ''), 'collectiveText', coalesce(m."collectiveText", ''), 'teacherEducationText', coalesce(m."teacherEducationText", ''),
           'longTermPlanText', coalesce(m."longTermPlanText", ''), 'longTermPlanPoints', coalesce(m."longTermPlanPoints", ''), 'ownerUsageText', coalesce(m."ownerUsageText", ''), 'uhUsageText', coalesce(m."uhUsageText", ''),
           'ownerLines', coalesce((SELECT json_agg(json_build_object('title', l.title, 'description', coalesce(l.description, ''), 'amount', l.amount) ORDER BY l.position) FROM "BudgetLine" l WHERE l."reportMeasureId" = m.id AND l.side = 'OWNER'), '[]'),
           'uhLines', coalesce((SELECT json_agg(json_build_object('title', l.title, 'description', coalesce(l.description, ''), 'amount', l.amount) ORDER BY l.position) FROM "BudgetLine" l WHERE l."reportMeasureId" = m.id AND l.side = 'UH'), '[]'),
           'coordinatorNeeded', m."coordinatorNeeded", 'coordinatorText', coalesce(m."coordinatorText", ''), 'coordinatorAmount', m."coordinatorAmount", 'coordinatorAcknowledged', m."coordinatorAcknowledged",
           'semesters', coalesce((SELECT json_agg(json_build_object('term', s.term, 'year', s.year) ORDER BY s.year, s.term DESC) FROM "ReportMeasureSemester" s WHERE s."reportMeasureId" = m.id), '[]'),
           'laterNeeds', coalesce((SELECT json_agg(json_build_object('term', n.term, 'year', n.year, 'ownerAmount', n."ownerAmount", 'ownerReason', coalesce(n."ownerReason", ''), 'uhAmount', n."uhAmount", 'uhReason', coalesce(n."uhReason", '')) ORDER BY n.position) FROM "LaterNeed" n WHERE n."reportMeasureId" = m.id), '[]'),
           'targetGroup', coalesce(m."targetGroup", '')) ORDER BY m.position) FROM "ReportMeasure" m WHERE m."reportId" = r.id), '[]'),
       'partners', coalesce((SELECT json_agg(json_build_object('name', p.name, 'contactPerson', coalesce(p."contactPerson", ''), 'kind', p.kind) ORDER BY p.position) FROM "ReportPartner" p WHERE p."reportId" = r.id), '[]'),
       'codetermination', json_build_object('discussed', r."codeterminationDiscussed", 'participants', coalesce((SELECT json_agg(json_build_object('role', c.role, 'name', c.name) ORDER BY c.position) FROM "CodeterminationParticipant" c WHERE c."reportId" = r.id), '[]'), 'remark', coalesce(r."codeterminationRemark", '')),
       'units', json_build_object('kommunaleBarnehager', r."unitsKommunaleBarnehager", 'privateBarnehager', r."unitsPrivateBarnehager", 'offentligeSkoler', r."unitsOffentligeSkoler", 'privateSkoler', r."unitsPrivateSkoler", 'ppt', r."unitsPpt")
     ) AS draft
     FROM "NeedsReport" r WHERE r.id = ANY($1)`,
    [ids],
  );
  const contactsOrEmpty = (d) => ({
    ...d,
    contacts: { owner: d.contacts?.owner ?? emptyContact(), uh: d.contacts?.uh ?? emptyContact() },
  });
  return new Map(rows.map((r) => [r.id, { version: r.version, draft: contactsOrEmpty(r.draft) }]));
}
const emptyContact = () => ({
  name: "",
  role: "",
  phone: "",
  email: "",
  accountNumber: "",
  orgNumber: "",
  paymentMarking: "",
});

/** Role weights of the virtual users (per 300); every role appears at least once. */
const ROLE_WEIGHTS = { ADMIN: 1, STATSFORVALTER: 15, FORUM_MEMBER: 30, UH: 16, COORDINATOR: 80, OWNER: 158 };

/**
 * The virtual users and what each may do: personas by role (interleaved over the counties),
 * the reports, drafts (each draft one user's only), gatherings, registrations, annual reports
 * and budgets in their scope, all read from the database before the run.
 */
export async function planUsers(databaseUrl, { users, seed }) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows: bindings } = await c.query(
      `SELECT b."personId" AS id, b.role::text AS role, b."organisationId" AS org, b."networkId" AS network,
              coalesce(b."countyId", n."countyId", o."countyId") AS county, o."parentId" AS "orgParent"
       FROM "RoleBinding" b LEFT JOIN "Network" n ON n.id = b."networkId" LEFT JOIN "Organisation" o ON o.id = b."organisationId"
       WHERE b."personId" LIKE 'gen-person-%' ORDER BY b."personId"`,
    );
    // Owners with a draft to write first: they are the ones who work in the portal in December.
    const { rows: leads } = await c.query(
      `SELECT DISTINCT r."leadOwnerId" AS org FROM "NeedsReport" r JOIN "Round" o ON o.id = r."roundId" WHERE o.status = 'OPEN' AND r.status = 'DRAFT'`,
    );
    const leading = new Set(leads.map((r) => r.org));
    const byRole = new Map();
    for (const b of bindings) {
      if (!byRole.has(b.role)) byRole.set(b.role, []);
      byRole.get(b.role).push(b);
    }
    // Interleave each role's personas over the counties (every county early in the queue).
    for (const [role, list] of byRole) {
      const rank = (b) => (role === "OWNER" && !leading.has(b.org) ? 1 : 0);
      const perCounty = new Map();
      for (const b of [...list].sort((x, y) => rank(x) - rank(y) || x.id.localeCompare(y.id))) {
        const k = b.county ?? "";
        if (!perCounty.has(k)) perCounty.set(k, []);
        perCounty.get(k).push(b);
      }
      const queues = [...perCounty.values()];
      const interleaved = [];
      for (let i = 0; interleaved.length < list.length; i++) for (const q of queues) if (q[i]) interleaved.push(q[i]);
      byRole.set(role, interleaved);
    }
    // Smooth weighted round robin over the roles, after one of each.
    const roles = Object.keys(ROLE_WEIGHTS).filter((r) => byRole.get(r)?.length);
    const chosen = [];
    const taken = Object.fromEntries(roles.map((r) => [r, 0]));
    const take = (role) => {
      const p = byRole.get(role)[taken[role]++];
      if (p) chosen.push(p);
      return Boolean(p);
    };
    for (const r of roles) if (chosen.length < users) take(r);
    const current = Object.fromEntries(roles.map((r) => [r, 0]));
    const total = roles.reduce((a, r) => a + ROLE_WEIGHTS[r], 0);
    while (chosen.length < users && roles.some((r) => taken[r] < byRole.get(r).length)) {
      for (const r of roles) current[r] += ROLE_WEIGHTS[r];
      const best = roles.filter((r) => taken[r] < byRole.get(r).length).sort((a, b) => current[b] - current[a])[0];
      current[best] -= total;
      take(best);
    }

    const assigned = new Set();
    const plans = [];
    for (const [i, p] of chosen.entries()) {
      const u = {
        n: i,
        id: p.id,
        role: p.role,
        org: p.org,
        network: p.network,
        county: p.county,
        rng: mulberry32(seed * 1_000_003 + i * 7919 + 1),
      };
      const key = `${seed}-${i}`;
      const q = async (sql, params) => (await c.query(sql, params)).rows;
      if (p.role === "STATSFORVALTER" || p.role === "FORUM_MEMBER") {
        u.reports = (
          await q(
            `SELECT r.id FROM "NeedsReport" r JOIN "Round" o ON o.id = r."roundId" WHERE o."countyId" = $1 AND r.status <> 'DRAFT' ORDER BY md5(r.id || $2) LIMIT 30`,
            [p.county, key],
          )
        ).map((r) => r.id);
        u.networks = (await q(`SELECT id FROM "Network" WHERE "countyId" = $1 ORDER BY id`, [p.county])).map(
          (r) => r.id,
        );
        u.budgets = (
          await q(`SELECT id FROM "YearBudget" WHERE "countyId" = $1 ORDER BY year DESC, id`, [p.county])
        ).map((r) => r.id);
        u.annual = (
          await q(
            `SELECT a.id FROM "AnnualReport" a JOIN "ReportMeasure" m ON m.id = a."reportMeasureId" JOIN "NeedsReport" r ON r.id = m."reportId" JOIN "Round" o ON o.id = r."roundId" WHERE o."countyId" = $1 AND a.status IN ('SUBMITTED', 'RETURNED', 'APPROVED') ORDER BY md5(a.id || $2) LIMIT 10`,
            [p.county, key],
          )
        ).map((r) => r.id);
      } else if (p.role === "COORDINATOR") {
        u.reports = (
          await q(`SELECT id FROM "NeedsReport" WHERE "networkId" = $1 ORDER BY md5(id || $2) LIMIT 30`, [
            p.network,
            key,
          ])
        ).map((r) => r.id);
        u.draftCandidates = (
          await q(
            `SELECT r.id FROM "NeedsReport" r JOIN "Round" o ON o.id = r."roundId" WHERE r."networkId" = $1 AND r.status = 'DRAFT' AND o.status = 'OPEN' ORDER BY md5(r.id || $2) LIMIT 20`,
            [p.network, key],
          )
        ).map((r) => r.id);
        u.annual = (
          await q(
            `SELECT a.id FROM "AnnualReport" a JOIN "ReportMeasure" m ON m.id = a."reportMeasureId" JOIN "NeedsReport" r ON r.id = m."reportId" WHERE r."networkId" = $1 ORDER BY md5(a.id || $2) LIMIT 10`,
            [p.network, key],
          )
        ).map((r) => r.id);
      } else if (p.role === "OWNER") {
        u.reports = (
          await q(
            `SELECT r.id FROM "NeedsReport" r WHERE r."leadOwnerId" = $1 OR EXISTS (SELECT 1 FROM "NeedsReportOwner" o WHERE o."reportId" = r.id AND o."organisationId" = $1) ORDER BY md5(r.id || $2) LIMIT 30`,
            [p.org, key],
          )
        ).map((r) => r.id);
        u.draftCandidates = (
          await q(
            `SELECT r.id FROM "NeedsReport" r JOIN "Round" o ON o.id = r."roundId" WHERE r."leadOwnerId" = $1 AND r.status = 'DRAFT' AND o.status = 'OPEN' ORDER BY md5(r.id || $2) LIMIT 20`,
            [p.org, key],
          )
        ).map((r) => r.id);
        u.annual = (
          await q(
            `SELECT a.id FROM "AnnualReport" a JOIN "ReportMeasure" m ON m.id = a."reportMeasureId" WHERE a."organisationId" = $1 OR EXISTS (SELECT 1 FROM "NeedsReportOwner" o WHERE o."reportId" = m."reportId" AND o."organisationId" = $1) ORDER BY md5(a.id || $2) LIMIT 10`,
            [p.org, key],
          )
        ).map((r) => r.id);
      } else if (p.role === "UH") {
        u.reports = (
          await q(
            `SELECT r.id FROM "NeedsReport" r WHERE r."uhInstitutionId" = $1 OR EXISTS (SELECT 1 FROM "NeedsReportUhUnit" x WHERE x."reportId" = r.id AND x."organisationId" = $1) ORDER BY md5(r.id || $2) LIMIT 30`,
            [p.org, key],
          )
        ).map((r) => r.id);
      }
      // Gatherings: whose networks they belong to (the Statsforvalter: the county's; UH: the measures they contribute to; the administrator: any).
      const gatheringScope = {
        STATSFORVALTER: [`g."measureId" IN (SELECT id FROM "Measure" WHERE "countyId" = $1)`, p.county],
        FORUM_MEMBER: [`g."measureId" IN (SELECT id FROM "Measure" WHERE "countyId" = $1)`, p.county],
        COORDINATOR: [`g.id IN (SELECT "gatheringId" FROM "GatheringNetwork" WHERE "networkId" = $1)`, p.network],
        OWNER: [
          `g.id IN (SELECT gn."gatheringId" FROM "GatheringNetwork" gn JOIN "NetworkMember" nm ON nm."networkId" = gn."networkId" WHERE nm."organisationId" = $1)`,
          p.org,
        ],
        UH: [`g."measureId" IN (SELECT "measureId" FROM "MeasureContributor" WHERE "organisationId" = $1)`, p.org],
        ADMIN: [`$1::text IS NULL`, null],
      }[p.role];
      if (gatheringScope) {
        const [where, param] = gatheringScope;
        u.gatherings = (
          await q(
            `SELECT g.id FROM "Gathering" g WHERE ${where} AND g."startsAt" > now() - interval '120 days' AND g."startsAt" < now() + interval '240 days' ORDER BY md5(g.id || $2) LIMIT 15`,
            [param, key],
          )
        ).map((r) => r.id);
        // Registering: gatherings still open, and an organisation of their networks the user may register from.
        if (p.role !== "UH" && p.role !== "ADMIN" && p.role !== "FORUM_MEMBER") {
          const fromOrg =
            p.role === "OWNER"
              ? `$3::text`
              : `(SELECT nm."organisationId" FROM "GatheringNetwork" gn JOIN "NetworkMember" nm ON nm."networkId" = gn."networkId" WHERE gn."gatheringId" = g.id ORDER BY md5(nm."organisationId" || $2) LIMIT 1)`;
          u.open = await q(
            `SELECT g.id, ${fromOrg} AS org, (SELECT t.id FROM "GatheringTrack" t WHERE t."gatheringId" = g.id ORDER BY t.position LIMIT 1) AS track
             FROM "Gathering" g WHERE ${where} AND NOT g.cancelled AND g."startsAt" > now() AND coalesce(g."registrationDeadline", g."startsAt") > now() + interval '1 day'
             ORDER BY md5(g.id || $2) LIMIT 6`,
            p.role === "OWNER" ? [param, key, p.org] : [param, key],
          );
        }
        // Taking attendance: the Statsforvalter and the coordinators run the gatherings already begun.
        if (p.role === "STATSFORVALTER" || p.role === "COORDINATOR") {
          u.held = await q(
            `SELECT g.id, array(SELECT r.id FROM "Registration" r WHERE r."gatheringId" = g.id AND r.status = 'REGISTERED' ORDER BY r.id LIMIT 40) AS registrations
             FROM "Gathering" g WHERE ${where} AND NOT g.cancelled AND g."startsAt" < now() AND g."startsAt" > now() - interval '90 days'
             AND EXISTS (SELECT 1 FROM "Registration" r WHERE r."gatheringId" = g.id) ORDER BY md5(g.id || $2) LIMIT 4`,
            [param, key],
          );
        }
      }
      // Each draft is one user's: two people saving the same draft would conflict (that is the form's business, not the load's).
      u.drafts = [];
      for (const id of u.draftCandidates ?? []) {
        if (u.drafts.length === 2) break;
        if (!assigned.has(id)) {
          assigned.add(id);
          u.drafts.push({ id });
        }
      }
      plans.push(u);
    }
    const contents = await draftsOf(
      c,
      plans.flatMap((u) => u.drafts.map((d) => d.id)),
    );
    for (const u of plans) for (const d of u.drafts) Object.assign(d, contents.get(d.id));
    return plans;
  } finally {
    await c.end();
  }
}

// ───────────────────────────── journeys ─────────────────────────────

const SUBMITTED = ["SUBMITTED", "IN_REVIEW", "RETURNED", "RECOMMENDED", "GRANTED", "REJECTED"];
const SORTS = ["year", "network", "owner", "status", "total"];
const WORDS = ["regionen", "Barnehage", "vidaregåande", "kommune", "Kompetansenettverk"];

function tools(u) {
  const r = u.rng;
  return {
    r,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(r() * xs.length)],
    chance: (p) => r() < p,
    weighted(entries) {
      const live = entries.filter(([, w]) => w > 0);
      let x = r() * live.reduce((a, [, w]) => a + w, 0);
      for (const [v, w] of live) if ((x -= w) <= 0) return v;
      return live[live.length - 1][0];
    },
  };
}

/** The report list with filters a person of this role would set (lib/needs-reports/list-filters.ts). */
function listPath(u, t, year) {
  const p = new URLSearchParams();
  const reviewer = u.role === "STATSFORVALTER" || u.role === "FORUM_MEMBER";
  if (t.chance(0.4)) p.set("status", t.pick(reviewer ? SUBMITTED : ["DRAFT", ...SUBMITTED]));
  if (t.chance(0.3)) p.set("year", String(year + 1 - t.int(0, 4)));
  if (t.chance(0.2)) p.set("scheme", t.pick(["DESENTRALISERT", "REGIONAL"]));
  if (reviewer && t.chance(0.2) && u.networks?.length) p.set("network", t.pick(u.networks));
  if (reviewer && t.chance(0.15)) p.set("frame", t.pick(["over", "under"]));
  if (t.chance(0.1)) p.set("q", t.pick(WORDS));
  if (t.chance(0.4)) {
    p.set("sort", t.pick(SORTS));
    p.set("dir", t.pick(["asc", "desc"]));
  }
  if (t.chance(0.3)) p.set("page", String(t.int(2, reviewer ? 12 : 3)));
  const s = p.toString();
  return `/behovsmeldinger${s ? `?${s}` : ""}`;
}

/**
 * A user's journey as a generator of steps: { kind, request, think?, expect?, onResult? }. The
 * runner sends each step when due and hands the answer back (`yield` returns it), so a step may
 * depend on the one before it (the autosave's version).
 */
function* journey(u, ctx) {
  const t = tools(u);
  const page = (kind, path) => ({
    kind,
    request: { path, headers: { cookie: u.cookie, accept: "text/html,application/xhtml+xml" } },
  });
  const month = () => {
    const d = new Date();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + t.int(-1, 4));
    return d.toISOString().slice(0, 7);
  };
  const year = ctx.year;
  yield page("home", "/");
  for (;;) {
    const can = {
      list: u.role !== "ADMIN" ? 30 : 0,
      report: u.reports?.length ? 22 : 0,
      edit: u.drafts.some((d) => !d.done) ? 30 : 0,
      frames: u.budgets?.length ? 10 : 0,
      calendar: 8,
      gathering: u.gatherings?.length ? 8 : 0,
      register: u.open?.length ? 6 : 0,
      attendance: u.held?.some((g) => g.registrations.length) ? 6 : 0,
      annual: u.annual?.length ? 6 : 0,
      admin: u.role === "ADMIN" ? 40 : 0,
    };
    const what = t.weighted(Object.entries(can));
    if (what === "list") yield page("list", listPath(u, t, year));
    else if (what === "report") yield page("report view", `/behovsmeldinger/${t.pick(u.reports)}`);
    else if (what === "frames") yield page("frames", `/budsjett/${t.pick(u.budgets)}/rammer`);
    else if (what === "calendar") yield page("calendar", `/kalender${t.chance(0.5) ? `?maned=${month()}` : ""}`);
    else if (what === "gathering") yield page("gathering", `/samlinger/${t.pick(u.gatherings)}`);
    else if (what === "annual") {
      yield page("annual reports", "/arsrapporter");
      yield page("annual report", `/arsrapporter/${t.pick(u.annual)}`);
    } else if (what === "admin") yield page("admin", t.pick(["/admin", "/admin/fylker", "/admin/tilgang"]));
    else if (what === "register") {
      const g = t.pick(u.open);
      yield page("gathering", `/samlinger/${g.id}`);
      const n = ctx.registrations.length;
      const email = `wl-${ctx.runId}-${u.n}-${n}@bench.example.no`;
      const fields = {
        gatheringId: g.id,
        organisationId: g.org,
        name: `Deltaker ${u.n}-${n}`,
        email,
        unitName: "Bench skole",
        role: "Lærer",
        ...(g.track ? { trackId: g.track } : {}),
      };
      const res = yield {
        kind: "register (action)",
        request: formAction({
          path: `/samlinger/${g.id}`,
          cookie: u.cookie,
          origin: ctx.base,
          action: ctx.actions.register,
          fields,
        }),
        action: true,
      };
      if (res.ok) ctx.registrations.push({ gatheringId: g.id, email });
    } else if (what === "attendance") {
      const g = t.pick(u.held.filter((x) => x.registrations.length));
      yield page("attendance page", `/samlinger/${g.id}/oppmote`);
      for (let i = t.int(1, 3); i > 0; i--) {
        const fields = {
          registrationId: t.pick(g.registrations),
          attendance: t.pick(["PRESENT", "PRESENT", "PRESENT", "ABSENT"]),
        };
        yield {
          kind: "attendance (action)",
          request: formAction({
            path: `/samlinger/${g.id}/oppmote`,
            cookie: u.cookie,
            origin: ctx.base,
            action: ctx.actions.attendance,
            fields,
          }),
          action: true,
        };
      }
    } else if (what === "edit") {
      const d = u.drafts.find((x) => !x.done);
      d.done = true;
      yield page("edit form", `/behovsmeldinger/${d.id}/rediger`);
      let saves = t.int(2, 5);
      for (let i = 1; i <= saves; i++) {
        // Typing in the co-determination remark; the form saves every 10 s while one types.
        const remark = `Drøftet med tillitsvalgte (${u.id}, lagring ${i}, ${ctx.runId}).`;
        const draft = { ...d.draft, codetermination: { ...d.draft.codetermination, remark } };
        d.attempted = remark;
        const res = yield {
          kind: "autosave (action)",
          think: 10_000,
          request: jsonAction({
            path: `/behovsmeldinger/${d.id}/rediger`,
            cookie: u.cookie,
            origin: ctx.base,
            action: ctx.actions.save,
            args: [d.id, d.version, draft],
          }),
          action: true,
        };
        if (res.ok && res.result?.ok) {
          d.version = res.result.data.version;
          d.saved = remark;
        } else saves = 0; // a failed save: the person stops and reloads another time
      }
      if (d.saved && t.chance(0.7)) {
        yield page("send-in page", `/behovsmeldinger/${d.id}/send-inn`);
        const res = yield {
          kind: "submit (action)",
          request: jsonAction({
            path: `/behovsmeldinger/${d.id}/send-inn`,
            cookie: u.cookie,
            origin: ctx.base,
            action: ctx.actions.submit,
            args: [d.id, d.version],
          }),
          action: true,
          redirect: true,
        };
        if (res.ok) {
          d.submitted = true;
          yield page("report view", `/behovsmeldinger/${d.id}?sendt=1`);
        }
      }
    }
  }
}

// ───────────────────────────── the run ─────────────────────────────

/**
 * Runs the workload against `base` for `seconds` (the first third, at most 30 s, is the ramp-up
 * over which the users sign in). Returns per-kind figures, the page cache's hit ratios and the
 * database check.
 */
export async function runWorkload({
  base,
  databaseUrl,
  users,
  seconds,
  seed,
  actions,
  year,
  processes = 1,
  log = () => undefined,
}) {
  const plans = await planUsers(databaseUrl, { users, seed });
  const roles = {};
  for (const u of plans) roles[u.role] = (roles[u.role] ?? 0) + 1;
  const counties = new Set(plans.map((u) => u.county).filter(Boolean));
  log(
    `workload: ${plans.length} users (${Object.entries(roles)
      .map(([r, n]) => `${n} ${r}`)
      .join(
        ", ",
      )}) in ${counties.size} counties; ${plans.reduce((a, u) => a + u.drafts.length, 0)} drafts to edit; ${seconds} s`,
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const ctx = { base, actions, year, registrations: [], runId: crypto.randomBytes(3).toString("hex") };
  const records = [];
  let t0 = performance.now() + 500;
  let end = t0 + seconds * 1000;
  const ramp = Math.min(30_000, (seconds * 1000) / 3);
  const sleepUntil = (at) => new Promise((r) => setTimeout(r, Math.max(0, at - performance.now())));

  const record = (kind, at, res, { action = false, redirect = false, request } = {}) => {
    const latency = performance.now() - at;
    const status = res.status;
    let ok = !res.error && status >= 200 && status < 400;
    let problem = res.error ?? (ok ? null : `HTTP ${status}`);
    if (ok && !redirect && status !== 200) {
      ok = false;
      problem = `HTTP ${status}${res.headers.location ? ` → ${res.headers.location}` : ""}`;
    }
    let result = null;
    if (ok && action) {
      result = actionResult(res.body);
      // A redirecting action (submit) answers with the redirect and no result row.
      const redirected = Boolean(res.headers["x-action-redirect"]) || (status >= 300 && status < 400);
      if (!(redirect && redirected) && !result?.ok) {
        ok = false;
        problem = result
          ? `action answered ${result.code ?? "not ok"}${result.fieldErrors ? ` ${JSON.stringify(result.fieldErrors)}` : ""}`
          : "no action result";
      }
    }
    // The page cache answers GETs only (an action that redirects renders its target inside, through the cache: not counted).
    records.push({
      kind,
      latency,
      status,
      ok,
      problem,
      path: request ? `${request.method ?? "GET"} ${request.path}` : null,
      cache: action ? null : (res.headers["x-response-cache"] ?? null),
    });
    return { ok, result };
  };

  async function runUser(u, start) {
    let at = start;
    await sleepUntil(at);
    // Sign in through the demo login, as bench/lib.mjs signIn does.
    const login = await send(agent, base, { path: "/logg-inn", headers: { accept: "text/html" } });
    record("sign-in page", at, login);
    at += 2000 + u.rng() * 4000;
    await sleepUntil(at);
    const { res: signed, cookie } = await signInAs(agent, base, login, u.id);
    const r = record("sign-in (action)", at, signed, {
      redirect: true,
      request: { method: "POST", path: `/logg-inn (demo, ${u.id})` },
    });
    if (!cookie) {
      if (r.ok)
        records[records.length - 1] = { ...records[records.length - 1], ok: false, problem: "no session cookie" };
      return;
    }
    u.cookie = cookie;
    const steps = journey(u, ctx);
    let step = steps.next().value;
    at += 1000; // the redirect's page
    while (at < end) {
      await sleepUntil(at);
      if (performance.now() >= end) {
        // Due before the end, but the answer it waited for came after it: never sent. Counted with
        // the least latency it could have had (no omission of the slowest), not as an error.
        records.push({
          kind: step.kind,
          latency: performance.now() - at,
          status: 0,
          ok: true,
          unsent: true,
          problem: null,
          cache: null,
        });
        break;
      }
      const res = await send(agent, base, step.request);
      const outcome = record(step.kind, at, res, step);
      at += step.think ?? 2000 + u.rng() * 6000;
      step = steps.next(outcome).value;
    }
  }

  await warmUp(agent, base, plans, processes);
  t0 = performance.now() + 500;
  end = t0 + seconds * 1000;
  const started = performance.now();
  await Promise.all(plans.map((u, i) => runUser(u, t0 + (ramp * i) / plans.length + u.rng() * (ramp / plans.length))));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();

  // Figures per kind of page or action.
  const kinds = {};
  for (const rec of records) {
    const k = (kinds[rec.kind] ??= {
      requests: 0,
      unsent: 0,
      latencies: [],
      errors: 0,
      http500: 0,
      hits: 0,
      misses: 0,
      problems: {},
      examples: {},
    });
    if (rec.unsent) k.unsent++;
    else k.requests++;
    k.latencies.push(rec.latency);
    if (!rec.ok) {
      k.errors++;
      k.problems[rec.problem] = (k.problems[rec.problem] ?? 0) + 1;
      k.examples[rec.problem] ??= rec.path;
    }
    if (rec.status === 500) k.http500++;
    if (rec.cache === "hit") k.hits++;
    if (rec.cache === "miss") k.misses++;
  }
  const table = {};
  for (const [kind, k] of Object.entries(kinds)) {
    k.latencies.sort((a, b) => a - b);
    table[kind] = {
      requests: k.requests,
      unsent: k.unsent,
      p50: percentile(k.latencies, 50),
      p95: percentile(k.latencies, 95),
      p99: percentile(k.latencies, 99),
      errors: k.errors,
      http500: k.http500,
      hitRatio: k.hits + k.misses ? k.hits / (k.hits + k.misses) : null,
      problems: k.problems,
      examples: k.examples,
    };
  }
  const all = records.map((x) => x.latency).sort((a, b) => a - b);
  const overall = {
    requests: records.filter((x) => !x.unsent).length,
    unsent: records.filter((x) => x.unsent).length,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    errors: records.filter((x) => !x.ok).length,
    http500: records.filter((x) => x.status === 500).length,
  };
  const hits = Object.values(kinds).reduce((a, k) => a + k.hits, 0);
  const misses = Object.values(kinds).reduce((a, k) => a + k.misses, 0);
  const verified = await verify(databaseUrl, plans, ctx.registrations);
  return {
    users: plans.length,
    roles,
    counties: counties.size,
    seconds: elapsed,
    rampSeconds: ramp / 1000,
    requests: overall.requests,
    overall,
    kinds: table,
    hitRatio: hits + misses ? hits / (hits + misses) : null,
    verified,
  };
}

/** The demo login's POST (the form on /logg-inn, as bench/lib.mjs signIn sends it); resolves with the answer and the session cookie. */
async function signInAs(agent, base, login, personId) {
  const demoField = demoActionField(login.body.toString("utf8"));
  if (!demoField) return { res: { ...login, status: 0, error: "no demo sign-in form on /logg-inn" }, cookie: "" };
  const form = multipart([
    [demoField, ""],
    ["personId", personId],
  ]);
  const res = await send(agent, base, {
    method: "POST",
    path: "/logg-inn",
    headers: { "content-type": form.type, origin: base },
    body: form.body,
  });
  const cookie = []
    .concat(res.headers["set-cookie"] ?? [])
    .map((x) => x.split(";")[0])
    .filter((x) => x.startsWith("authjs.session-token="))
    .join("; ");
  return { res, cookie };
}

/**
 * A server that has been running is warm: before the clock starts, one user of each role opens each
 * kind of page it will open (no writes), a few times per server process, each on a new connection
 * (a connection stays with one process). Not recorded.
 */
async function warmUp(agent, base, plans, processes) {
  const firsts = new Map();
  for (const u of plans) if (!firsts.has(u.role)) firsts.set(u.role, u);
  await Promise.all(
    [...firsts.values()].map(async (u) => {
      const login = await send(agent, base, { path: "/logg-inn" });
      const { cookie } = await signInAs(agent, base, login, u.id);
      if (!cookie) return;
      const d = u.drafts[0]?.id;
      const paths = [
        "/",
        "/behovsmeldinger",
        "/behovsmeldinger?status=SUBMITTED&sort=total&dir=desc&page=2",
        "/kalender",
      ];
      if (u.reports?.length) paths.push(`/behovsmeldinger/${u.reports[0]}`);
      if (d) paths.push(`/behovsmeldinger/${d}/rediger`, `/behovsmeldinger/${d}/send-inn`);
      if (u.budgets?.length) paths.push(`/budsjett/${u.budgets[0]}/rammer`);
      if (u.gatherings?.length) paths.push(`/samlinger/${u.gatherings[0]}`);
      if (u.held?.length) paths.push(`/samlinger/${u.held[0].id}/oppmote`);
      if (u.annual?.length) paths.push("/arsrapporter", `/arsrapporter/${u.annual[0]}`);
      if (u.role === "ADMIN") paths.push("/admin", "/admin/fylker", "/admin/tilgang");
      for (let i = 0; i < 2 * processes; i++)
        for (const p of paths) await send(false, base, { path: p, headers: { cookie, connection: "close" } });
    }),
  );
}

/** What the workload wrote, read back: submitted drafts SUBMITTED, autosaved drafts holding the last saved value, registrations there. */
async function verify(databaseUrl, plans, registrations) {
  const drafts = plans.flatMap((u) => u.drafts).filter((d) => d.attempted);
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT id, status::text, "codeterminationRemark" AS remark FROM "NeedsReport" WHERE id = ANY($1)`,
      [drafts.map((d) => d.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const bad = [];
    let saved = 0;
    let submitted = 0;
    for (const d of drafts) {
      const row = byId.get(d.id);
      if (d.saved) saved++;
      if (d.submitted) submitted++;
      if (d.saved && row?.remark !== d.saved) bad.push(`${d.id}: remark "${row?.remark}" ≠ last saved "${d.saved}"`);
      else if (!d.saved && row?.remark === d.attempted) bad.push(`${d.id}: holds a save the workload saw fail`);
      if (d.submitted && row?.status !== "SUBMITTED") bad.push(`${d.id}: ${row?.status}, not SUBMITTED`);
    }
    const found = registrations.length
      ? Number(
          (
            await c.query(
              `SELECT count(*) AS n FROM "Registration" r JOIN unnest($1::text[], $2::text[]) AS x(g, e) ON r."gatheringId" = x.g AND r.email = x.e WHERE r.status = 'REGISTERED'`,
              [registrations.map((x) => x.gatheringId), registrations.map((x) => x.email)],
            )
          ).rows[0].n,
        )
      : 0;
    if (found !== registrations.length)
      bad.push(`${registrations.length - found} of ${registrations.length} registrations missing`);
    return { autosaved: saved, submitted, registrations: registrations.length, bad, ok: bad.length === 0 };
  } finally {
    await c.end();
  }
}
