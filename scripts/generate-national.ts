/**
 * National-scale data for benchmarks: 15 counties, ~80 networks, 357
 * municipalities plus county municipalities and private owners, UH
 * institutions with units, five rounds of needs reports, year budgets with
 * frame scenarios, the forum's recommendations and allocations, measures with
 * gatherings and registrations, and the people who hold the roles
 * (a Statsforvalter and forum members per county, a coordinator per network,
 * an adviser per owner, a contact per UH unit, an administrator).
 *
 *   DATABASE_URL=… npx prisma migrate deploy
 *   DATABASE_URL=… npx tsx scripts/generate-national.ts --scale 1 --seed 1
 *
 * Options: --scale N (1 = 10 000 needs reports, 2 000 gatherings, 100 000
 * registrations; the geography and people stay the same at every scale),
 * --seed N (same seed, scale and year: same data), --year YYYY (the current
 * year; default this year: rounds run year-3 … year+1, the last one open),
 * --bench-drafts N (complete drafts in the open round of the bench network,
 * default 1 500, part of the total), --no-versions (skip the submitted
 * versions' snapshots, which are most of the bytes).
 *
 * Every name is invented (places, owners, institutions, people);
 * organisation and account numbers are valid MOD11 numbers made up here.
 * Rows are written with multi-row INSERT … SELECT FROM unnest(…) over `pg`,
 * thousands per statement, into an empty migrated database. Ids are stable
 * (bench/personas.mjs names the ones the benchmark uses).
 */
import pg from "pg";
import { splitByWeights } from "../lib/money";
import { computeFrames, frameAmounts } from "../lib/budget/frames";
import { osloDateTime } from "../lib/dates";
import type { NeedsReportDraft, MeasureDraft } from "../lib/needs-reports/schema";
import { mulberry32 } from "./lib/random.mjs";

// ───────────────────────────── options ─────────────────────────────

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return undefined;
  return process.argv[i + 1];
}
const SCALE = Number(option("scale") ?? 1);
const SEED = Number(option("seed") ?? 1);
const YEAR = Number(option("year") ?? new Date().getUTCFullYear());
const BENCH_DRAFTS = Number(option("bench-drafts") ?? 1500);
const VERSIONS = !process.argv.includes("--no-versions");
if (!(SCALE > 0) || !Number.isInteger(SEED) || !Number.isInteger(YEAR) || !(BENCH_DRAFTS >= 0)) {
  console.error(
    "Bruk: generate-national.ts [--scale 1] [--seed 1] [--year 2026] [--bench-drafts 1500] [--no-versions]",
  );
  process.exit(2);
}
const TOTAL_REPORTS = Math.round(10_000 * SCALE);
const TOTAL_GATHERINGS = Math.round(2_000 * SCALE);
const TOTAL_REGISTRATIONS = Math.round(100_000 * SCALE);
const YEARS = [YEAR - 3, YEAR - 2, YEAR - 1, YEAR, YEAR + 1];
const OPEN_YEAR = YEAR + 1;

// ───────────────────────────── randomness ─────────────────────────────

const random = mulberry32(SEED * 7919 + 17);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const chance = (p: number) => random() < p;
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
/** Picks by weight. */
function weighted<T>(xs: readonly T[], weight: (x: T) => number): T {
  const total = xs.reduce((a, x) => a + weight(x), 0);
  let r = random() * total;
  for (const x of xs) {
    r -= weight(x);
    if (r <= 0) return x;
  }
  return xs[xs.length - 1]!;
}
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const round1000 = (n: number) => Math.max(1000, Math.round(n / 1000) * 1000);

// ───────────────────────────── numbers ─────────────────────────────

function mod11Control(digits: string, weights: number[]): number | null {
  const s = weights.reduce((a, w, i) => a + w * Number(digits[i]), 0);
  const c = s % 11 === 0 ? 0 : 11 - (s % 11);
  return c === 10 ? null : c;
}
let orgSerial = 0;
/** A valid 9-digit organisation number (MOD11), unique in this run. */
function orgNumber(): string {
  for (;;) {
    const body = String(92_000_000 + orgSerial++ * 37);
    const c = mod11Control(body, [3, 2, 7, 6, 5, 4, 3, 2]);
    if (c !== null) return body + c;
  }
}
let accountSerial = 0;
/** A valid 11-digit account number (MOD11). */
function accountNumber(): string {
  for (;;) {
    const body = `1506${String(100_000 + accountSerial++).padStart(6, "0")}`;
    const c = mod11Control(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (c !== null) return body + c;
  }
}
let phoneSerial = 0;
/** "+47 4xx xx xxx": eight digits after the country code. */
function phone(): string {
  const d = String(phoneSerial++).padStart(7, "0");
  return `+47 4${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`;
}

// ───────────────────────────── names ─────────────────────────────

const COUNTY_NAMES = [
  "Austfjord",
  "Bresland",
  "Dalbygd",
  "Elvemark",
  "Fjellvidda",
  "Havbygd",
  "Innmark",
  "Kystlia",
  "Midtland",
  "Nordvidda",
  "Skogvik",
  "Sundfjell",
  "Sørdal",
  "Vestmark",
  "Øyrike",
];
const PLACE_HEADS = [
  "Aur",
  "Bjør",
  "Brå",
  "Dal",
  "Eid",
  "Fager",
  "Fjell",
  "Gran",
  "Hal",
  "Hol",
  "Is",
  "Kvit",
  "Lang",
  "Lyng",
  "Mjøs",
  "Mo",
  "Nor",
  "Os",
  "Rå",
  "Sand",
  "Sel",
  "Sjø",
  "Stor",
  "Strand",
  "Sol",
  "Tveit",
  "Ulv",
  "Vik",
  "Ytter",
  "Øst",
  "Berg",
  "Bu",
  "Fur",
  "Gjerd",
  "Hov",
  "Kval",
  "Lilje",
  "Mel",
  "Rog",
  "Skar",
  "Tor",
  "Vang",
];
const PLACE_TAILS = [
  "vik",
  "dal",
  "nes",
  "bø",
  "stad",
  "fjord",
  "heim",
  "øy",
  "berg",
  "land",
  "sund",
  "li",
  "vang",
  "våg",
  "moen",
  "hamn",
  "rud",
  "set",
];
const FIRST = [
  "Anne",
  "Bjørn",
  "Camilla",
  "Dag",
  "Eli",
  "Frode",
  "Guro",
  "Håkon",
  "Ida",
  "Jon",
  "Kristin",
  "Lars",
  "Maren",
  "Nils",
  "Oda",
  "Per",
  "Ragnhild",
  "Sindre",
  "Tone",
  "Unni",
  "Vegard",
  "Åse",
  "Emil",
  "Hilde",
  "Ivar",
  "Kari",
  "Magnus",
  "Nora",
  "Ole",
  "Sofie",
  "Tor",
  "Vilde",
];
const LAST = [
  "Aasli",
  "Brekkestø",
  "Dyrhaug",
  "Engvik",
  "Fossheim",
  "Grøndal",
  "Hovland",
  "Isaksætre",
  "Jerpstad",
  "Kvernmo",
  "Lundset",
  "Myrvang",
  "Nesvold",
  "Oppheim",
  "Rønningen",
  "Sandvold",
  "Tangvik",
  "Ulvestad",
  "Vollan",
  "Østbø",
  "Haugrud",
  "Skjelbred",
  "Tørnes",
  "Aamodt",
];
const UH_NAMES = [
  "Universitetet i Nordkysten",
  "Høgskulen på Vestlandet sør",
  "Fjordhøgskolen",
  "Universitetet i Innlandsbygd",
  "Midtre høgskole",
  "Arktisk lærerhøgskole",
  "Sørlandsuniversitetet",
  "Kysthøgskolen",
];
const UH_UNITS = [
  "Senter for skriving",
  "Senter for matematikkdidaktikk",
  "Institutt for lærerutdanning",
  "Senter for inkludering",
  "Barnehagefaglig senter",
];
const THEMES = [
  "Lesing i alle fag",
  "Vurdering for læring",
  "Inkluderende praksis",
  "Profesjonsfellesskap",
  "Matematikk på barnetrinnet",
  "Skriving som grunnleggende ferdighet",
  "Språkmiljø i barnehagen",
  "Dybdelæring og fagfornyelse",
  "Tidlig innsats",
  "Psykisk helse og livsmestring",
];

const usedPlaces = new Set<string>();
function placeName(): string {
  for (let tries = 0; ; tries++) {
    const name = pick(PLACE_HEADS) + pick(PLACE_TAILS) + (tries > 100 ? ` ${tries}` : "");
    if (!usedPlaces.has(name)) {
      usedPlaces.add(name);
      return name;
    }
  }
}
let personSerial = 0;
function personName() {
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const n = personSerial++;
  const email = `${name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z ]/g, "")
    .replace(/ /g, ".")}.${n}@bench.kompetanseportalen.no`;
  return { name, email };
}
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "");

