import { readdirSync } from "node:fs";
import path from "node:path";
import type { APIResponse, BrowserContext } from "@playwright/test";
import { expect, signInAsDemo, test } from "./fixtures";

/**
 * The authorization matrix over every route handler (every `route.ts` under
 * app/) × every demo persona, signed in through the demo login, plus a caller
 * without a session — generated from the one table below, MATRIX.
 *
 * The expectations are read off the handlers and their policies, not recorded
 * from the server: whoever a target's `allow` names gets the file (HTTP 200
 * with the right content type and the file's first bytes); a signed-in persona
 * not named gets 404 — records outside a person's scope are "not found", the
 * same answer as for an id that does not exist (docs/decisions/002); a caller
 * without a session gets what the handler answers before any lookup: 401
 * ("Ikke innlogget", JSON) — no handler redirects to /logg-inn, only pages do.
 * No route handler answers 403 today. A refusal must never carry a document:
 * it is JSON. An escape is a 200 where the table expects a refusal.
 *
 * Requests go through each persona's `context.request`, so the session cookie
 * is sent, and never follow redirects (maxRedirects: 0).
 */

const PERSONAS = [
  "Kari Nordvik", // OWNER Vågan kommune (Nordland; lead owner of the Lofoten partnership)
  "Eirik Solstad", // COORDINATOR Kompetansenettverk Lofoten + OWNER Vågan kommune
  "Lise Mo", // OWNER Meløy kommune (Nordland, outside Lofoten; her own report is a draft)
  "Anders Bakkevik", // UH Matematikksenteret (NTNU, Trøndelag) — a unit named in the Lofoten reports, contributes to both counties' measures
  "Ingrid Fjellheim", // UH Skrivesenteret (NTNU, Trøndelag) — likewise (a demo persona too, so she is in the matrix)
  "Jonas Berg", // STATSFORVALTER Nordland
  "Marte Lien", // STATSFORVALTER Trøndelag
  "Hanne Vik", // OWNER Trondheim kommune
  "Ola Brattås", // COORDINATOR Trondheim/Malvik
  "Siri Aune", // FORUM_MEMBER Trøndelag + OWNER Steinkjer kommune
  "Bjørn Tangen", // FORUM_MEMBER Trøndelag + UH Nord universitet (an institution in Nordland)
  "Tor Systad", // ADMIN
  "Per Lunde", // ORG_ADMIN Vågan kommune + OWNER Vågan kommune — as an owner he sees what Kari Nordvik sees; administering adds no file
  "Ingrid Haugen", // DIRECTORATE (Utdanningsdirektoratet): reads every county's summary, nothing of a single report, budget or forum
] as const;
type Persona = (typeof PERSONAS)[number];
const ANONYMOUS = "anonymous";
type Who = Persona | typeof ANONYMOUS;
const EVERYONE: readonly Who[] = [...PERSONAS, ANONYMOUS];

/** Every persona who may see a county's Statsforvalter/forum records (budgets, forum, overview). */
const NORDLAND_SF = ["Jonas Berg"] as const satisfies readonly Persona[];
const TRONDELAG_SF_FORUM = ["Marte Lien", "Siri Aune", "Bjørn Tangen"] as const satisfies readonly Persona[];

/** What an allowed answer is: its content type and how the file starts. */
const FILE = {
  pdf: { type: /^application\/pdf$/, magic: "%PDF-" },
  xlsx: { type: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/, magic: "PK\u0003\u0004" },
  csv: { type: /^text\/csv; charset=utf-8$/, magic: "\ufeffÅr;Fylke;" },
  ics: { type: /^text\/calendar; charset=utf-8$/, magic: "BEGIN:VCALENDAR" },
  json: { type: /^application\/json/, magic: "{" },
  zip: { type: /^application\/zip$/, magic: "PK\u0003\u0004" },
  txt: { type: /^text\/plain; charset=utf-8$/, magic: "Contact: mailto:sikkerhet@e2e.test" },
} as const;

/** Records that exist only once the test has made or fetched them (see `prepare`). */
type Setup = {
  /** A case attachment of Samarbeidsforum Trøndelag, uploaded by its secretariat. */
  trdAttachment: string;
  /** Calendar-feed links as the Calendar page (/kalender) shows them to the person they are issued to. */
  feeds: { kariLofotenNetwork: string; kariLofotenMeasure: string; hanneTrondheimMalvikNetwork: string };
};

