/**
 * Types for the demo/seed data of Kompetanseportalen.
 *
 * Pure data types: no Prisma, no runtime code. Every record has a stable
 * string id so the seed script can upsert idempotently.
 *
 * Conventions
 * - Money: integers in whole Norwegian kroner (`Kroner`).
 * - Dates: ISO strings "2023-03-09"; times "09:00"; time zone Europe/Oslo implied.
 * - Organisation numbers: 9 digits, no spaces (MOD11, weights 3 2 7 6 5 4 3 2).
 * - Bank accounts: 11 digits, no dots/spaces (MOD11, weights 5 4 3 2 7 6 5 4 3 2).
 * - Texts copied from the seed documents are kept verbatim (Norwegian);
 *   paragraphs are separated by "\n\n", lines/bullets by "\n", bullets start with "• ".
 */

// ---------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------

/** ISO date, "YYYY-MM-DD" (Europe/Oslo). */
export type IsoDate = string;
/** ISO date-time with offset, e.g. "2023-11-30T14:12:00+01:00". */
export type IsoDateTime = string;
/** Clock time "HH:MM" (Europe/Oslo). */
export type ClockTime = string;
/** Whole Norwegian kroner. */
export type Kroner = number;

export type SchemeCode = "REGIONAL" | "DESENTRALISERT" | "KOMPETANSELOFTET";

export type OrganisationKind = "KOMMUNE" | "FYLKESKOMMUNE" | "PRIVAT" | "UH" | "STATSFORVALTER" | "OTHER";

export type Term = "VAR" | "HOST";

/** A half-year: VAR = spring (Jan–Jun), HOST = autumn (Aug–Dec). */
export interface Semester {
  term: Term;
  year: number;
}

/** Where a fact comes from: the seed documents, or invented for the demo. */
export type DataSource = "SEED" | "INVENTED" | "INFERRED";

// ---------------------------------------------------------------------------
// Geography and organisations
// ---------------------------------------------------------------------------

export interface County {
  id: string;
  name: string;
  /** Official county number (fylkesnummer), e.g. "50" for Trøndelag. */
  countyNumber: string;
  /** Organisation id of the county governor's office (Statsforvalteren). */
  statsforvalterOrgId: string;
  /** Id of the county's Samarbeidsforum. */
  forumId: string;
}

export interface SamarbeidsForum {
  id: string;
  countyId: string;
  name: string;
  note: string | null;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  /** 9 digits, real public number; null when not known for certain. UH units inherit the parent's. */
  orgNumber: string | null;
  /** Municipality number (kommunenummer) for KOMMUNE, county number for FYLKESKOMMUNE. */
  municipalityNumber: string | null;
  countyId: string | null;
  /** For UH units (e.g. Matematikksenteret): the institution's id. */
  parentId: string | null;
  /** Invented, 11 digits, valid MOD11 — never a real account. */
  bankAccount: string | null;
  shortName: string | null;
  note: string | null;
}

export type NetworkLevel = "GRUNNSKOLE" | "VIDEREGAENDE";

export interface CompetenceNetwork {
  id: string;
  name: string;
  /** Name as used in the seed's tables (e.g. "Trondheim/Malvik"). */
  shortName: string;
  /** Other spellings used in the seeds ("Nettverket Trondheim og Malvik", "Malvik-Trondheim" …). */
  aliases: string[];
  countyId: string;
  level: NetworkLevel;
  memberOrgIds: string[];
  uhPartnerOrgIds: string[];
  /** SEED when a seed says which UH partners the network, otherwise INFERRED/INVENTED. */
  uhPartnerSource: DataSource;
  note: string | null;
}

/** Teacher FTEs (lærerårsverk) per owner and year – the key for pro-rata distribution. */
export interface TeacherFte {
  orgId: string;
  year: number;
  fte: number;
  source: DataSource;
}