// ───────────────────────────── rows ─────────────────────────────

type Col = [name: string, type: string];
type Table = { name: string; cols: Col[]; rows: unknown[][] };
const tables = new Map<string, Table>();
/** Declares a table's columns once; rows are added in column order. `type` is a PostgreSQL type, `enum:Name`, `enum[]:Name`. */
function table(name: string, cols: Col[]): Table {
  const t = { name, cols, rows: [] as unknown[][] };
  tables.set(name, t);
  return t;
}
const T = {
  county: table("County", [
    ["id", "text"],
    ["name", "text"],
    ["code", "text"],
  ]),
  organisation: table("Organisation", [
    ["id", "text"],
    ["name", "text"],
    ["kind", "enum:OrganisationKind"],
    ["orgNumber", "text"],
    ["accountNumber", "text"],
    ["municipalityNumber", "text"],
    ["countyId", "text"],
    ["parentId", "text"],
    ["email", "text"],
    ["phone", "text"],
    ["updatedAt", "timestamptz"],
  ]),
  unitCount: table("UnitCount", [
    ["organisationId", "text"],
    ["kind", "enum:UnitKind"],
    ["count", "int4"],
  ]),
  forum: table("Forum", [
    ["id", "text"],
    ["countyId", "text"],
    ["name", "text"],
  ]),
  network: table("Network", [
    ["id", "text"],
    ["name", "text"],
    ["shortName", "text"],
    ["countyId", "text"],
    ["sector", "enum:Sector"],
    ["updatedAt", "timestamptz"],
  ]),
  networkMember: table("NetworkMember", [
    ["id", "text"],
    ["networkId", "text"],
    ["organisationId", "text"],
    ["fromYear", "int4"],
  ]),
  networkUhPartner: table("NetworkUhPartner", [
    ["id", "text"],
    ["networkId", "text"],
    ["organisationId", "text"],
  ]),
  teacherFte: table("TeacherFte", [
    ["id", "text"],
    ["organisationId", "text"],
    ["year", "int4"],
    ["teacherFte", "numeric"],
    ["staffFte", "numeric"],
    ["source", "text"],
  ]),
  person: table("Person", [
    ["id", "text"],
    ["name", "text"],
    ["email", "text"],
    ["phone", "text"],
    ["title", "text"],
    ["updatedAt", "timestamptz"],
  ]),
  roleBinding: table("RoleBinding", [
    ["id", "text"],
    ["personId", "text"],
    ["role", "enum:Role"],
    ["organisationId", "text"],
    ["networkId", "text"],
    ["countyId", "text"],
  ]),
  forumMember: table("ForumMember", [
    ["id", "text"],
    ["forumId", "text"],
    ["personId", "text"],
    ["represents", "text"],
    ["voting", "bool"],
    ["role", "enum:ForumRole"],
  ]),
  round: table("Round", [
    ["id", "text"],
    ["countyId", "text"],
    ["year", "int4"],
    ["status", "enum:RoundStatus"],
    ["opensAt", "timestamptz"],
    ["deadline", "timestamptz"],
    ["annualReportDeadline", "timestamptz"],
    ["schemes", "enum[]:Scheme"],
  ]),
  report: table("NeedsReport", [
    ["id", "text"],
    ["roundId", "text"],
    ["networkId", "text"],
    ["leadOwnerId", "text"],
    ["schemes", "enum[]:Scheme"],
    ["status", "enum:NeedsReportStatus"],
    ["submittedVersion", "int4"],
    ["returnReason", "text"],
    ["reviewedAt", "timestamptz"],
    ["reviewedById", "text"],
    ["multipleOwners", "bool"],
    ["multipleUh", "bool"],
    ["multipleSchemes", "bool"],
    ["uhInstitutionId", "text"],
    ["codeterminationDiscussed", "bool"],
    ["codeterminationRemark", "text"],
    ["unitsKommunaleBarnehager", "int4"],
    ["unitsPrivateBarnehager", "int4"],
    ["unitsOffentligeSkoler", "int4"],
    ["unitsPrivateSkoler", "int4"],
    ["unitsPpt", "int4"],
    ["createdById", "text"],
    ["createdAt", "timestamptz"],
    ["updatedAt", "timestamptz"],
    ["submittedAt", "timestamptz"],
  ]),
  reportOwner: table("NeedsReportOwner", [
    ["reportId", "text"],
    ["organisationId", "text"],
  ]),
  reportUhUnit: table("NeedsReportUhUnit", [
    ["reportId", "text"],
    ["organisationId", "text"],
  ]),
  contact: table("NeedsReportContact", [
    ["id", "text"],
    ["reportId", "text"],
    ["side", "enum:Side"],
    ["name", "text"],
    ["role", "text"],
    ["phone", "text"],
    ["email", "text"],
    ["accountNumber", "text"],
    ["orgNumber", "text"],
    ["paymentMarking", "text"],
  ]),
  reportMeasure: table("ReportMeasure", [
    ["id", "text"],
    ["reportId", "text"],
    ["position", "int4"],
    ["name", "text"],
    ["scheme", "enum:Scheme"],
    ["ownerAmount", "int4"],
    ["uhAmount", "int4"],
    ["purposes", "enum[]:GrantPurpose"],
    ["anchoringText", "text"],
    ["collectiveText", "text"],
    ["teacherEducationText", "text"],
    ["longTermPlanText", "text"],
    ["longTermPlanPoints", "text"],
    ["ownerUsageText", "text"],
    ["uhUsageText", "text"],
    ["coordinatorNeeded", "bool"],
    ["coordinatorText", "text"],
    ["coordinatorAmount", "int4"],
    ["coordinatorAcknowledged", "bool"],
    ["targetGroup", "text"],
  ]),
  budgetLine: table("BudgetLine", [
    ["id", "text"],
    ["reportMeasureId", "text"],
    ["side", "enum:Side"],
    ["position", "int4"],
    ["title", "text"],
    ["description", "text"],
    ["amount", "int4"],
  ]),
  measureSemester: table("ReportMeasureSemester", [
    ["reportMeasureId", "text"],
    ["term", "enum:Term"],
    ["year", "int4"],
  ]),
  partner: table("ReportPartner", [
    ["id", "text"],
    ["reportId", "text"],
    ["position", "int4"],
    ["name", "text"],
    ["contactPerson", "text"],
    ["kind", "enum:Side"],
    ["organisationId", "text"],
  ]),
  codetermination: table("CodeterminationParticipant", [
    ["id", "text"],
    ["reportId", "text"],
    ["position", "int4"],
    ["role", "text"],
    ["name", "text"],
  ]),
  version: table("NeedsReportVersion", [
    ["id", "text"],
    ["reportId", "text"],
    ["number", "int4"],
    ["snapshot", "jsonb"],
    ["submittedAt", "timestamptz"],
    ["submittedById", "text"],
  ]),
  budget: table("YearBudget", [
    ["id", "text"],
    ["countyId", "text"],
    ["roundId", "text"],
    ["year", "int4"],
    ["scheme", "enum:Scheme"],
    ["allocatedAmount", "int4"],
    ["note", "text"],
    ["updatedAt", "timestamptz"],
  ]),
  budgetLineRow: table("YearBudgetLine", [
    ["id", "text"],
    ["budgetId", "text"],
    ["kind", "enum:BudgetLineKind"],
    ["position", "int4"],
    ["label", "text"],
    ["amount", "int4"],
  ]),
  scenario: table("FrameScenario", [
    ["id", "text"],
    ["budgetId", "text"],
    ["name", "text"],
    ["key", "enum:FrameKey"],
    ["keyYear", "int4"],
    ["baseAmount", "int4"],
    ["proRataAmount", "int4"],
    ["decided", "bool"],
    ["decidedAt", "timestamptz"],
    ["decidedById", "text"],
    ["frozenInputs", "jsonb"],
    ["computedAt", "timestamptz"],
    ["createdAt", "timestamptz"],
  ]),
  frame: table("NetworkFrame", [
    ["scenarioId", "text"],
    ["networkId", "text"],
    ["keyValue", "numeric"],
    ["baseShare", "int4"],
    ["proRataShare", "int4"],
    ["frame", "int4"],
  ]),
  meeting: table("ForumMeeting", [
    ["id", "text"],
    ["forumId", "text"],
    ["title", "text"],
    ["startsAt", "timestamptz"],
    ["endsAt", "timestamptz"],
    ["place", "text"],
    ["status", "enum:MeetingStatus"],
    ["updatedAt", "timestamptz"],
  ]),
  forumCase: table("ForumCase", [
    ["id", "text"],
    ["forumId", "text"],
    ["meetingId", "text"],
    ["year", "int4"],
    ["number", "int4"],
    ["title", "text"],
    ["kind", "enum:CaseKind"],
    ["proposal", "text"],
    ["decision", "text"],
    ["decidedAt", "timestamptz"],
    ["updatedAt", "timestamptz"],
  ]),
  recommendation: table("Recommendation", [
    ["id", "text"],
    ["budgetId", "text"],
    ["networkId", "text"],
    ["caseId", "text"],
    ["amount", "int4"],
    ["reason", "text"],
    ["updatedAt", "timestamptz"],
  ]),
  decision: table("AllocationDecision", [
    ["id", "text"],
    ["budgetId", "text"],
    ["networkId", "text"],
    ["needsReportId", "text"],
    ["caseId", "text"],
    ["outcome", "enum:DecisionOutcome"],
    ["amount", "int4"],
    ["reason", "text"],
    ["decidedAt", "timestamptz"],
    ["decidedById", "text"],
  ]),
  payment: table("AllocationPayment", [
    ["id", "text"],
    ["decisionId", "text"],
    ["organisationId", "text"],
    ["side", "enum:Side"],
    ["amount", "int4"],
    ["accountNumber", "text"],
    ["paymentMarking", "text"],
  ]),
  measure: table("Measure", [
    ["id", "text"],
    ["countyId", "text"],
    ["name", "text"],
    ["scheme", "enum:Scheme"],
    ["isJoint", "bool"],
    ["ownerNetworkId", "text"],
    ["goal", "text"],
    ["targetGroup", "text"],
    ["content", "text"],
    ["updatedAt", "timestamptz"],
  ]),
  participation: table("MeasureParticipation", [
    ["measureId", "text"],
    ["networkId", "text"],
  ]),
  semester: table("MeasureSemester", [
    ["id", "text"],
    ["measureId", "text"],
    ["number", "int4"],
    ["term", "enum:Term"],
    ["year", "int4"],
    ["focus", "text"],
  ]),
  contributor: table("MeasureContributor", [
    ["id", "text"],
    ["measureId", "text"],
    ["organisationId", "text"],
    ["personId", "text"],
    ["role", "text"],
  ]),
  gathering: table("Gathering", [
    ["id", "text"],
    ["measureId", "text"],
    ["semesterId", "text"],
    ["number", "int4"],
    ["title", "text"],
    ["format", "enum:GatheringFormat"],
    ["length", "enum:GatheringLength"],
    ["startsAt", "timestamptz"],
    ["endsAt", "timestamptz"],
    ["place", "text"],
    ["meetingUrl", "text"],
    ["theme", "text"],
    ["capacity", "int4"],
    ["registrationDeadline", "timestamptz"],
    ["updatedAt", "timestamptz"],
  ]),
  gatheringNetwork: table("GatheringNetwork", [
    ["gatheringId", "text"],
    ["networkId", "text"],
  ]),
  track: table("GatheringTrack", [
    ["id", "text"],
    ["gatheringId", "text"],
    ["position", "int4"],
    ["name", "text"],
    ["theme", "text"],
  ]),
  facilitator: table("TrackFacilitator", [
    ["id", "text"],
    ["trackId", "text"],
    ["personId", "text"],
    ["organisationId", "text"],
  ]),
  registration: table("Registration", [
    ["id", "text"],
    ["gatheringId", "text"],
    ["trackId", "text"],
    ["organisationId", "text"],
    ["name", "text"],
    ["email", "text"],
    ["unitName", "text"],
    ["role", "text"],
    ["walkIn", "bool"],
    ["attendance", "enum:Attendance"],
    ["attendanceMarkedAt", "timestamptz"],
    ["createdAt", "timestamptz"],
  ]),
  annualReport: table("AnnualReport", [
    ["id", "text"],
    ["organisationId", "text"],
    ["reportMeasureId", "text"],
    ["year", "int4"],
    ["status", "enum:AnnualReportStatus"],
    ["usedOwner", "int4"],
    ["usedUh", "int4"],
    ["activities", "text"],
    ["uhContribution", "text"],
    ["evaluation", "text"],
    ["criterionLocalNeeds", "text"],
    ["criterionCollective", "text"],
    ["criterionPartnership", "text"],
    ["planOnward", "text"],
    ["returnReason", "text"],
    ["returnedAt", "timestamptz"],
    ["approvedAt", "timestamptz"],
    ["approvedById", "text"],
    ["submittedVersion", "int4"],
    ["submittedAt", "timestamptz"],
    ["createdById", "text"],
    ["createdAt", "timestamptz"],
    ["updatedAt", "timestamptz"],
  ]),
};
const add = (t: Table, ...row: unknown[]) => {
  if (row.length !== t.cols.length) throw new Error(`${t.name}: ${row.length} values for ${t.cols.length} columns`);
  t.rows.push(row);
};