type Target = {
  what: string;
  url: string | ((s: Setup) => string);
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** What the allowed get. */
  file: keyof typeof FILE;
  /** Who gets the file; every other signed-in persona gets `deny`, and a caller without a session `anonymous`. */
  allow: readonly Who[];
  deny?: number; // default 404
  anonymous?: number; // default 401
  /** CSV only: the counties (column «Fylke») of the rows each allowed persona gets — exactly these. */
  counties?: Partial<Record<Persona, string[]>>;
  /**
   * Known deviations that fail closed: personas the policy lets in (so they are in `allow`) whom the server refuses today
   * because of a bug, with the status they get. Checked as refusals and counted apart; when the bug is fixed the combination
   * answers 200 and the test fails — then delete the entry.
   */
  bug?: { who: readonly Persona[]; status: number; why: string };
};

/**
 * POST /api/jobs/arsrapport-paminnelser exists only with JOB_SECRET (16+
 * characters) set; the e2e server is started without it (playwright.config.ts
 * passes none), so it is 404 for everyone. Should the runner's environment
 * carry one (the web server inherits it), a call without the right bearer is
 * 401. A session never authorises the job.
 */
const JOB = (process.env.JOB_SECRET ?? "").length >= 16 ? 401 : 404;

/** The route handlers next-auth owns (its own sign-in/session endpoints): not part of the matrix. */
const EXCLUDED = ["api/auth/[...nextauth]/route.ts"];

/** The case of Samarbeidsforum Trøndelag the setup attaches a PDF to (its meeting, 26 January 2023, is held, the minutes not approved, so the secretariat may still add attachments). */
const TRD_CASE = "case-trd-2023-1";

/**
 * THE TABLE: one row per route handler, keyed by its path under app/. Each row
 * has one or more targets (a concrete URL built from demo-seed ids) chosen so
 * that the Nordland side (Lofoten network / Vågan kommune / Statsforvalteren i
 * Nordland) and the Trøndelag side are both "own" for someone and "other" for
 * someone else.
 */