/** Counts of units included (behovsmelding part 16). null = not filled in. */
export interface UnitCounts {
  kommunaleBarnehager: number | null;
  privateBarnehager: number | null;
  offentligeSkoler: number | null;
  privateSkoler: number | null;
  ppTjenester: number | null;
}

// ---------------------------------------------------------------------------
// Year budget and frames
// ---------------------------------------------------------------------------

export type BudgetLineKind =
  "ALLOCATED" | "UH_DIRECT" | "BASE_GRANT" | "FORUM_MEETINGS" | "JOINT_MEASURES" | "PRO_RATA";

export interface BudgetLine {
  id: string;
  kind: BudgetLineKind;
  /** Label exactly as in the seed. */
  label: string;
  amount: Kroner;
}

export interface UhDirectShare {
  uhOrgId: string;
  networkCount: number;
  /** Exact pro-rata split by network count, largest remainder, whole kroner. */
  exactProRata: Kroner;
  /** The figure the forum set. */
  decided: Kroner;
}

export interface UhDirectSplit {
  budgetLineId: string;
  shares: UhDirectShare[];
  /** Reason for deviating from the exact split (seed text). */
  reason: string | null;
  /** Where the decided figures are written in the seed. */
  sourceNote: string;
}

export interface NetworkFrame {
  networkId: string;
  year: number;
  /** Ramme = base grant + pro-rata share, as printed in the seed. */
  frame: Kroner;
  /** Omsøkt totalt. */
  applied: Kroner;
  /** Samarbeidsforums innstilling til Statsforvalteren; null = empty in the seed. */
  recommended: Kroner | null;
}

export interface YearBudget {
  id: string;
  countyId: string;
  year: number;
  scheme: SchemeCode;
  /** Tildelt beløp. */
  allocated: Kroner;
  /** All lines in the seed's order (the first is the allocation itself). */
  lines: BudgetLine[];
  baseGrantPerNetwork: Kroner;
  networkCount: number;
  uhDirectSplit: UhDirectSplit;
  frames: NetworkFrame[];
  /** Sum of frames as printed in the seed's table (may differ from the sum of the rows). */
  printedFrameTotal: Kroner;
  printedAppliedTotal: Kroner;
  /** When the frames were decided (seeded as the decided frame scenario). */
  framesDecidedOn: IsoDate;
  note: string | null;
}

// ---------------------------------------------------------------------------
// Samarbeidsforum meetings
// ---------------------------------------------------------------------------

export type CaseKind = "DECISION" | "INPUT" | "INFORMATION" | "DECISION_AND_INPUT";

export type AgendaItemKind = "WELCOME" | "CASE" | "BREAK" | "OTHER";

export interface AgendaItem {
  id: string;
  order: number;
  startTime: ClockTime;
  /** null when the seed gives no end time (it is then implied by the next item). */
  endTime: ClockTime | null;
  kind: AgendaItemKind;
  /** Text as in the seed's agenda. */
  title: string;
  caseId: string | null;
}

export interface CaseSection {
  heading: string | null;
  text: string;
}

export interface CaseAttachment {
  id: string;
  title: string;
  note: string | null;
}

export interface InputQuestion {
  question: string;
  /** Input gathered (e.g. the group work's bullet points), null if none recorded. */
  answers: string | null;
}

export interface ForumCase {
  id: string;
  meetingId: string;
  /** n in "Sak n/year". */
  number: number;
  year: number;
  title: string;
  kind: CaseKind;
  /** Kind as written in the seed, e.g. "beslutnings- og innspillssak". */
  kindLabel: string | null;
  sections: CaseSection[];
  inputQuestions: InputQuestion[];
  attachments: CaseAttachment[];
  /** Forslag til vedtak. */
  proposal: string | null;
  /** Vedtak as made; null when the seed has none. */
  decision: string | null;
  /** true when `decision` is read from the slides rather than stated as "Vedtak". */
  decisionInferred: boolean;
  minutes: string | null;
  relatedMeasureIds: string[];
  relatedBudgetId: string | null;
  note: string | null;
}