// ───────────────────────────── the world ─────────────────────────────

const NOW = new Date();
const SEEDED_AT = osloDateTime(`${YEAR}-01-02`, "08:00");
type Org = {
  id: string;
  name: string;
  kind: "KOMMUNE" | "FYLKESKOMMUNE" | "PRIVAT" | "UH" | "STATSFORVALTER";
  orgNumber: string;
  account: string;
  countyId: string | null;
  parentId: string | null;
  fte: number;
  staff: number;
  adviser?: Person;
};
type Person = { id: string; name: string; email: string; phone: string };
type Network = {
  id: string;
  name: string;
  shortName: string;
  countyId: string;
  county: County;
  sector: "SCHOOL" | "KINDERGARTEN";
  members: Org[];
  uhUnits: Org[];
  coordinator?: Person;
};
type County = {
  id: string;
  n: number;
  name: string;
  forumId: string;
  sf: Org;
  fk: Org;
  municipalities: Org[];
  privates: Org[];
  networks: Network[];
  statsforvalter?: Person;
  forumPeople: Person[];
};

const orgs = new Map<string, Org>();
function org(o: Omit<Org, "orgNumber" | "account" | "fte" | "staff"> & { fte?: number; staff?: number }): Org {
  const full: Org = { orgNumber: orgNumber(), account: accountNumber(), fte: 0, staff: 0, ...o };
  orgs.set(full.id, full);
  add(
    T.organisation,
    full.id,
    full.name,
    full.kind,
    full.orgNumber,
    full.account,
    null,
    full.countyId,
    full.parentId,
    `post@${slug(full.name)}.example.no`,
    phone(),
    SEEDED_AT,
  );
  return full;
}