const MATRIX: Record<string, { targets: Target[] }> = {
  // getNeedsReport → needsReportScope (lib/needs-reports/policy.ts): owners of the partnership, the network's coordinators,
  // the UH institution or units named; the county's Statsforvalter and forum once submitted (never a draft); ADMIN nothing.
  "(portal)/behovsmeldinger/[id]/pdf/route.ts": {
    targets: [
      {
        // GRANTED; lead owner Vågan, network Lofoten, UH NTNU with units Matematikksenteret and Skrivesenteret.
        what: "Lofoten 2024 (Nordland, granted)",
        url: "/behovsmeldinger/report-nor-lofoten-2024/pdf",
        file: "pdf",
        allow: ["Kari Nordvik", "Per Lunde", "Eirik Solstad", "Anders Bakkevik", "Ingrid Fjellheim", "Jonas Berg"],
        // Lise Mo (same county, not in the partnership) and everyone in Trøndelag: 404. Bjørn Tangen's Nord universitet is not named.
      },
      {
        // SUBMITTED (GRANTED once forum-2023.spec.ts has run); lead owner Trondheim, network Trondheim/Malvik, UH institution NTNU with no units
        // named — so the NTNU units' people (Anders, Ingrid) do not see it: the scope matches the institution or unit bound, not its parent.
        what: "Trondheim/Malvik 2023 (Trøndelag, submitted)",
        url: "/behovsmeldinger/report-trd-2023-trondheim-malvik/pdf",
        file: "pdf",
        allow: ["Marte Lien", "Hanne Vik", "Ola Brattås", "Siri Aune", "Bjørn Tangen"],
      },
      {
        // DRAFT, no reopen request; lead owner Meløy, network Salten, UH institution Nord universitet. The Statsforvalter does not see a
        // draft; the UH institution named does — the policy has no status condition for UH (Bjørn Tangen, UH Nord universitet).
        what: "Meløy 2024 (Nordland, draft)",
        url: "/behovsmeldinger/nr-org-meloy-kommune-2024/pdf",
        file: "pdf",
        allow: ["Lise Mo", "Bjørn Tangen"],
      },
      { what: "an id that does not exist", url: "/behovsmeldinger/finnes-ikke/pdf", file: "pdf", allow: [] },
    ],
  },

  // getLetter (lib/decision-letters/queries.ts): the report's scope, and a draft only for the Statsforvalter of its county (canReadLetter).
  // The seed's decision on Lofoten 2024 has its letter as a draft: its preview (and the English courtesy copy) is Jonas Berg's alone.
  "(portal)/behovsmeldinger/[id]/vedtak/[letterId]/pdf/route.ts": {
    targets: [
      {
        what: "the draft decision letter of Lofoten 2024",
        url: "/behovsmeldinger/report-nor-lofoten-2024/vedtak/letter-report-nor-lofoten-2024/pdf",
        file: "pdf",
        allow: NORDLAND_SF,
      },
      {
        what: "its English courtesy copy",
        url: "/behovsmeldinger/report-nor-lofoten-2024/vedtak/letter-report-nor-lofoten-2024/pdf?sprak=en",
        file: "pdf",
        allow: NORDLAND_SF,
      },
      {
        what: "that letter under another report's address",
        url: "/behovsmeldinger/report-trd-2023-trondheim-malvik/vedtak/letter-report-nor-lofoten-2024/pdf",
        file: "pdf",
        allow: [],
      },
    ],
  },
  // reportArchivePackage: the report's scope, then canPrepareLetters (the county's Statsforvalter).
  "(portal)/behovsmeldinger/[id]/vedtak/arkivpakke/route.ts": {
    targets: [
      {
        what: "Lofoten 2024's case as a Noark 5 package",
        url: "/behovsmeldinger/report-nor-lofoten-2024/vedtak/arkivpakke",
        file: "zip",
        allow: NORDLAND_SF,
      },
      {
        what: "an id that does not exist",
        url: "/behovsmeldinger/finnes-ikke/vedtak/arkivpakke",
        file: "zip",
        allow: [],
      },
    ],
  },
  // getAppealAttachment: an attachment of an appeal on this report, in the report's scope. The demo has no appeal; the id answers 404 to all.
  "(portal)/behovsmeldinger/[id]/vedtak/klagevedlegg/[attachmentId]/route.ts": {
    targets: [
      {
        what: "an attachment id that does not exist",
        url: "/behovsmeldinger/report-nor-lofoten-2024/vedtak/klagevedlegg/finnes-ikke",
        file: "pdf",
        allow: [],
      },
    ],
  },

  // canListNeedsReports: anyone with an OWNER, COORDINATOR, UH, STATSFORVALTER or FORUM_MEMBER role; ADMIN 404. The rows are
  // listNeedsReports → needsReportScope, so the CSV's «Fylke» column shows whose reports came out.
  "(portal)/behovsmeldinger/eksport/route.ts": {
    targets: [
      {
        what: "the list as CSV",
        url: "/behovsmeldinger/eksport?format=csv",
        file: "csv",
        allow: PERSONAS.filter((p) => p !== "Tor Systad" && p !== "Ingrid Haugen"),
        counties: {
          "Kari Nordvik": ["Nordland"],
          "Per Lunde": ["Nordland"],
          "Eirik Solstad": ["Nordland"],
          "Lise Mo": ["Nordland"],
          "Anders Bakkevik": ["Nordland"], // the Lofoten reports name his unit; the Trøndelag reports name only NTNU
          "Ingrid Fjellheim": ["Nordland"],
          "Jonas Berg": ["Nordland"],
          "Marte Lien": ["Trøndelag"],
          "Hanne Vik": ["Trøndelag"],
          "Ola Brattås": ["Trøndelag"],
          "Siri Aune": ["Trøndelag"],
          "Bjørn Tangen": ["Nordland", "Trøndelag"], // forum Trøndelag; UH Nord universitet is named in Meløy's draft
        },
      },
      {
        what: "the list as XLSX",
        url: "/behovsmeldinger/eksport",
        file: "xlsx",
        allow: PERSONAS.filter((p) => p !== "Tor Systad" && p !== "Ingrid Haugen"),
      },
    ],
  },

  // getBudgetOverview → loadBudget → budgetScope (lib/budget/policy.ts): the county's Statsforvalter and forum members only.
  "(portal)/budsjett/[id]/sammenstilling/eksport/route.ts": {
    targets: [
      {
        what: "budget Nordland 2024",
        url: "/budsjett/budget-nor-2024/sammenstilling/eksport",
        file: "xlsx",
        allow: NORDLAND_SF,
      },
      {
        what: "budget Trøndelag 2023",
        url: "/budsjett/budget-trd-2023/sammenstilling/eksport",
        file: "xlsx",
        allow: TRONDELAG_SF_FORUM,
      },
    ],
  },

  // No session here: calendar programs send none. The feed is authorised by the HMAC token in the link, which names the person it
  // was issued to (lib/gatherings/calendar.ts), and that person must still see the network/measure. So a valid link is a bearer
  // capability: it answers 200 to ANY caller, whoever's cookie comes with it — the documented exception to "other → 404".
  // A link whose token or person does not match is 404 for everyone. (A link whose person has lost the role is covered by
  // tests/integration/gatherings.test.ts: no demo persona loses a role here.)
  "(portal)/kalender/[kind]/[file]/route.ts": {
    targets: [
      {
        what: "Lofoten network feed, Kari Nordvik's link",
        url: (s) => s.feeds.kariLofotenNetwork,
        file: "ics",
        allow: EVERYONE,
      },
      {
        what: "Lofoten measure feed, Kari Nordvik's link",
        url: (s) => s.feeds.kariLofotenMeasure,
        file: "ics",
        allow: EVERYONE,
      },
      {
        what: "Trondheim/Malvik network feed, Hanne Vik's link",
        url: (s) => s.feeds.hanneTrondheimMalvikNetwork,
        file: "ics",
        allow: EVERYONE,
      },
      {
        what: "Kari's Lofoten token presented for Hanne Vik",
        url: (s) => s.feeds.kariLofotenNetwork.replace("person=person-kari-nordvik", "person=person-hanne-vik"),
        file: "ics",
        allow: [],
        anonymous: 404,
      },
      {
        what: "Kari's Lofoten link with the token tampered",
        url: (s) => tamper(s.feeds.kariLofotenNetwork),
        file: "ics",
        allow: [],
        anonymous: 404,
      },
      {
        what: "Lofoten network feed without person and token",
        url: "/kalender/nettverk/net-nor-lofoten.ics",
        file: "ics",
        allow: [],
        anonymous: 404,
      },
    ],
  },

  // canSeeOverview (lib/overview/policy.ts): Statsforvalter and forum members; the figures are scoped to their own counties.
  "(portal)/oversikt/eksport/route.ts": {
    targets: [
      {
        what: "table «midler-nettverk»",
        url: "/oversikt/eksport?tabell=midler-nettverk",
        file: "xlsx",
        allow: [...NORDLAND_SF, ...TRONDELAG_SF_FORUM],
      },
    ],
  },

  // canSeeCountySummary, then countySummary: the county asked for must be one of the actor's overview counties (any county for the
  // directorate, Ingrid Haugen), else 404.
  "(portal)/oversikt/sammendrag/pdf/route.ts": {
    targets: [
      {
        what: "Nordland 2024",
        url: "/oversikt/sammendrag/pdf?ar=2024&fylke=county-nordland",
        file: "pdf",
        allow: [...NORDLAND_SF, "Ingrid Haugen"],
      },
      {
        what: "Trøndelag 2023",
        url: "/oversikt/sammendrag/pdf?ar=2023&fylke=county-trondelag",
        file: "pdf",
        allow: [...TRONDELAG_SF_FORUM, "Ingrid Haugen"],
      },
    ],
  },

  // meetingPdfResponse → getMeeting → meetingScope → forumScope (lib/forum/policy.ts): the county's Statsforvalter and forum members.
  "(portal)/samarbeidsforum/moter/[id]/protokoll.pdf/route.ts": {
    targets: [
      {
        what: "Nordland, 18 January 2024 (minutes approved)",
        url: "/samarbeidsforum/moter/mtg-nor-2024-01-18/protokoll.pdf",
        file: "pdf",
        allow: NORDLAND_SF,
      },
      {
        what: "Trøndelag, 26 January 2023 (held)",
        url: "/samarbeidsforum/moter/mtg-trd-2023-01/protokoll.pdf",
        file: "pdf",
        allow: TRONDELAG_SF_FORUM,
      },
    ],
  },
  "(portal)/samarbeidsforum/moter/[id]/saksliste.pdf/route.ts": {
    targets: [
      {
        what: "Nordland, 18 January 2024",
        url: "/samarbeidsforum/moter/mtg-nor-2024-01-18/saksliste.pdf",
        file: "pdf",
        allow: NORDLAND_SF,
      },
      {
        what: "Trøndelag, 26 January 2023",
        url: "/samarbeidsforum/moter/mtg-trd-2023-01/saksliste.pdf",
        file: "pdf",
        allow: TRONDELAG_SF_FORUM,
      },
    ],
  },

  // getAttachment → caseScope → forumScope. The demo seed has NO case attachments, so the setup uploads one to a Trøndelag case as
  // its secretariat (Marte Lien). No Nordland attachment can be made: Nordland's only case belongs to the meeting of 18 January 2024,
  // whose minutes are approved, so nobody may attach to it any more — the Nordland side of this route is covered by Jonas Berg
  // (Statsforvalter Nordland) being refused the Trøndelag attachment, and by an attachment id that does not exist.
  "(portal)/samarbeidsforum/saker/[id]/vedlegg/[attachmentId]/route.ts": {
    targets: [
      {
        what: "a PDF attached to Sak 1/2023 of Samarbeidsforum Trøndelag",
        url: (s) => s.trdAttachment,
        file: "pdf",
        allow: TRONDELAG_SF_FORUM,
      },
      {
        what: "an attachment id that does not exist",
        url: `/samarbeidsforum/saker/${TRD_CASE}/vedlegg/finnes-ikke`,
        file: "pdf",
        allow: [],
      },
      // The same attachment under another case's address is "not found" too, as any wrong address is.
      {
        what: "that PDF addressed under another case",
        url: (s) => s.trdAttachment.replace(`/saker/${TRD_CASE}/`, "/saker/finnes-ikke/"),
        file: "pdf",
        allow: [],
      },
    ],
  },

  // getGathering → gatheringScope: the gatherings of the measures one sees (measureScope: the counties one is bound in, any county's
  // measure one's UH unit contributes to; ADMIN sees every measure) or facilitates. County-wide by design: Lise Mo (Meløy, Nordland)
  // sees Lofoten's gatherings; Bjørn Tangen is bound in both counties (forum Trøndelag, Nord universitet in Nordland). Which
  // registrations' contact data the file carries is a separate scope (registrationScope), not checked here.
  "(portal)/samlinger/[id]/deltakere/route.ts": {
    targets: [
      {
        what: "Lofoten ledersamling 2024 (measure of Lofoten, Nordland)",
        url: "/samlinger/gath-lofoten-2024-ledersamling/deltakere",
        file: "xlsx",
        allow: [
          "Kari Nordvik",
          "Per Lunde",
          "Eirik Solstad",
          "Lise Mo",
          "Anders Bakkevik",
          "Ingrid Fjellheim",
          "Jonas Berg",
          "Bjørn Tangen",
          "Tor Systad",
        ],
      },
      {
        what: "Tidlig innsats, Trondheim/Malvik samling 1 (joint measure, Trøndelag)",
        url: "/samlinger/gath-ti-trondheim-malvik-s1/deltakere",
        file: "xlsx",
        allow: [
          "Anders Bakkevik",
          "Ingrid Fjellheim",
          "Marte Lien",
          "Hanne Vik",
          "Ola Brattås",
          "Siri Aune",
          "Bjørn Tangen",
          "Tor Systad",
        ],
      },
    ],
  },

  // The health check for load balancers and the container (docs/deploy.md): public, it says only whether the database answers.
  "api/health/route.ts": {
    targets: [{ what: "GET", url: "/api/health", file: "json", allow: EVERYONE }],
  },

  // Where to report a security problem (RFC 9116), at /.well-known/security.txt by a rewrite: public, no user data.
  "api/security-txt/route.ts": {
    targets: [{ what: "GET", url: "/.well-known/security.txt", file: "txt", allow: EVERYONE }],
  },

  // See JOB above: a session is never a credential for the job.
  "api/jobs/arsrapport-paminnelser/route.ts": {
    targets: [
      {
        what: "POST with the session only",
        url: "/api/jobs/arsrapport-paminnelser",
        method: "POST",
        file: "json",
        allow: [],
        deny: JOB,
        anonymous: JOB,
      },
      {
        what: "POST with a wrong bearer token",
        url: "/api/jobs/arsrapport-paminnelser",
        method: "POST",
        headers: { Authorization: "Bearer not-the-job-secret-0123456789" },
        file: "json",
        allow: [],
        deny: JOB,
        anonymous: JOB,
      },
    ],
  },
};