export interface ForumMeeting {
  id: string;
  forumId: string;
  title: string;
  date: IsoDate;
  startTime: ClockTime;
  endTime: ClockTime;
  /** null = not stated in the seed. */
  place: string | null;
  /** true = digital meeting, false = physical, null = not stated. */
  digital: boolean | null;
  agenda: AgendaItem[];
  cases: ForumCase[];
  note: string | null;
}

// ---------------------------------------------------------------------------
// Measures, semesters and gatherings
// ---------------------------------------------------------------------------

export type GatheringFormat = "FYSISK" | "DIGITAL";
export type GatheringLength = "HELDAG" | "HALVDAG";
export type GatheringKind = "OPPSTART" | "SAMLING" | "ARLIG_SAMLING" | "LEDERSAMLING" | "FAGSAMLING" | "KICK_OFF";

export type Subject = "FELLES" | "ENGELSK" | "NORSK" | "MATEMATIKK" | "SKRIVING";

export interface MeasureSemester {
  /** 1..n within the measure (or within the cohort when cohortId is set). */
  number: number;
  semester: Semester;
  cohortId: string | null;
  focus: Subject | null;
  /** Work/assignment planned for the semester (oppdrag, mellomarbeid, intern samling). */
  betweenWork: string | null;
}

export interface Cohort {
  id: string;
  /** "Pulje 1" … */
  name: string;
  networkIds: string[];
  /** School years as in the seed's table, e.g. ["21/22", "22/23"]. */
  schoolYears: string[];
  source: DataSource;
  note: string | null;
}

/** Networks merged into one group for a measure's gatherings. */
export interface NetworkGroup {
  id: string;
  name: string;
  networkIds: string[];
  /** Place where this group's physical gatherings are held. */
  homePlace: string | null;
  source: DataSource;
}

export interface UhContact {
  id: string;
  /** Invented name. */
  name: string;
  uhOrgId: string;
  email: string;
  phone: string;
  /** Network group (or network) this contact follows. */
  networkGroupId: string | null;
  personId: string | null;
}

export interface Track {
  subject: Subject;
  /** Theme as in the seed, null when the seed gives none. */
  theme: string | null;
  uhOrgId: string | null;
}

export interface Gathering {
  id: string;
  measureId: string;
  cohortId: string | null;
  networkGroupId: string | null;
  networkIds: string[];
  semester: Semester;
  /** Semester number within the measure/cohort. */
  semesterNumber: number | null;
  /** n in "Samling n"; null for gatherings outside the numbered series. */
  number: number | null;
  kind: GatheringKind;
  title: string;
  format: GatheringFormat;
  /** As planned, when it differs from how it was held (seed: "Fysisk heldag (digital)"). */
  plannedFormat: GatheringFormat | null;
  length: GatheringLength;
  date: IsoDate;
  startTime: ClockTime;
  endTime: ClockTime;
  place: string | null;
  theme: string | null;
  /** Common part before the parallel tracks, if any. */
  commonPart: string | null;
  tracks: Track[];
  facilitatorPersonIds: string[];
  facilitatorContactIds: string[];
  /** Oppdrag/mellomarbeid to do before the next gathering. */
  assignment: string | null;
  /** Which facts are invented: date/place/format/length … */
  invented: string[];
  note: string | null;
}

export interface MeasureContributor {
  orgId: string;
  role: string | null;
}

export interface Measure {
  id: string;
  name: string;
  aliases: string[];
  scheme: SchemeCode;
  countyId: string;
  /** Owning network (null for a joint measure / fellestiltak). */
  ownerNetworkId: string | null;
  isJoint: boolean;
  participatingNetworkIds: string[];
  subtitle: string | null;
  background: string | null;
  goal: string;
  targetGroup: string;
  /** Duration as text in the seed ("2020 til 2023, seks semestre."). */
  durationText: string | null;
  content: string | null;
  themes: { subject: Subject; items: string[] }[];
  organisation: string | null;
  contributorsText: string | null;
  contributors: MeasureContributor[];
  obligations: string | null;
  betweenWork: string | null;
  evaluation: string | null;
  semesters: MeasureSemester[];
  cohorts: Cohort[];
  networkGroups: NetworkGroup[];
  uhContacts: UhContact[];
  gatherings: Gathering[];
  /** Experiences / status notes from the seed. */
  experiences: string | null;
  needs: string | null;
  relatedNeedsReportId: string | null;
  note: string | null;
}