// UH institutions and their units.
const uhInstitutions = UH_NAMES.map((name, i) =>
  org({ id: `gen-org-uh-${pad(i + 1)}`, name, kind: "UH", countyId: null, parentId: null }),
);
const uhUnits = uhInstitutions.flatMap((inst, i) =>
  shuffle([...UH_UNITS])
    .slice(0, 2)
    .map((unit, j) =>
      org({
        id: `gen-org-uh-${pad(i + 1)}-${j + 1}`,
        name: `${inst.name}, ${unit}`,
        kind: "UH",
        countyId: null,
        parentId: inst.id,
      }),
    ),
);

// Counties, their offices, municipalities (357 in all) and private owners.
let municipalitySerial = 0;
const municipalityCounts = splitByWeights(
  357,
  COUNTY_NAMES.map(() => int(12, 40)),
);
const counties: County[] = COUNTY_NAMES.map((name, i) => {
  const id = `gen-county-${pad(i + 1)}`;
  add(T.county, id, name, String(81 + i));
  const c: County = {
    id,
    n: i + 1,
    name,
    forumId: `gen-forum-${pad(i + 1)}`,
    sf: org({
      id: `gen-org-sf-${pad(i + 1)}`,
      name: `Statsforvalteren i ${name}`,
      kind: "STATSFORVALTER",
      countyId: id,
      parentId: null,
    }),
    fk: org({
      id: `gen-org-fk-${pad(i + 1)}`,
      name: `${name} fylkeskommune`,
      kind: "FYLKESKOMMUNE",
      countyId: id,
      parentId: null,
      fte: int(900, 2500),
      staff: 0,
    }),
    municipalities: [],
    privates: [],
    networks: [],
    forumPeople: [],
  };
  add(T.forum, c.forumId, c.id, `Samarbeidsforum ${name}`);
  for (let m = 0; m < municipalityCounts[i]!; m++) {
    const kn = ++municipalitySerial;
    const size = chance(0.15) ? int(400, 3000) : int(15, 300);
    c.municipalities.push(
      org({
        id: `gen-org-k-${pad(kn, 4)}`,
        name: `${placeName()} kommune`,
        kind: "KOMMUNE",
        countyId: id,
        parentId: null,
        fte: size + random(),
        staff: Math.round(size * 0.8) + random(),
      }),
    );
  }
  for (let p = 0; p < 8; p++) {
    const school = p % 2 === 0;
    c.privates.push(
      org({
        id: `gen-org-p-${pad(i + 1)}-${p + 1}`,
        name: `${placeName()} ${school ? "friskole" : "barnehage"} AS`,
        kind: "PRIVAT",
        countyId: id,
        parentId: null,
        fte: school ? int(5, 40) + random() : 0,
        staff: school ? 0 : int(5, 40) + random(),
      }),
    );
  }
  return c;
});
for (const o of orgs.values()) {
  if (o.kind === "KOMMUNE") add(T.unitCount, o.id, "OFFENTLIG_SKOLE", Math.max(1, Math.round(o.fte / 25)));
  if (o.kind === "KOMMUNE") add(T.unitCount, o.id, "KOMMUNAL_BARNEHAGE", Math.max(1, Math.round(o.staff / 20)));
}

// Networks: ~80. Per county: school networks over its municipalities, one for the county municipality
// (upper secondary) with the private schools, one kindergarten network.
const networkCounts = splitByWeights(
  80,
  counties.map((c) => c.municipalities.length + 40),
);
for (const [ci, c] of counties.entries()) {
  const schoolCount = Math.max(1, networkCounts[ci]! - 2);
  const groups = Array.from({ length: schoolCount }, () => [] as Org[]);
  c.municipalities.forEach((m, i) => groups[i % schoolCount]!.push(m));
  const mk = (n: number, name: string, sector: Network["sector"], members: Org[]) => {
    const nw: Network = {
      id: `gen-net-${pad(c.n)}-${pad(n)}`,
      name: `Kompetansenettverk ${name}`,
      shortName: name,
      countyId: c.id,
      county: c,
      sector,
      members,
      uhUnits: [],
    };
    const partners = chance(0.3) ? 2 : 1;
    const first = (c.n * 3 + n) % uhUnits.length;
    for (let u = 0; u < partners; u++) nw.uhUnits.push(uhUnits[(first + u * 5) % uhUnits.length]!);
    c.networks.push(nw);
    return nw;
  };
  groups.forEach((g, i) => mk(i + 1, `${g[0]!.name.replace(/ kommune$/, "")}-regionen`, "SCHOOL", g));
  mk(schoolCount + 1, `${c.name} vidaregåande`, "SCHOOL", [c.fk, ...c.privates.filter((p) => p.fte > 0)]);
  mk(schoolCount + 2, `Barnehage ${c.name}`, "KINDERGARTEN", [
    ...c.municipalities,
    ...c.privates.filter((p) => p.staff > 0),
  ]);
  for (const nw of c.networks) {
    add(T.network, nw.id, nw.name, nw.shortName, nw.countyId, nw.sector, SEEDED_AT);
    for (const m of nw.members) add(T.networkMember, `gen-nm-${nw.id}-${m.id}`, nw.id, m.id, YEAR - 6);
    for (const u of nw.uhUnits) add(T.networkUhPartner, `gen-np-${nw.id}-${u.id}`, nw.id, u.id);
  }
}
const networks = counties.flatMap((c) => c.networks);

// Key data: teacher and staff FTEs per owner and year (drifting a little from year to year).
for (const o of orgs.values()) {
  if (o.fte === 0 && o.staff === 0) continue;
  for (let y = YEAR - 4; y <= YEAR; y++) {
    const drift = 1 + (y - YEAR) * 0.01;
    add(
      T.teacherFte,
      `gen-fte-${o.id}-${y}`,
      o.id,
      y,
      o.fte ? (o.fte * drift).toFixed(4) : null,
      o.staff ? (o.staff * drift).toFixed(4) : null,
      "GSI (generert)",
    );
  }
}
const fteOf = (o: Org, year: number, key: "TEACHER_FTE" | "STAFF_FTE") => {
  const v = (key === "TEACHER_FTE" ? o.fte : o.staff) * (1 + (year - YEAR) * 0.01);
  return v ? Number(v.toFixed(4)) : null;
};

// People and their roles.
let bindingSerial = 0;
function person(id: string, title: string): Person {
  const { name, email } = personName();
  const p = { id, name, email, phone: phone() };
  add(T.person, id, name, email, p.phone, title, SEEDED_AT);
  return p;
}
function bind(p: Person, role: string, scope: { organisationId?: string; networkId?: string; countyId?: string }) {
  add(
    T.roleBinding,
    `gen-rb-${bindingSerial++}`,
    p.id,
    role,
    scope.organisationId ?? null,
    scope.networkId ?? null,
    scope.countyId ?? null,
  );
}
const admin = person("gen-person-admin", "Systemansvarlig");
bind(admin, "ADMIN", {});
for (const c of counties) {
  c.statsforvalter = person(`gen-person-sf-${pad(c.n)}`, `Seniorrådgiver, Statsforvalteren i ${c.name}`);
  bind(c.statsforvalter, "STATSFORVALTER", { countyId: c.id });
  add(
    T.forumMember,
    `gen-fm-${c.n}-0`,
    c.forumId,
    c.statsforvalter.id,
    "Statsforvalteren (sekretariat)",
    false,
    "SECRETARIAT",
  );
  for (const [i, represents] of ["KS", "Utdanningsforbundet", "UH", "Skoleeierne"].entries()) {
    const p = person(`gen-person-forum-${pad(c.n)}-${i + 1}`, `Medlem av Samarbeidsforum ${c.name}`);
    bind(p, "FORUM_MEMBER", { countyId: c.id });
    add(T.forumMember, `gen-fm-${c.n}-${i + 1}`, c.forumId, p.id, represents, true, "MEMBER");
    c.forumPeople.push(p);
  }
}
for (const nw of networks) {
  nw.coordinator = person(`gen-person-coord-${nw.id.slice("gen-net-".length)}`, `Koordinator, ${nw.name}`);
  bind(nw.coordinator, "COORDINATOR", { networkId: nw.id });
}
for (const o of orgs.values()) {
  if (o.kind === "KOMMUNE" || o.kind === "FYLKESKOMMUNE" || o.kind === "PRIVAT") {
    o.adviser = person(`gen-person-owner-${o.id.slice("gen-org-".length)}`, `Rådgiver oppvekst, ${o.name}`);
    bind(o.adviser, "OWNER", { organisationId: o.id });
  }
  if (o.kind === "UH" && o.parentId) {
    o.adviser = person(`gen-person-uh-${o.id.slice("gen-org-uh-".length)}`, `Førsteamanuensis, ${o.name}`);
    bind(o.adviser, "UH", { organisationId: o.id });
  }
}

