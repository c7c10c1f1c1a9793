/**
 * Hostile input: generated malformed forms posted to the form
 * actions' server-side core (`handleForm` in lib/form-handler.ts: the same parse → validate →
 * mutate → map-errors path as every server action, with the actor given
 * instead of read from the session). For every form: ≥ 500 inputs of wrong
 * types, huge strings, negative and enormous amounts, unicode, HTML/SQL
 * payloads, missing ids and the ids of other organisations' records, by
 * actors of every role. Expected: 0 unexpected errors (an HTTP 500), 0
 * partial writes (a failed post leaves no audit event, and every write has
 * one), and a clear error code for every refusal. The figures are printed.
 *
 * Every exported server action is in tests/support/form-registry.ts (FORMS
 * for form posts, CALLS for the two called with arguments — fuzzed with
 * arbitrary ids, versions and JSON drafts), so a new action without an entry
 * fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { seedDemoData } from "@/prisma/seed";
import { handleForm } from "@/lib/form-handler";
import { toResult, type ActionResult } from "@/lib/action-result";
import { CALLS, FORMS, exportedActions } from "@/tests/support/form-registry";
import { startBrregServer } from "@/tests/support/brreg-server.mjs";

const RUNS = Number(process.env.HOSTILE_RUNS ?? 500);
const stats = { forms: 0, posts: 0, ok: 0, refused: new Map<string, number>(), unexpected: 0, partialWrites: 0 };
afterAll(() => {
  const refused = [...stats.refused.entries()].map(([c, n]) => `${c} ${n}`).join(", ");
  console.log(
    `\nHostile input: ${stats.forms} actions × ${RUNS} = ${stats.posts} posts; accepted ${stats.ok}; refused ${refused}; unexpected errors (HTTP 500) ${stats.unexpected}; partial writes ${stats.partialWrites}`,
  );
});

/** The field names a schema reads, with array fields as "<name>.0.<field>". */
function keysOf(s: unknown, depth = 0): string[] {
  if (!s || typeof s !== "object" || depth > 6) return [];
  const x = s as {
    shape?: Record<string, unknown>;
    def?: { in?: unknown; out?: unknown; innerType?: unknown; element?: unknown; schema?: unknown; type?: string };
  };
  if (x.shape) {
    return Object.entries(x.shape).flatMap(([k, v]) => {
      const inner = unwrapArray(v);
      return inner ? [k, ...keysOf(inner, depth + 1).map((sub) => `${k}.0.${sub}`)] : [k];
    });
  }
  const d = (x.def ?? {}) as typeof x.def & { options?: unknown[] };
  if (d?.options) return d.options.flatMap((o) => keysOf(o, depth + 1));
  return [
    ...keysOf(d.in, depth + 1),
    ...keysOf(d.out, depth + 1),
    ...keysOf(d.innerType, depth + 1),
    ...keysOf(d.schema, depth + 1),
  ];
}
function unwrapArray(v: unknown, depth = 0): unknown {
  const d = (v as { def?: { type?: string; element?: unknown; innerType?: unknown; in?: unknown; out?: unknown } })
    ?.def;
  if (!d || depth > 5) return null;
  if (d.type === "array") return d.element;
  return unwrapArray(d.innerType, depth + 1) ?? unwrapArray(d.out, depth + 1) ?? unwrapArray(d.in, depth + 1);
}

let actors: Actor[] = [];
let ids: string[] = [];
let brreg: Awaited<ReturnType<typeof startBrregServer>> | null = null;
afterAll(async () => {
  await brreg?.stop();
});

beforeAll(async () => {
  // Enhetsregisteret is a local server answering from the fixtures (tests/support/brreg-server.mjs).
  brreg = await startBrregServer();
  process.env.BRREG_API_URL = brreg.url;
  await seedDemoData(db);
  actors = (
    await Promise.all(
      [
        "person-marte-lien",
        "person-jonas-berg",
        "person-hanne-vik",
        "person-kari-nordvik",
        "person-ola-brattas",
        "person-siri-aune",
        "person-anders-bakkevik",
        "person-tor-systad",
      ].map((p) => loadActor(p)),
    )
  ).filter((a): a is Actor => a !== null);
  const pick = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);
  ids = [
    ...(await pick(db.needsReport.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.yearBudget.findMany({ select: { id: true } }))),
    ...(await pick(db.forumMeeting.findMany({ select: { id: true } }))),
    ...(await pick(db.forumCase.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.gathering.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.measure.findMany({ select: { id: true } }))),
    ...(await pick(db.registration.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.network.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.organisation.findMany({ select: { id: true }, take: 5 }))),
    ...(await pick(db.round.findMany({ select: { id: true } }))),
    "report-nor-lofoten-2024-m1",
  ];
}, 120_000);