/** The same link with the last character of its token changed. */
function tamper(link: string): string {
  return link.replace(
    /token=([\w-]+)/,
    (_, token: string) => `token=${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`,
  );
}

function expected(t: Target, who: Who): { allowed: boolean; status: number; bug?: string } {
  if (t.bug?.who.includes(who as Persona)) return { allowed: false, status: t.bug.status, bug: t.bug.why };
  if (t.allow.includes(who)) return { allowed: true, status: 200 };
  return { allowed: false, status: who === ANONYMOUS ? (t.anonymous ?? 401) : (t.deny ?? 404) };
}

const tally = {
  routes: Object.keys(MATRIX).length,
  targets: 0,
  personas: EVERYONE.length,
  combinations: 0,
  allowed: 0,
  denied: 0,
  escapes: 0,
  bugs: new Map<string, number>(),
};

test.afterAll(() => {
  if (tally.combinations === 0) return; // the worker of a failed table check: the matrix did not run here
  const bugs = [...tally.bugs.values()].reduce((a, n) => a + n, 0);
  console.log(
    `Route authorization matrix: ${tally.routes} routes (${tally.targets} targets) × ${tally.personas} personas = ${tally.combinations} combinations tested; ` +
      `allowed as expected ${tally.allowed}; denied as expected ${tally.denied}; escapes ${tally.escapes}` +
      (bugs
        ? `; known fail-closed bugs ${bugs} (the policy allows, the server refuses): ${[...tally.bugs].map(([why, n]) => `${n}× ${why}`).join("; ")}`
        : ""),
  );
});