// Rounds: five years per county; the last is open with its deadline ahead.
const december = osloDateTime(`${YEAR}-12-15`, "23:59");
const openDeadline =
  december.getTime() - NOW.getTime() > 7 * 24 * 3600_000 ? december : new Date(NOW.getTime() + 21 * 24 * 3600_000);
const roundId = (c: County, y: number) => `gen-round-${pad(c.n)}-${y}`;
for (const c of counties) {
  for (const y of YEARS) {
    const open = y === OPEN_YEAR;
    add(
      T.round,
      roundId(c, y),
      c.id,
      y,
      open ? "OPEN" : "CLOSED",
      osloDateTime(`${y - 1}-09-01`, "08:00"),
      open ? openDeadline : osloDateTime(`${y - 1}-12-15`, "23:59"),
      osloDateTime(`${y + 1}-01-15`, "23:59"),
      "{DESENTRALISERT,REGIONAL,KOMPETANSELOFTET}",
    );
  }
}

// ───────────────────────────── needs reports ─────────────────────────────

const schemeOf = (nw: Network) =>
  (nw.sector === "KINDERGARTEN" ? "REGIONAL" : "DESENTRALISERT") as "REGIONAL" | "DESENTRALISERT";
const STATUS_BY_AGE: Record<number, [string, number][]> = {
  3: [
    ["GRANTED", 80],
    ["REJECTED", 12],
    ["RECOMMENDED", 8],
  ],
  2: [
    ["GRANTED", 78],
    ["REJECTED", 12],
    ["RECOMMENDED", 10],
  ],
  1: [
    ["GRANTED", 60],
    ["REJECTED", 10],
    ["RECOMMENDED", 20],
    ["IN_REVIEW", 10],
  ],
  0: [
    ["GRANTED", 30],
    ["RECOMMENDED", 30],
    ["IN_REVIEW", 20],
    ["SUBMITTED", 10],
    ["RETURNED", 10],
  ],
  [-1]: [
    ["DRAFT", 70],
    ["SUBMITTED", 20],
    ["IN_REVIEW", 5],
    ["RETURNED", 5],
  ],
};
const text = (what: string, theme: string, nw: Network) =>
  `${what} – ${theme}. Tiltaket er forankret i ${nw.shortName} og utviklet sammen med skolene, lederne og UH. Generert testtekst.`;

type GenReport = {
  id: string;
  nw: Network;
  year: number;
  status: string;
  total: number;
  owner: number;
  uh: number;
  leadOwner: Org;
  uhInstitution: Org;
  submittedAt: Date | null;
  measures: { id: string; owner: number; uh: number }[];
};
const reports: GenReport[] = [];
let reportSerial = 0;
let childSerial = 0;