/** Files as a browser would post them: empty, text pretending to be a PDF, a PDF header with junk, CSV garbage in Windows-1252, a binary blob. */
const files: File[] = [
  new File([], "tom.pdf", { type: "application/pdf" }),
  new File(["<script>alert(1)</script>"], "sak.pdf", { type: "application/pdf" }),
  new File([Buffer.from("%PDF-1.7\n%\xff\xff\n1 0 obj <<>> garbage")], "vedlegg.pdf", { type: "application/pdf" }),
  new File(
    [Buffer.from("organisasjonsnummer;årsverk\n=cmd|' /C calc'!A0;12\n987654321;-5\nabc;1e308\n", "latin1")],
    "nokkeltall.csv",
    { type: "text/csv" },
  ),
  new File([new Uint8Array(4096).map((_, i) => (i * 31) % 256)], "blob.bin", { type: "application/octet-stream" }),
];

const hostile = () =>
  fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom(
      "",
      " ",
      "0",
      "-1",
      "-1000000",
      "1e308",
      "9".repeat(40),
      "12,50",
      "1 580 000",
      "NaN",
      "Infinity",
      "null",
      "undefined",
      "true",
      "on",
      "[]",
      "{}",
    ),
    fc.constantFrom(
      "<script>alert(1)</script>",
      '\'; DROP TABLE "NeedsReport"; --',
      '=HYPERLINK("http://x")',
      "\u0000",
      "../../etc/passwd",
      "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ æøå ÆØÅ",
      "2023-02-30",
      "25:61",
      "javascript:alert(1)",
    ),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constant("x".repeat(100_000)),
    fc.constantFrom(...(ids.length ? ids : ["none"])),
    fc.constantFrom(...files),
  );

/** One malformed post: never an unexpected error; a refusal has a clear code (and field messages when INVALID) and writes nothing. */
async function postAndCheck(post: () => Promise<ActionResult<unknown>>) {
  const auditBefore = await db.auditEvent.count();
  let result;
  try {
    result = await post();
  } catch (e) {
    stats.unexpected++;
    throw e;
  }
  stats.posts++;
  if (result.ok) {
    stats.ok++;
    return;
  }
  stats.refused.set(result.code, (stats.refused.get(result.code) ?? 0) + 1);
  expect(["INVALID", "NOT_FOUND", "FORBIDDEN", "CONFLICT", "DEADLINE_PASSED", "RATE_LIMITED"]).toContain(result.code);
  if (result.code === "INVALID") expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0);
  if ((await db.auditEvent.count()) !== auditBefore) {
    stats.partialWrites++;
    throw new Error(`a refused post (${result.code}) left an audit event`);
  }
}

describe("hostile input to every form", () => {
  it("covers every exported server action", () => {
    const exported = exportedActions();
    expect(exported.length).toBeGreaterThan(45);
    expect(exported.filter((n) => !(n in FORMS) && !(n in CALLS))).toEqual([]);
    expect([...Object.keys(FORMS), ...Object.keys(CALLS)].filter((n) => !exported.includes(n))).toEqual([]);
  });

  for (const [name, { schema, work }] of Object.entries(FORMS)) {
    it(`${name}: ${RUNS} malformed posts, no unexpected error, no partial write`, async () => {
      const keys = [...new Set(keysOf(schema))];
      expect(keys.length, `${name} has readable fields`).toBeGreaterThan(0);
      stats.forms++;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: actors.length - 1 }),
          fc.array(fc.tuple(fc.constantFrom(...keys, "__proto__.x", "extra", `${keys[0]}.999.x`), hostile()), {
            maxLength: keys.length + 3,
          }),
          async (who, entries) => {
            const fd = new FormData();
            for (const [k, v] of entries) fd.append(k, v);
            await postAndCheck(() =>
              handleForm(actors[who]!, fd, schema, work as (a: Actor, input: unknown) => Promise<unknown>),
            );
          },
        ),
        { numRuns: RUNS, seed: 20261126 },
      );
    }, 300_000);
  }

  for (const [name, call] of Object.entries(CALLS)) {
    it(`${name}: ${RUNS} malformed calls, no unexpected error, no partial write`, async () => {
      stats.forms++;
      const reportIds = (await db.needsReport.findMany({ select: { id: true } })).map((r) => r.id);
      const anyValue = fc.oneof(
        hostile(),
        fc.anything({ maxDepth: 3 }),
        fc.integer({ min: -5, max: 50 }),
        fc.constantFrom(...reportIds),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: actors.length - 1 }),
          anyValue,
          anyValue,
          fc.oneof(
            fc.anything({ maxDepth: 4 }),
            fc.json().map((j) => JSON.parse(j) as unknown),
          ),
          async (who, id, version, draft) => {
            await postAndCheck(() => toResult(() => call(actors[who]!, id, version, draft)));
          },
        ),
        { numRuns: RUNS, seed: 20261126 },
      );
    }, 300_000);
  }
});