test("the matrix has a row for every route handler under app/ and a column for every demo persona", async ({
  page,
}) => {
  const appDir = path.resolve(__dirname, "../../app");
  const handlers = (readdirSync(appDir, { recursive: true }) as string[])
    .map((p) => p.split(path.sep).join("/"))
    .filter((p) => /(^|\/)route\.[cm]?[jt]sx?$/.test(p));
  expect(handlers.sort(), "every route handler needs a row in MATRIX (or, if next-auth's, in EXCLUDED)").toEqual(
    [...Object.keys(MATRIX), ...EXCLUDED].sort(),
  );

  await page.goto("/logg-inn");
  const buttons = await page.getByRole("button", { name: /^Logg inn som / }).allTextContents();
  expect(
    buttons.map((b) => b.replace(/^Logg inn som /, "").trim()).sort(),
    "every demo persona needs a column in PERSONAS",
  ).toEqual([...PERSONAS].sort());
});

test("every persona, and a caller without a session, gets from every route handler exactly what the table says", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const contexts = new Map<Who, BrowserContext>();
  try {
    // One fresh context per persona, signed in once through the demo login, three at a time; its request API carries the session
    // cookie. The pages need no JavaScript for this (the demo login and the upload are forms that work without it), and leaving it
    // off spares hydrating twelve home pages.
    await pool([...PERSONAS], 3, async (name) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      contexts.set(name, context);
      await signInAsDemo(await context.newPage(), name);
    });
    contexts.set(ANONYMOUS, await browser.newContext());
    const setup = await prepare(contexts);

    const mismatches: string[] = [];
    const combos = Object.entries(MATRIX).flatMap(([route, row]) => row.targets.map((t) => ({ route, t })));
    tally.targets = combos.length;
    for (const who of EVERYONE) {
      const request = contexts.get(who)!.request;
      await pool(combos, 4, async ({ route, t }) => {
        const url = typeof t.url === "string" ? t.url : t.url(setup);
        const res = await request.fetch(url, { method: t.method ?? "GET", headers: t.headers, maxRedirects: 0 });
        const problem = await judge(t, who, res);
        tally.combinations++;
        if (problem) mismatches.push(`${route} — ${t.what} — ${who}: ${problem}`);
      });
    }
    expect(tally.combinations).toBe(combos.length * EVERYONE.length);
    expect(mismatches, "combinations that differ from the table").toEqual([]);
    expect(tally.escapes, "expected refusals answered with 200").toBe(0);
  } finally {
    for (const c of contexts.values()) await c.close();
  }
});