function makeReport(nw: Network, year: number, status: string) {
  const id = `gen-report-${pad(++reportSerial, 7)}`;
  const c = nw.county;
  const scheme = schemeOf(nw);
  const leadOwner = pick(nw.members);
  const others = shuffle(nw.members.filter((m) => m !== leadOwner)).slice(0, chance(0.6) ? int(1, 3) : 0);
  const unit = pick(nw.uhUnits);
  const institution = orgs.get(unit.parentId!)!;
  const adviser = leadOwner.adviser!;
  const uhPerson = unit.adviser!;
  const draft: NeedsReportDraft = {
    schemes: [scheme],
    otherOwnerIds: others.map((o) => o.id),
    uhInstitutionId: institution.id,
    uhUnitIds: [unit.id],
    contacts: {
      owner: {
        name: adviser.name,
        role: "Rådgiver oppvekst",
        phone: adviser.phone,
        email: adviser.email,
        accountNumber: leadOwner.account,
        orgNumber: leadOwner.orgNumber,
        paymentMarking: `${scheme === "REGIONAL" ? "REKOM" : "DEKOM"} ${nw.shortName}`,
      },
      uh: {
        name: uhPerson.name,
        role: "Kontaktperson UH",
        phone: uhPerson.phone,
        email: uhPerson.email,
        accountNumber: institution.account,
        orgNumber: institution.orgNumber,
        paymentMarking: `${scheme === "REGIONAL" ? "REKOM" : "DEKOM"} ${nw.shortName}`,
      },
    },
    multipleOwners: others.length > 0,
    multipleUh: false,
    multipleSchemes: false,
    measures: [],
    partners: [
      ...others.map((o) => ({ name: o.name, contactPerson: o.adviser!.name, kind: "OWNER" as const })),
      { name: unit.name, contactPerson: uhPerson.name, kind: "UH" as const },
    ],
    codetermination: {
      discussed: true,
      participants: [
        { role: "Hovedtillitsvalgt", name: personName().name },
        { role: "Rektor", name: personName().name },
      ],
      remark: "",
    },
    units: {
      kommunaleBarnehager: scheme === "REGIONAL" ? int(2, 20) : null,
      privateBarnehager: scheme === "REGIONAL" ? int(0, 6) : null,
      offentligeSkoler: scheme === "DESENTRALISERT" ? int(2, 25) : null,
      privateSkoler: scheme === "DESENTRALISERT" ? int(0, 3) : null,
      ppt: int(0, 2),
    },
  };
  const measureCount = weighted([1, 2, 3], (n) => (n === 1 ? 5 : n === 2 ? 3 : 1));
  for (let m = 0; m < measureCount; m++) {
    const theme = pick(THEMES);
    const ownerAmount = round1000(int(60, 700) * 1000);
    const uhAmount = round1000(int(60, 900) * 1000);
    const split = (total: number, n: number) =>
      splitByWeights(
        total,
        Array.from({ length: n }, () => int(1, 5)),
      );
    const coordinator = chance(0.3);
    const md: MeasureDraft = {
      name: `${theme} i ${nw.shortName}`,
      scheme,
      ownerAmount,
      uhAmount,
      purposes: chance(0.7) ? ["ASSESS_NEEDS", "PLAN", "CARRY_OUT"] : ["CARRY_OUT"],
      anchoringText: text("Forankring", theme, nw),
      collectiveText: text("Kollektive prosesser", theme, nw),
      teacherEducationText: text("Lærerutdanningen", theme, nw),
      longTermPlanText: text("Langsiktig plan", theme, nw),
      longTermPlanPoints: `pkt. ${int(1, 7)}.${int(1, 9)}`,
      ownerUsageText: "",
      uhUsageText: "",
      ownerLines: split(ownerAmount, int(2, 4)).map((amount, j) => ({
        title: ["Arbeidsgruppe", "Ledersamling", "Oppstart for alle lærere", "Fagsamlinger"][j]!,
        description: "",
        amount,
      })),
      uhLines: split(uhAmount, int(2, 4)).map((amount, j) => ({
        title: ["Planlegging", "Forelesninger", "Veiledning i skolene", "Evaluering"][j]!,
        description: "",
        amount,
      })),
      coordinatorNeeded: coordinator,
      coordinatorText: coordinator ? "Koordinator i 20 % stilling." : "",
      coordinatorAmount: coordinator ? Math.floor((ownerAmount + uhAmount) * 0.2) : null,
      coordinatorAcknowledged: false,
      semesters: [
        { term: "VAR", year },
        { term: "HOST", year },
      ],
      laterNeeds: [],
      targetGroup: scheme === "REGIONAL" ? "Alle ansatte i barnehagene" : "Lærere og ledere på 1.–10. trinn",
    };
    draft.measures.push(md);
  }
  const owner = draft.measures.reduce((a, m) => a + m.ownerAmount, 0);
  const uh = draft.measures.reduce((a, m) => a + m.uhAmount, 0);
  const submitted = status !== "DRAFT";
  const deadline = year === OPEN_YEAR ? openDeadline : osloDateTime(`${year - 1}-12-15`, "23:59");
  const createdAt = new Date(osloDateTime(`${year - 1}-09-02`, "09:00").getTime() + int(0, 60) * 24 * 3600_000);
  const submittedAt = submitted
    ? new Date(
        Math.min(
          deadline.getTime() - int(1, 20) * 3600_000 * 24,
          year === OPEN_YEAR ? NOW.getTime() - int(1, 48) * 3600_000 : Infinity,
        ),
      )
    : null;
  const reviewed = ["RECOMMENDED", "GRANTED", "REJECTED"].includes(status);
  add(
    T.report,
    id,
    roundId(c, year),
    nw.id,
    leadOwner.id,
    `{${scheme}}`,
    status,
    submitted ? 1 : 0,
    status === "RETURNED" ? "Budsjettpostene må spesifiseres nærmere." : null,
    reviewed ? osloDateTime(`${year}-02-01`, "12:00") : null,
    reviewed ? c.statsforvalter!.id : null,
    draft.multipleOwners,
    draft.multipleUh,
    draft.multipleSchemes,
    institution.id,
    true,
    null,
    draft.units.kommunaleBarnehager,
    draft.units.privateBarnehager,
    draft.units.offentligeSkoler,
    draft.units.privateSkoler,
    draft.units.ppt,
    adviser.id,
    createdAt,
    submittedAt ?? createdAt,
    submittedAt,
  );
  for (const o of others) add(T.reportOwner, id, o.id);
  add(T.reportUhUnit, id, unit.id);
  for (const [side, ct] of [
    ["OWNER", draft.contacts.owner],
    ["UH", draft.contacts.uh],
  ] as const)
    add(
      T.contact,
      `${id}-c-${side}`,
      id,
      side,
      ct.name,
      ct.role,
      ct.phone,
      ct.email,
      ct.accountNumber,
      ct.orgNumber,
      ct.paymentMarking,
    );
  draft.measures.forEach((m, i) => {
    const mid = `${id}-m${i + 1}`;
    add(
      T.reportMeasure,
      mid,
      id,
      i + 1,
      m.name,
      m.scheme,
      m.ownerAmount,
      m.uhAmount,
      `{${m.purposes.join(",")}}`,
      m.anchoringText,
      m.collectiveText,
      m.teacherEducationText,
      m.longTermPlanText,
      m.longTermPlanPoints,
      null,
      null,
      m.coordinatorNeeded,
      m.coordinatorText || null,
      m.coordinatorAmount,
      false,
      m.targetGroup,
    );
    m.ownerLines.forEach((l, j) =>
      add(T.budgetLine, `gen-bl-${childSerial++}`, mid, "OWNER", j + 1, l.title, null, l.amount),
    );
    m.uhLines.forEach((l, j) =>
      add(T.budgetLine, `gen-bl-${childSerial++}`, mid, "UH", j + 1, l.title, null, l.amount),
    );
    for (const s of m.semesters) add(T.measureSemester, mid, s.term, s.year);
  });
  draft.partners.forEach((p, i) =>
    add(
      T.partner,
      `${id}-p${i + 1}`,
      id,
      i + 1,
      p.name,
      p.contactPerson,
      p.kind,
      p.kind === "OWNER" ? (others[i]?.id ?? null) : unit.id,
    ),
  );
  draft.codetermination.participants.forEach((p, i) =>
    add(T.codetermination, `${id}-cd${i + 1}`, id, i + 1, p.role, p.name),
  );
  if (submitted && VERSIONS)
    add(T.version, `${id}-v1`, id, 1, JSON.stringify({ roundYear: year, draft }), submittedAt, adviser.id);
  const measureRefs = draft.measures.map((m, i) => ({ id: `${id}-m${i + 1}`, owner: m.ownerAmount, uh: m.uhAmount }));
  reports.push({
    id,
    nw,
    year,
    status,
    total: owner + uh,
    owner,
    uh,
    leadOwner,
    uhInstitution: institution,
    submittedAt,
    measures: measureRefs,
  });
}

// The bench network's submittable drafts first (in the open round), then the rest spread by county size and network size.
const benchNetwork = counties[0]!.networks[0]!;
for (let i = 0; i < Math.min(BENCH_DRAFTS, TOTAL_REPORTS); i++) makeReport(benchNetwork, OPEN_YEAR, "DRAFT");
const rest = TOTAL_REPORTS - reports.length;
const perCounty = splitByWeights(
  rest,
  counties.map((c) => c.municipalities.length + 10),
);
for (const [ci, c] of counties.entries()) {
  const perYear = splitByWeights(
    perCounty[ci]!,
    YEARS.map(() => 1),
  );
  YEARS.forEach((year, yi) => {
    for (let i = 0; i < perYear[yi]!; i++) {
      const nw = weighted(c.networks, (n) => n.members.length + 2);
      makeReport(nw, year, weighted(STATUS_BY_AGE[YEAR - year]!, ([, w]) => w)[0]);
    }
  });
}

// ───────────────────────────── budgets, frames, forum, allocations ─────────────────────────────