// ---------------------------------------------------------------------------
// Needs report (behovsmelding) — docs/domain.md §4
// ---------------------------------------------------------------------------

export type NeedsReportStatus =
  "DRAFT" | "SUBMITTED" | "IN_REVIEW" | "RETURNED" | "RECOMMENDED" | "GRANTED" | "REJECTED";

export interface NeedsReportRound {
  id: string;
  countyId: string;
  year: number;
  schemes: SchemeCode[];
  opensAt: IsoDate;
  deadline: IsoDate;
  source: DataSource;
  note: string | null;
}

export interface ReportContact {
  /** Invented. */
  name: string;
  /** Funksjon. */
  role: string;
  phone: string;
  email: string;
  /** Invented, MOD11-valid. */
  bankAccount: string;
  orgNumber: string;
  /** "Ev. merkes" – payment marking text (seed). */
  paymentMarking: string;
  orgId: string;
  personId: string | null;
}

export interface PartnershipFacts {
  severalOwners: boolean;
  severalUh: boolean;
  severalSchemes: boolean;
  measureCount: number;
}

export interface SchemeTotalRow {
  scheme: SchemeCode;
  owner: Kroner;
  uh: Kroner;
  total: Kroner;
}

export interface SchemeTotals {
  year: number;
  rows: SchemeTotalRow[];
  /** Sum row as printed in the seed. */
  sum: { owner: Kroner; uh: Kroner; total: Kroner };
}

export interface ReportBudgetLine {
  id: string;
  order: number;
  /** Heading of the activity, e.g. "Arbeidsgruppe". */
  title: string;
  /** Description paragraph(s) of the activity (seed). */
  description: string;
  /** The budget line text itself (seed). */
  text: string;
  amount: Kroner;
}

export interface GrantPurpose {
  assessNeeds: boolean;
  plan: boolean;
  carryOutAndEvaluate: boolean;
  /** Text as in the seed ("Gjennomføring av tiltak"). */
  text: string;
}

export type LaterNeedPeriod = { kind: "SEMESTER"; semester: Semester } | { kind: "YEAR"; year: number };

export interface LaterNeed {
  /** Label as in the seed ("Høst 2025", "2026"). */
  label: string;
  period: LaterNeedPeriod;
  ownerAmount: Kroner | null;
  ownerReason: string | null;
  uhAmount: Kroner | null;
  uhReason: string | null;
}

export interface CoordinatorUse {
  needed: boolean;
  text: string | null;
  /** Maximum share of the measure's total the owner may use for a coordinator. */
  maxSharePercent: number | null;
}

export interface NeedsReportMeasure {
  id: string;
  number: number;
  name: string;
  ownerAmount: Kroner;
  uhAmount: Kroner;
  total: Kroner;
  purpose: GrantPurpose;
  anchoringText: string;
  collectiveProcessesText: string;
  teacherEducationText: string;
  longTermPlanText: string;
  longTermPlanPoints: string[];
  longTermPlanUrl: string | null;
  ownerBudgetIntro: string | null;
  ownerBudgetLines: ReportBudgetLine[];
  /** The owner part's own "Koordinator:" paragraph. */
  ownerBudgetCoordinatorNote: string | null;
  uhBudgetLines: ReportBudgetLine[];
  coordinator: CoordinatorUse;
  semesters: Semester[];
  laterNeeds: LaterNeed[];
  targetGroup: string;
}

export interface PartnerRow {
  order: number;
  orgId: string;
  name: string;
  /** Invented contact person. */
  contactName: string;
  kind: "OWNER" | "UH";
}