/** Compares one answer with the table; counts it; returns what is wrong, or null. */
async function judge(t: Target, who: Who, res: APIResponse): Promise<string | null> {
  const want = expected(t, who);
  const status = res.status();
  const type = res.headers()["content-type"] ?? "";
  const body = await res.body();
  if (!want.allowed) {
    if (status === 200 && want.bug)
      return `answered 200 — the known bug is fixed (${want.bug}): delete the \`bug\` entry`;
    if (status === 200) {
      tally.escapes++;
      return `ESCAPE: expected ${want.status}, got 200 (${type}, ${body.length} bytes)`;
    }
    if (status !== want.status)
      return `expected ${want.status}, got ${status} ${res.headers()["location"] ?? ""}`.trim();
    if (!FILE.json.type.test(type))
      return `refused with ${status}, but as ${type || "no content type"} instead of JSON`;
    if (want.bug) tally.bugs.set(want.bug, (tally.bugs.get(want.bug) ?? 0) + 1);
    else tally.denied++;
    return null;
  }
  const file = FILE[t.file];
  if (status !== 200) return `expected 200 ${t.file}, got ${status}`;
  if (!file.type.test(type)) return `expected ${t.file}, got content type ${type}`;
  if (body.subarray(0, Buffer.byteLength(file.magic)).toString("utf8") !== file.magic)
    return `content type ${type}, but the body does not start like ${t.file}`;
  if (t.counties && who !== ANONYMOUS) {
    const rows = body.toString("utf8").trim().split(/\r\n/).slice(1);
    const counties = [...new Set(rows.map((r) => r.split(";")[1]))].sort();
    const wanted = [...(t.counties[who] ?? [])].sort();
    if (JSON.stringify(counties) !== JSON.stringify(wanted))
      return `rows from counties ${counties.join(", ") || "(none)"}, expected ${wanted.join(", ")}`;
  }
  tally.allowed++;
  return null;
}