let frameSerial = 0;
for (const c of counties) {
  for (const year of YEARS) {
    const meetingId = `gen-meeting-${pad(c.n)}-${year}`;
    const caseId = `gen-case-${pad(c.n)}-${year}`;
    const decidedYear = year !== OPEN_YEAR;
    if (decidedYear) {
      const day = osloDateTime(`${year}-03-10`, "09:00");
      add(
        T.meeting,
        meetingId,
        c.forumId,
        `Samarbeidsforum ${c.name} mars ${year}`,
        day,
        osloDateTime(`${year}-03-10`, "15:00"),
        `Statsforvalteren i ${c.name}`,
        year < YEAR ? "MINUTES_APPROVED" : "HELD",
        SEEDED_AT,
      );
      add(
        T.forumCase,
        caseId,
        c.forumId,
        meetingId,
        year,
        1,
        `Innstilling om fordeling av midler ${year}`,
        "DECISION",
        "Samarbeidsforum gir innstilling om tildeling per kompetansenettverk.",
        "Innstillingen vedtas.",
        osloDateTime(`${year}-03-10`, "15:00"),
        SEEDED_AT,
      );
    }
    for (const scheme of ["DESENTRALISERT", "REGIONAL"] as const) {
      const nws = c.networks.filter((n) => schemeOf(n) === scheme);
      const key = scheme === "REGIONAL" ? "STAFF_FTE" : "TEACHER_FTE";
      const keyYear = year - 1;
      const keyed = (ky: number) =>
        nws.map((n) => {
          const owners = n.members.map((o) => ({
            organisationId: o.id,
            name: o.name,
            orgNumber: o.orgNumber,
            value: fteOf(o, ky, key),
          }));
          return {
            networkId: n.id,
            name: n.name,
            key: owners.reduce((a, o) => a + Math.round((o.value ?? 0) * 10_000), 0) / 10_000,
            owners,
          };
        });
      const keys = keyed(keyYear);
      const keySum = keys.reduce((a, k) => a + k.key, 0);
      const uhCount = new Set(nws.flatMap((n) => n.uhUnits.map((u) => u.parentId))).size;
      const lines = [
        { kind: "UH_DIRECT", label: "Direkte til UH som utviklingspartner", amount: 500_000 * uhCount },
        { kind: "BASE_GRANT", label: "Grunntilskudd til kompetansenettverkene", amount: 300_000 * nws.length },
        { kind: "FORUM_MEETINGS", label: "Samarbeidsforums møter", amount: 400_000 },
        { kind: "JOINT_MEASURES", label: "Fellestiltak", amount: 1_000_000 },
      ];
      const allocated = lines.reduce((a, l) => a + l.amount, 0) + round1000(keySum * 1_800);
      const budgetId = `gen-budget-${pad(c.n)}-${year}-${scheme}`;
      add(
        T.budget,
        budgetId,
        c.id,
        roundId(c, year),
        year,
        scheme,
        allocated,
        "Generert budsjett (benchmark).",
        SEEDED_AT,
      );
      lines.forEach((l, i) =>
        add(T.budgetLineRow, `${budgetId}-l${i + 1}`, budgetId, l.kind, i + 1, l.label, l.amount),
      );
      const amounts = frameAmounts({ allocated, lines });
      const scenario = (sid: string, name: string, ky: number, decided: boolean) => {
        const k = keyed(ky);
        const frames = computeFrames(amounts, k);
        const decidedAt = osloDateTime(`${year - 1}-11-01`, "08:00");
        const inputs = {
          computedAt: decidedAt.toISOString(),
          key,
          keyYear: ky,
          amounts,
          networks: k,
          missing: [],
          ...(decided
            ? {
                decidedAt: decidedAt.toISOString(),
                decidedBy: c.statsforvalter!.name,
                budget: { allocated, lines: lines.map((l) => ({ kind: l.kind, label: l.label, amount: l.amount })) },
              }
            : {}),
        };
        add(
          T.scenario,
          sid,
          budgetId,
          name,
          key,
          ky,
          amounts.base,
          amounts.proRata,
          decided,
          decided ? decidedAt : null,
          decided ? c.statsforvalter!.id : null,
          JSON.stringify(inputs),
          decidedAt,
          new Date(decidedAt.getTime() + frameSerial++),
        );
        for (const f of frames) add(T.frame, sid, f.networkId, f.key.toFixed(4), f.baseShare, f.proRataShare, f.frame);
        return frames;
      };
      const label = key === "STAFF_FTE" ? "Årsverk i barnehage" : "Lærerårsverk";
      if (!decidedYear) {
        scenario(`${budgetId}-s1`, `${label} ${keyYear}`, keyYear, false);
        scenario(`${budgetId}-s2`, `${label} ${keyYear - 1}`, keyYear - 1, false);
        continue;
      }
      const frames = scenario(`${budgetId}-s1`, `${label} ${keyYear}`, keyYear, true);
      // The forum's recommendation per network (at or below the frame) and the allocation per report.
      for (const f of frames) {
        const applied = reports
          .filter((r) => r.nw.id === f.networkId && r.year === year && r.status !== "DRAFT")
          .reduce((a, r) => a + r.total, 0);
        const amount = Math.min(f.frame, applied);
        add(
          T.recommendation,
          `${budgetId}-rec-${f.networkId}`,
          budgetId,
          f.networkId,
          caseId,
          amount,
          amount < f.frame ? "Innstilt på omsøkt beløp." : null,
          SEEDED_AT,
        );
      }
      for (const r of reports) {
        if (
          r.year !== year ||
          schemeOf(r.nw) !== scheme ||
          r.nw.county !== c ||
          (r.status !== "GRANTED" && r.status !== "REJECTED")
        )
          continue;
        const granted = r.status === "GRANTED";
        const did = `${r.id}-d`;
        add(
          T.decision,
          did,
          budgetId,
          r.nw.id,
          r.id,
          caseId,
          granted ? "GRANTED" : "REJECTED",
          granted ? r.total : 0,
          granted ? null : "Innenfor rammen ble andre tiltak prioritert.",
          osloDateTime(`${year}-03-20`, "12:00"),
          c.statsforvalter!.id,
        );
        if (granted) {
          const marking = `${scheme === "REGIONAL" ? "REKOM" : "DEKOM"} ${r.nw.shortName}`;
          add(T.payment, `${did}-o`, did, r.leadOwner.id, "OWNER", r.owner, r.leadOwner.account, marking);
          add(T.payment, `${did}-u`, did, r.uhInstitution.id, "UH", r.uh, r.uhInstitution.account, marking);
        }
      }
    }
  }
}

// ───────────────────────────── measures, gatherings, registrations ─────────────────────────────

type GenMeasure = {
  id: string;
  c: County;
  nws: Network[];
  year: number;
  semesters: { id: string; term: "VAR" | "HOST" }[];
  theme: string;
  unit: Org;
};
const measures: GenMeasure[] = [];
for (const c of counties) {
  for (const year of YEARS) {
    for (const nw of c.networks) {
      const theme = pick(THEMES);
      const id = `gen-measure-${nw.id.slice("gen-net-".length)}-${year}`;
      measures.push({ id, c, nws: [nw], year, semesters: [], theme, unit: pick(nw.uhUnits) });
    }
    // A joint measure of the county's school networks.
    const school = c.networks.filter((n) => n.sector === "SCHOOL");
    measures.push({
      id: `gen-measure-${pad(c.n)}-joint-${year}`,
      c,
      nws: school,
      year,
      semesters: [],
      theme: pick(THEMES),
      unit: pick(school[0]!.uhUnits),
    });
  }
}
for (const m of measures) {
  const joint = m.nws.length > 1;
  const scheme = schemeOf(m.nws[0]!);
  add(
    T.measure,
    m.id,
    m.c.id,
    joint ? `Fellestiltak ${m.theme.toLowerCase()} ${m.year}` : `${m.theme} – ${m.nws[0]!.shortName} ${m.year}`,
    scheme,
    joint,
    joint ? null : m.nws[0]!.id,
    `Økt kompetanse i ${m.theme.toLowerCase()}.`,
    "Lærere, ledere og ansatte",
    "Generert tiltak (benchmark).",
    SEEDED_AT,
  );
  for (const nw of m.nws) add(T.participation, m.id, nw.id);
  for (const [i, term] of (["VAR", "HOST"] as const).entries()) {
    const sid = `${m.id}-sem${i + 1}`;
    add(T.semester, sid, m.id, i + 1, term, m.year, m.theme);
    m.semesters.push({ id: sid, term });
  }
  add(T.contributor, `${m.id}-k1`, m.id, m.unit.id, m.unit.adviser!.id, "Faglig ansvarlig");
}