export interface CoDetermination {
  discussed: boolean;
  participants: { role: string; name: string }[];
  remark: string | null;
}

export interface NeedsReport {
  id: string;
  roundId: string;
  year: number;
  status: NeedsReportStatus;
  submittedAt: IsoDateTime | null;
  /** Part 1 – schemes ticked. */
  schemes: Record<SchemeCode, boolean>;
  /** Part 2 – owners. */
  ownersText: string;
  leadOwnerOrgId: string;
  otherOwnerOrgIds: string[];
  networkId: string;
  /** Part 3 – UH. */
  uhText: string;
  uhOrgId: string;
  uhUnitOrgIds: string[];
  /** Part 4 – contacts. */
  contacts: { owner: ReportContact; uh: ReportContact };
  /** Part 5. */
  partnership: PartnershipFacts;
  /** Part 6. */
  totals: SchemeTotals;
  /** Parts 7–13. */
  measures: NeedsReportMeasure[];
  /** Part 14. */
  partners: PartnerRow[];
  /** Part 15. */
  coDetermination: CoDetermination;
  /** Part 16. */
  units: UnitCounts;
  /** Inconsistencies in the seed kept on purpose. */
  flags: string[];
}

// ---------------------------------------------------------------------------
// An owner's project plan (seed 001, Meløy)
// ---------------------------------------------------------------------------

export type MonthKey = string; // "2024-03"

export interface ProgressActivity {
  id: string;
  phaseId: string;
  text: string;
  months: MonthKey[];
}

export interface ProjectPhase {
  id: string;
  name: string;
  from: MonthKey;
  to: MonthKey;
  description: string | null;
}

export interface ResourceRow {
  /** Label as in the seed ("Regional ordning", "Eier"). */
  label: string;
  scheme: SchemeCode | null;
  owner: Kroner | null;
  uh: Kroner | null;
  total: Kroner;
}

export interface ResourceTable {
  year: number;
  rows: ResourceRow[];
  sum: { owner: Kroner; uh: Kroner; total: Kroner };
  laterNeeds: LaterNeed[];
  /** Free text instead of an owner amount in the later-needs table. */
  ownerLaterNeedTexts: { label: string; text: string }[];
}

export interface RoleDuty {
  role: string;
  duty: string;
}

export interface ProjectPlan {
  id: string;
  ownerOrgId: string;
  countyId: string;
  networkId: string;
  uhPartnerOrgIds: string[];
  title: string;
  year: number;
  background: string;
  concepts: string[];
  organisation: string;
  mainGoal: string;
  mainGoalBullets: string[];
  countyGoalIndicators: string[];
  holisticMeasures: string[];
  targetGroups: string[];
  analysisAreas: string[];
  steeringGroup: string;
  steeringGroupTasks: string[];
  phases: ProjectPhase[];
  progressPlan: ProgressActivity[];
  resources: ResourceTable;
  localFunds: string;
  successFactors: string[];
  references: string[];
  note: string | null;
}

// ---------------------------------------------------------------------------
// People and role bindings
// ---------------------------------------------------------------------------

export type Role =
  "OWNER" | "COORDINATOR" | "UH" | "STATSFORVALTER" | "FORUM_MEMBER" | "ADMIN" | "ORG_ADMIN" | "DIRECTORATE";

export type RoleScope =
  | { kind: "ORGANISATION"; ref: string }
  | { kind: "NETWORK"; ref: string }
  | { kind: "COUNTY"; ref: string }
  | { kind: "GLOBAL"; ref: null };

export interface RoleBinding {
  role: Role;
  scope: RoleScope;
  /** Extra description, e.g. what a forum member represents. */
  note: string | null;
}

export interface Person {
  id: string;
  /** Invented. */
  name: string;
  /** Invented, on demo.kompetanseportalen.no. */
  email: string;
  /** Invented, "+47 4xx xx xxx". */
  phone: string;
  title: string;
  /** Employer. */
  organisationId: string | null;
  roles: RoleBinding[];
}