/**
 * What the table needs beyond the seed: a case attachment (the seed has none; Marte Lien, the Trøndelag secretariat, uploads one
 * through the case page) and real feed links (read from Kari Nordvik's and Hanne Vik's own Calendar page).
 */
async function prepare(contexts: Map<Who, BrowserContext>): Promise<Setup> {
  const page = contexts.get("Marte Lien")!.pages()[0]!;
  await page.goto(`/samarbeidsforum/saker/${TRD_CASE}`);
  await page.getByLabel("Vedlegg (PDF)").setInputFiles({
    name: "matrise-vedlegg.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
  });
  await page.getByRole("button", { name: "Last opp vedlegget" }).click();
  const link = page.getByRole("link", { name: "matrise-vedlegg.pdf" });
  await expect(link).toBeVisible();
  const trdAttachment = (await link.getAttribute("href"))!;
  expect(trdAttachment).toMatch(new RegExp(`^/samarbeidsforum/saker/${TRD_CASE}/vedlegg/[\\w-]+$`));

  const feedLinks = async (who: Persona) => {
    const res = await contexts.get(who)!.request.get("/kalender", { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    const links = [...(await res.text()).matchAll(/href="([^"]*\/kalender\/(?:nettverk|tiltak)\/[^"]+)"/g)].map((m) => {
      const u = new URL(m[1]!.replace(/&amp;/g, "&"), "http://localhost");
      return `${u.pathname}${u.search}`;
    });
    const find = (file: string) => {
      const found = links.find((l) => l.startsWith(`/kalender/${file}?`));
      expect(found, `${who}'s Calendar page links ${file}`).toBeTruthy();
      return found!;
    };
    return find;
  };
  const kari = await feedLinks("Kari Nordvik");
  const hanne = await feedLinks("Hanne Vik");
  const feeds = {
    kariLofotenNetwork: kari("nettverk/net-nor-lofoten.ics"),
    kariLofotenMeasure: kari("tiltak/measure-nor-lofoten.ics"),
    hanneTrondheimMalvikNetwork: hanne("nettverk/net-trd-trondheim-malvik.ics"),
  };
  expect(feeds.kariLofotenNetwork).toContain("person=person-kari-nordvik&token=");
  return { trdAttachment, feeds };
}

/** Runs `work` over `items`, at most `size` at a time. */
async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