type GenGathering = { id: string; m: GenMeasure; startsAt: Date; tracks: string[]; members: Org[] };
const gatherings: GenGathering[] = [];
const perMeasure = splitByWeights(
  TOTAL_GATHERINGS,
  measures.map((m) => (m.nws.length > 1 ? 3 : 1)),
);
measures.forEach((m, mi) => {
  const count = perMeasure[mi]!;
  for (let g = 0; g < count; g++) {
    const sem = m.semesters[g % 2]!;
    const month = sem.term === "VAR" ? int(1, 6) : int(8, 12);
    const day = int(1, 28);
    const date = `${m.year}-${pad(month)}-${pad(day)}`;
    const full = chance(0.6);
    const startsAt = osloDateTime(date, full ? "09:00" : "12:00");
    const endsAt = osloDateTime(date, full ? "15:30" : "15:30");
    const digital = chance(0.3);
    const id = `gen-gathering-${pad(gatherings.length + 1, 6)}`;
    add(
      T.gathering,
      id,
      m.id,
      sem.id,
      g + 1,
      `Samling ${g + 1}: ${m.theme}`,
      digital ? "DIGITAL" : "FYSISK",
      full ? "HELDAG" : "HALVDAG",
      startsAt,
      endsAt,
      digital ? null : `${m.nws[0]!.members[0]!.name.replace(/ kommune$/, "")} kulturhus`,
      digital ? "https://møte.example.no/samling" : null,
      m.theme,
      null,
      new Date(startsAt.getTime() - 7 * 24 * 3600_000),
      SEEDED_AT,
    );
    for (const nw of m.nws) add(T.gatheringNetwork, id, nw.id);
    const tracks: string[] = [];
    const trackNames =
      m.nws[0]!.sector === "KINDERGARTEN" ? ["Felles"] : chance(0.5) ? ["Norsk", "Matematikk", "Engelsk"] : ["Felles"];
    trackNames.forEach((name, t) => {
      const tid = `${id}-t${t + 1}`;
      add(T.track, tid, id, t + 1, name, `${m.theme} i ${name.toLowerCase()}`);
      add(T.facilitator, `${tid}-f`, tid, m.unit.adviser!.id, null);
      tracks.push(tid);
    });
    gatherings.push({ id, m, startsAt, tracks, members: m.nws.flatMap((n) => n.members) });
  }
});
const perGathering = splitByWeights(
  TOTAL_REGISTRATIONS,
  gatherings.map(() => int(1, 4)),
);
const ROLES = ["Lærer", "Rektor", "Inspektør", "Styrer", "Pedagogisk leder", "Spesialpedagog"];
gatherings.forEach((g, gi) => {
  const held = g.startsAt < NOW;
  for (let r = 0; r < perGathering[gi]!; r++) {
    const o = pick(g.members);
    const walkIn = held && chance(0.04);
    const { name, email } = personName();
    const attendance = held ? (chance(0.12) ? "ABSENT" : "PRESENT") : "UNKNOWN";
    add(
      T.registration,
      `${g.id}-r${r + 1}`,
      g.id,
      pick(g.tracks),
      o.id,
      name,
      walkIn && chance(0.5) ? null : email,
      `${o.name.replace(/ (kommune|AS)$/, "")} ${o.kind === "PRIVAT" && o.staff ? "barnehage" : "skole"}`,
      pick(ROLES),
      walkIn,
      walkIn ? "PRESENT" : attendance,
      held ? g.startsAt : null,
      new Date(g.startsAt.getTime() - (walkIn ? -3600_000 : int(3, 40) * 24 * 3600_000)),
    );
  }
});

// ───────────────────────────── annual reports ─────────────────────────────

// Every granted measure reports on its year (the deadline: 15 January after it). Two years back: approved;
// last year: delivered, most approved or in review, some returned or late drafts; this year: about half
// started (drafts). Written last, so the random numbers of everything above stay as they were.
// No versions' snapshots: the pages the benchmark opens read the report itself.
const ANNUAL_STATUS: Record<number, [string, number][]> = {
  2: [["APPROVED", 1]],
  1: [
    ["APPROVED", 40],
    ["SUBMITTED", 40],
    ["RETURNED", 10],
    ["DRAFT", 10],
  ],
  0: [
    ["DRAFT", 50],
    ["", 50],
  ],
};
let annualSerial = 0;
for (const r of reports) {
  const mix = ANNUAL_STATUS[YEAR - r.year];
  if (r.status !== "GRANTED" || !mix) continue;
  for (const m of r.measures) {
    const status = weighted(mix, ([, w]) => w)[0];
    if (!status) continue;
    const delivered = status !== "DRAFT";
    const filled = delivered || chance(0.5);
    const due = osloDateTime(`${r.year + 1}-01-15`, "12:00");
    const submittedAt = delivered ? new Date(due.getTime() - int(0, 20) * 24 * 3600_000) : null;
    const createdAt = new Date(
      Math.min(osloDateTime(`${r.year}-11-${pad(int(1, 28))}`, "10:00").getTime(), NOW.getTime()),
    );
    const returned = status === "RETURNED";
    const approved = status === "APPROVED";
    const used = (amount: number) => (filled ? round1000(amount * (0.8 + random() * 0.2)) : null);
    const say = (what: string) => (filled ? `${what} (${r.nw.shortName}, ${r.year}). Generert testtekst.` : null);
    add(
      T.annualReport,
      `gen-annual-${pad(++annualSerial, 6)}`,
      r.leadOwner.id,
      m.id,
      r.year,
      status,
      used(m.owner),
      used(m.uh),
      say("Samlinger og arbeid i skolene"),
      say("Forelesninger og veiledning fra UH"),
      say("Målene er i hovedsak nådd"),
      say("Tiltaket svarer på lokale behov"),
      say("Kollektive prosesser i personalet"),
      say("Partnerskapet med UH er styrket"),
      say("Arbeidet fortsetter neste år"),
      returned ? "Bruken av midlene må forklares nærmere." : null,
      returned ? new Date(due.getTime() + 10 * 24 * 3600_000) : null,
      approved ? new Date(due.getTime() + 20 * 24 * 3600_000) : null,
      approved ? r.nw.county.statsforvalter!.id : null,
      delivered ? 1 : 0,
      submittedAt,
      r.leadOwner.adviser!.id,
      createdAt,
      submittedAt ?? createdAt,
    );
  }
}

// ───────────────────────────── writing ─────────────────────────────

function sqlType(type: string): { param: string; cast: (c: string) => string } {
  if (type.startsWith("enum[]:")) return { param: "text[]", cast: (c) => `${c}::"${type.slice(7)}"[]` };
  if (type.startsWith("enum:")) return { param: "text[]", cast: (c) => `${c}::"${type.slice(5)}"` };
  if (type === "jsonb") return { param: "text[]", cast: (c) => `${c}::jsonb` };
  return { param: `${type}[]`, cast: (c) => c };
}

async function write(client: pg.Client, t: Table) {
  const CHUNK = t.name === "NeedsReportVersion" ? 2_000 : 20_000;
  const types = t.cols.map(([, type]) => sqlType(type));
  const names = t.cols.map(([n]) => `"${n}"`).join(", ");
  const aliases = t.cols.map((_, i) => `c${i}`);
  const sql = `INSERT INTO "${t.name}" (${names}) SELECT ${aliases.map((a, i) => types[i]!.cast(a)).join(", ")} FROM unnest(${types.map((ty, i) => `$${i + 1}::${ty.param}`).join(", ")}) AS t(${aliases.join(", ")})`;
  for (let start = 0; start < t.rows.length; start += CHUNK) {
    const chunk = t.rows.slice(start, start + CHUNK);
    const params = t.cols.map((_, i) => chunk.map((row) => row[i] ?? null));
    await client.query(sql, params);
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL mangler");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "County"`);
    if (Number(rows[0]!.n) > 0)
      throw new Error("Databasen har allerede data: generatoren skriver bare i en tom, migrert database.");
    // The rows are made consistent here: skip the foreign-key triggers while loading (needs a superuser; else they run).
    const fast = await client.query("SET session_replication_role = replica").then(
      () => true,
      () => false,
    );
    await client.query("BEGIN");
    for (const t of tables.values()) await write(client, t);
    await client.query("COMMIT");
    if (fast) await client.query("SET session_replication_role = DEFAULT");
    await client.query("ANALYZE");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
  const count = (t: Table) => t.rows.length.toLocaleString("nb-NO");
  console.log(
    `Generert (skala ${SCALE}, frø ${SEED}, år ${YEARS[0]}–${OPEN_YEAR}) på ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${counties.length} fylker, ${networks.length} nettverk, ${count(T.organisation)} organisasjoner, ${count(T.person)} personer, ` +
      `${count(T.report)} behovsmeldinger (${BENCH_DRAFTS} utkast til innsending i ${benchNetwork.id}), ${count(T.gathering)} samlinger, ${count(T.registration)} påmeldinger, ${count(T.annualReport)} årsrapporter; ` +
      `${[...tables.values()].reduce((a, t) => a + t.rows.length, 0).toLocaleString("nb-NO")} rader i alt.`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
