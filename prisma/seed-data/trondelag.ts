/**
 * Trøndelag demo data — from seed 002 (Samarbeidsforum 9 March 2023) and
 * seed 000 (the joint measure "Tidlig innsats i begynneropplæringen").
 *
 * Facts not in the seeds are marked INVENTED / INFERRED in comments and in
 * the records' `source`, `invented` or `note` fields.
 */
import type {
  AgendaItem,
  Cohort,
  CompetenceNetwork,
  County,
  ForumCase,
  ForumMeeting,
  Gathering,
  GatheringFormat,
  GatheringLength,
  IsoDate,
  Measure,
  MeasureSemester,
  NetworkFrame,
  NetworkGroup,
  Organisation,
  SamarbeidsForum,
  Subject,
  TeacherFte,
  Track,
  UhContact,
  YearBudget,
} from "./types";

const paras = (...p: string[]): string => p.join("\n\n");
const lines = (...l: string[]): string => l.join("\n");
/** Index access that fails loudly (keeps noUncheckedIndexedAccess happy). */
const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`seed-data/trondelag: missing ${what}`);
  return value;
};

// ---------------------------------------------------------------------------
// County, Statsforvalteren, Samarbeidsforum
// ---------------------------------------------------------------------------

export const trondelagCounty: County = {
  id: "county-trondelag",
  name: "Trøndelag",
  countyNumber: "50",
  statsforvalterOrgId: "org-sf-trondelag",
  forumId: "forum-trondelag",
};

export const trondelagForum: SamarbeidsForum = {
  id: "forum-trondelag",
  countyId: "county-trondelag",
  name: "Samarbeidsforum Trøndelag",
  note: "Seed 002: «Møte i samarbeidsforum Dekom».",
};

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

/** UH institutions and their units (units inherit the parent's org number). */
export const uhOrganisations: Organisation[] = [
  {
    id: "org-ntnu",
    name: "NTNU – Norges teknisk-naturvitenskapelige universitet",
    kind: "UH",
    orgNumber: "974767880", // seed 004 (UH column)
    municipalityNumber: null,
    countyId: "county-trondelag",
    parentId: null,
    bankAccount: "12345600025", // INVENTED
    shortName: "NTNU",
    note: null,
  },
  {
    id: "org-ntnu-matematikksenteret",
    name: "Nasjonalt senter for matematikk i opplæringen (Matematikksenteret)",
    kind: "UH",
    orgNumber: null, // a unit of NTNU – uses NTNU's number
    municipalityNumber: null,
    countyId: "county-trondelag",
    parentId: "org-ntnu",
    bankAccount: null,
    shortName: "Matematikksenteret",
    note: "Seed 000 and 004.",
  },
  {
    id: "org-ntnu-skrivesenteret",
    name: "Nasjonalt senter for skriveopplæring og skriveforsking (Skrivesenteret)",
    kind: "UH",
    orgNumber: null,
    municipalityNumber: null,
    countyId: "county-trondelag",
    parentId: "org-ntnu",
    bankAccount: null,
    shortName: "Skrivesenteret",
    note: "Seed 000 and 004.",
  },
  {
    id: "org-ntnu-ilu",
    name: "Institutt for lærerutdanning, NTNU",
    kind: "UH",
    orgNumber: null,
    municipalityNumber: null,
    countyId: "county-trondelag",
    parentId: "org-ntnu",
    bankAccount: null,
    shortName: "ILU",
    note: "Named in seed 004 (lærerutdanningen).",
  },
  {
    id: "org-nord-universitet",
    name: "Nord universitet",
    kind: "UH",
    orgNumber: "970940243",
    municipalityNumber: null,
    countyId: "county-nordland", // main seat Bodø
    parentId: null,
    bankAccount: "12345600114", // INVENTED
    shortName: "Nord",
    note: "Seed 002 («Nord U»/«Nord Universitet») and seed 001 («Universitet Nord»). No units named in the seeds.",
  },
];

export const trondelagAuthorities: Organisation[] = [
  {
    id: "org-sf-trondelag",
    name: "Statsforvalteren i Trøndelag",
    kind: "STATSFORVALTER",
    orgNumber: "974764350",
    municipalityNumber: null,
    countyId: "county-trondelag",
    parentId: null,
    bankAccount: null,
    shortName: "SFTL",
    note: null,
  },
  {
    id: "org-trondelag-fylkeskommune",
    name: "Trøndelag fylkeskommune",
    kind: "FYLKESKOMMUNE",
    orgNumber: "817920632",
    municipalityNumber: "50",
    countyId: "county-trondelag",
    parentId: null,
    bankAccount: "12345600130", // INVENTED
    shortName: "TFK",
    note: "Owner of the upper secondary schools (network «TFK og VG»).",
  },
];

/**
 * The 38 municipalities of Trøndelag (2020–2023). Organisation numbers from
 * SSB's public list of municipalities (kommunenummer → organisasjonsnummer),
 * each checked with MOD11.
 */
const kommune = (
  slug: string,
  name: string,
  municipalityNumber: string,
  orgNumber: string | null,
  bankAccount: string | null = null,
): Organisation => ({
  id: `org-${slug}-kommune`,
  name: `${name} kommune`,
  kind: "KOMMUNE",
  orgNumber,
  municipalityNumber,
  countyId: "county-trondelag",
  parentId: null,
  bankAccount,
  shortName: name,
  note: null,
});

export const trondelagMunicipalities: Organisation[] = [
  kommune("trondheim", "Trondheim", "5001", "942110464", "12345600122"),
  kommune("steinkjer", "Steinkjer", "5006", "840029212"),
  kommune("namsos", "Namsos", "5007", "942875967"),
  kommune("froya", "Frøya", "5014", "964982597"),
  kommune("osen", "Osen", "5020", "944350675"),
  kommune("oppdal", "Oppdal", "5021", "964983003"),
  kommune("rennebu", "Rennebu", "5022", "940083672"),
  kommune("roros", "Røros", "5025", "939898743"),
  kommune("holtalen", "Holtålen", "5026", "937697767"),
  kommune("midtre-gauldal", "Midtre Gauldal", "5027", "970187715"),
  kommune("melhus", "Melhus", "5028", "938726027"),
  kommune("skaun", "Skaun", "5029", "939865942"),
  kommune("malvik", "Malvik", "5031", "971035560"),
  kommune("selbu", "Selbu", "5032", "971197609"),
  kommune("tydal", "Tydal", "5033", "864983472"),
  kommune("meraker", "Meråker", "5034", "835231712"),
  kommune("stjordal", "Stjørdal", "5035", "939958851"),
  kommune("frosta", "Frosta", "5036", "944482253"),
  kommune("levanger", "Levanger", "5037", "938587051"),
  kommune("verdal", "Verdal", "5038", "938587418"),
  kommune("snasa", "Snåsa", "5041", "964982031"), // official: Snåase – Snåsa
  kommune("lierne", "Lierne", "5042", "972417963"),
  kommune("royrvik", "Røyrvik", "5043", "964982120"), // official: Raarvihke – Røyrvik
  kommune("namsskogan", "Namsskogan", "5044", "864982212"),
  kommune("grong", "Grong", "5045", "940010853"),
  kommune("hoylandet", "Høylandet", "5046", "959220476"),
  kommune("overhalla", "Overhalla", "5047", "939896600"),
  kommune("flatanger", "Flatanger", "5049", "845153272"),
  kommune("leka", "Leka", "5052", "944484574"),
  kommune("inderoy", "Inderøy", "5053", "997391853"),
  kommune("indre-fosen", "Indre Fosen", "5054", "944305483"),
  kommune("heim", "Heim", "5055", "920920004"),
  kommune("hitra", "Hitra", "5056", "938772924"),
  kommune("orland", "Ørland", "5057", "921806027"),
  kommune("afjord", "Åfjord", "5058", "921875533"),
  kommune("orkland", "Orkland", "5059", "921233418"),
  kommune("naroysund", "Nærøysund", "5060", "921785410"),
  kommune("rindal", "Rindal", "5061", "940138051"),
];

export const trondelagOrganisations: Organisation[] = [...trondelagAuthorities, ...trondelagMunicipalities];

// ---------------------------------------------------------------------------
// Competence networks (seed 002: 11 networks for schools)
// ---------------------------------------------------------------------------

const k = (slug: string): string => `org-${slug}-kommune`;

/**
 * Members: the real Trøndelag municipalities that belong in each region
 * (INFERRED from regional councils; the seeds name no members).
 * UH partner: seed 002 says NTNU partners 7 networks and Nord universitet 4
 * but not which — INFERRED: Nord universitet for the three Namdal networks
 * and Levanger/Verdal (Nord's campuses Namsos and Levanger), NTNU for the rest.
 */
export const trondelagNetworks: CompetenceNetwork[] = [
  {
    id: "net-trd-indre-namdal",
    name: "Kompetansenettverk Indre Namdal",
    shortName: "Indre Namdal",
    aliases: ["Nettverket Indre Namdal"],
    countyId: "county-trondelag",
    level: "GRUNNSKOLE",
    memberOrgIds: [k("grong"), k("hoylandet"), k("lierne"), k("namsskogan"), k("royrvik"), k("snasa")],
    uhPartnerOrgIds: ["org-nord-universitet"],
    uhPartnerSource: "INFERRED",
    note: null,
  },
  {
    id: "net-trd-ytre-namdal",
    name: "Kompetansenettverk Ytre Namdal",
    shortName: "Ytre Namdal",
    aliases: ["Nettverket Ytre Namdal"],
    countyId: "county-trondelag",
    level: "GRUNNSKOLE",
    memberOrgIds: [k("naroysund"), k("leka")],
    uhPartnerOrgIds: ["org-nord-universitet"],
    uhPartnerSource: "INFERRED",
    note: "Bindal (Nordland) is part of the Ytre Namdal region council but not modelled here.",
  },
  {
    id: "net-trd-midtre-namdal",
    name: "Kompetansenettverk Midtre Namdal",
    shortName: "Midtre Namdal",
    aliases: ["Nettverket Midtre Namdal"],
    countyId: "county-trondelag",
    level: "GRUNNSKOLE",
    memberOrgIds: [k("namsos"), k("overhalla"), k("flatanger")],
    uhPartnerOrgIds: ["org-nord-universitet"],
    uhPartnerSource: "INFERRED",
    note: null,
  },
  {
    id: "net-trd-innherred",
    name: "Kompetansenettverk Innherred",
    shortName: "Innherred",
    aliases: ["Innherredsnettverket"],
    countyId: "county-trondelag",
    level: "GRUNNSKOLE",
    memberOrgIds: [k("steinkjer"), k("inderoy")],
    uhPartnerOrgIds: ["org-ntnu"],
    uhPartnerSource: "INFERRED",
    note: null,
  },
  {
    id: "net-trd-levanger-verdal",
    name: "Kompetansenettverk Levanger/Verdal",
    shortName: "Levanger/Verdal",
    aliases: ["Nettverket Levanger/Verdal", "Levanger og Verdal"],
    countyId: "county-trondelag",
    level: "GRUNNSKOLE",
    memberOrgIds: [k("levanger"), k("verdal")],
    uhPartnerOrgIds: ["org-nord-universitet"],
    uhPartnerSource: "INFERRED",
    note: null,
  },
  {
    id: "net-trd-vaernes",
    name: "Kompetansenettverk Værnes",
    shortName: "Værnes",
    aliases: ["Værnesnettverket"],
    countyId: "county-trondelag",
    level: "GRUNNSKOLE",
    memberOrgIds: [k("stjordal"), k("meraker"), k("selbu"), k("tydal"), k("frosta")],
    uhPartnerOrgIds: ["org-ntnu"],
    uhPartnerSource: "INFERRED",
    note: null,
  },
  {
    id: "net-trd-fosen",
    name: "Kompetansenettverk Fosen",
    shortName: "Fosen",
    aliases: ["Fosennettverket"],
    countyId: "county-trondelag",
    level: "GRUNNSKOLE",
    memberOrgIds: [k("indre-fosen"), k("orland"), k("afjord"), k("osen")],
    uhPartnerOrgIds: ["org-ntnu"],
    uhPartnerSource: "INFERRED",
    note: null,
  },
  {
    id: "net-trd-trondheim-malvik",
    name: "Kompetansenettverk Trondheim/Malvik",
    shortName: "Trondheim/Malvik",
    aliases: ["Nettverket Trondheim og Malvik", "Malvik-Trondheim"],
    countyId: "county-trondelag",
    level: "GRUNNSKOLE",
    memberOrgIds: [k("trondheim"), k("malvik")],
    uhPartnerOrgIds: ["org-ntnu"],
    uhPartnerSource: "INFERRED",
    note: null,
  },
  {
    id: "net-trd-gauldal",
    name: "Kompetansenettverk Gauldal",
    shortName: "Gauldal",
    aliases: ["Gauldalsnettverket"],
    countyId: "county-trondelag",
    level: "GRUNNSKOLE",
    memberOrgIds: [k("melhus"), k("midtre-gauldal"), k("holtalen"), k("roros"), k("oppdal"), k("rennebu")],
    uhPartnerOrgIds: ["org-ntnu"],
    uhPartnerSource: "INFERRED",
    note: null,
  },
  {
    id: "net-trd-trondelag-sorvest",
    name: "Kompetansenettverk Trøndelag sørvest",
    shortName: "Trøndelag sørvest",
    aliases: ["Nettverket Trøndelag sørvest"],
    countyId: "county-trondelag",
    level: "GRUNNSKOLE",
    memberOrgIds: [k("orkland"), k("skaun"), k("heim"), k("hitra"), k("froya"), k("rindal")],
    uhPartnerOrgIds: ["org-ntnu"],
    uhPartnerSource: "INFERRED",
    note: null,
  },
  {
    id: "net-trd-tfk-vg",
    name: "Kompetansenettverk TFK og VG",
    shortName: "TFK og VG",
    aliases: [],
    countyId: "county-trondelag",
    level: "VIDEREGAENDE",
    memberOrgIds: ["org-trondelag-fylkeskommune"],
    uhPartnerOrgIds: ["org-ntnu"],
    uhPartnerSource: "INFERRED",
    note: "The county's upper secondary schools (videregående).",
  },
];

/** The ten networks for primary and lower secondary schools (grunnskole). */
export const trondelagPrimaryNetworkIds: string[] = trondelagNetworks
  .filter((n) => n.level === "GRUNNSKOLE")
  .map((n) => n.id);

// ---------------------------------------------------------------------------
// Teacher FTEs 2023 — INVENTED
// ---------------------------------------------------------------------------

/**
 * INVENTED teacher FTEs (lærerårsverk) per owner for 2023 (the real key is
 * GSI). Chosen so that each network's total is proportional to its pro-rata
 * share in seed 002 (frame − 300 000), at about 1 400 kr per FTE; the largest
 * owner of each network carries four decimals so that splitting 10 822 000 by
 * these network totals (largest remainder) gives every frame of the seed to
 * the krone, except TFK og VG, which gets the one krone the slide's
 * one-by-one rounding lost (3 484 095; total 14 122 000). Total 7 730.1 FTE.
 */
const fte = (orgId: string, value: number): TeacherFte => ({
  orgId,
  year: 2023,
  fte: value,
  source: "INVENTED",
});

export const trondelagTeacherFtes2023: TeacherFte[] = [
  // Indre Namdal – 110.7936
  fte(k("snasa"), 26.7),
  fte(k("grong"), 30.6936),
  fte(k("lierne"), 17.6),
  fte(k("hoylandet"), 16.8),
  fte(k("namsskogan"), 12.1),
  fte(k("royrvik"), 6.9),
  // Ytre Namdal – 144.9662
  fte(k("naroysund"), 134.6662),
  fte(k("leka"), 10.3),
  // Midtre Namdal – 270.2392
  fte(k("namsos"), 195.3392),
  fte(k("overhalla"), 56.7),
  fte(k("flatanger"), 18.2),
  // Innherred – 433.0549
  fte(k("steinkjer"), 328.4549),
  fte(k("inderoy"), 104.6),
  // Levanger/Verdal – 404.1981
  fte(k("levanger"), 228.9981),
  fte(k("verdal"), 175.2),
  // Værnes – 451.7345
  fte(k("stjordal"), 300.2345),
  fte(k("meraker"), 36.7),
  fte(k("selbu"), 60.7),
  fte(k("tydal"), 13.3),
  fte(k("frosta"), 40.8),
  // Fosen – 317.3548
  fte(k("indre-fosen"), 120.5),
  fte(k("orland"), 125.9548),
  fte(k("afjord"), 56.4),
  fte(k("osen"), 14.5),
  // Trondheim/Malvik – 2 237.2841
  fte(k("trondheim"), 2053.0841),
  fte(k("malvik"), 184.2),
  // Gauldal – 504.6901
  fte(k("melhus"), 197.9901),
  fte(k("midtre-gauldal"), 80.6),
  fte(k("holtalen"), 28.7),
  fte(k("roros"), 72.5),
  fte(k("oppdal"), 89.8),
  fte(k("rennebu"), 35.1),
  // Trøndelag sørvest – 581.4019
  fte(k("orkland"), 222.4019),
  fte(k("skaun"), 108.8),
  fte(k("heim"), 78.4),
  fte(k("hitra"), 69.9),
  fte(k("froya"), 72.3),
  fte(k("rindal"), 29.6),
  // TFK og VG – 2 274.3825
  fte("org-trondelag-fylkeskommune", 2274.3825),
];

// ---------------------------------------------------------------------------
// Year budget 2023 (seed 002, «Budsjett 2023» and «Samlet innstilling»)
// ---------------------------------------------------------------------------

const frame = (networkId: string, frameAmount: number, applied: number): NetworkFrame => ({
  networkId,
  year: 2023,
  frame: frameAmount,
  applied,
  recommended: null, // the column «Samarbeidsforums innstilling til Statsforvalteren» is empty in the seed
});

export const trondelagBudget2023: YearBudget = {
  id: "budget-trd-2023",
  countyId: "county-trondelag",
  year: 2023,
  scheme: "DESENTRALISERT",
  allocated: 20_522_000,
  lines: [
    { id: "budget-trd-2023-allocated", kind: "ALLOCATED", label: "Tildelt beløp Trøndelag", amount: 20_522_000 },
    { id: "budget-trd-2023-uh-direct", kind: "UH_DIRECT", label: "Direktetildeling til UH - UP1", amount: 5_000_000 },
    {
      id: "budget-trd-2023-base-grant",
      kind: "BASE_GRANT",
      label: "Grunntilskudd til alle kompetansenettverk",
      amount: 3_300_000,
    },
    { id: "budget-trd-2023-forum", kind: "FORUM_MEETINGS", label: "Møter i samarbeidsforum", amount: 400_000 },
    { id: "budget-trd-2023-joint", kind: "JOINT_MEASURES", label: "Fellestiltak", amount: 1_000_000 },
    { id: "budget-trd-2023-pro-rata", kind: "PRO_RATA", label: "Til fordeling pro rata", amount: 10_822_000 },
  ],
  baseGrantPerNetwork: 300_000,
  networkCount: 11,
  uhDirectSplit: {
    budgetLineId: "budget-trd-2023-uh-direct",
    shares: [
      { uhOrgId: "org-ntnu", networkCount: 7, exactProRata: 3_181_818, decided: 3_000_000 },
      { uhOrgId: "org-nord-universitet", networkCount: 4, exactProRata: 1_818_182, decided: 2_000_000 },
    ],
    reason:
      "NTNU er partner med 7 kompetansenettverk, og Nord U er partner med 4. Med bakgrunn i dette utbetales 3 millioner til NTNU, og 2 millioner til Nord Universitet.",
    sourceNote: "Sak 6/2023, forslag til vedtak punkt 2 (the seed has the proposal, not a recorded decision).",
  },
  frames: [
    frame("net-trd-indre-namdal", 455_109, 450_000),
    frame("net-trd-ytre-namdal", 502_950, 489_000),
    frame("net-trd-midtre-namdal", 678_330, 695_365),
    frame("net-trd-innherred", 906_269, 837_000),
    frame("net-trd-levanger-verdal", 865_870, 914_000),
    frame("net-trd-vaernes", 932_420, 1_850_000),
    frame("net-trd-fosen", 744_291, 785_000),
    frame("net-trd-trondheim-malvik", 3_432_157, 3_541_500),
    frame("net-trd-gauldal", 1_006_557, 1_500_000),
    frame("net-trd-trondelag-sorvest", 1_113_952, 1_100_000),
    frame("net-trd-tfk-vg", 3_484_094, 3_200_000),
  ],
  // The seed's total row prints 14 122 000; the eleven frames add up to 14 121 999.
  printedFrameTotal: 14_122_000,
  printedAppliedTotal: 15_361_865,
  // The frames were known before the meeting of 9 March 2023 («forhåndsfordeles»); the day is INVENTED.
  framesDecidedOn: "2023-02-15",
  // Shown in the portal. The seed's budget slide also has two unnamed lines with the value 0 (omitted).
  note: "Fordeling etter sak 3/2023: 1 000 000 kr til fellestiltak, samlet grunntilskudd 3 300 000 kr (300 000 kr per nettverk), resten pro rata etter lærerårsverk.",
};

// ---------------------------------------------------------------------------
// Joint measure: Vurdering og LK20 (seed 002)
// ---------------------------------------------------------------------------

export const VURDERING_LK20_GOAL = paras(
  "Lærere skal utvikle en god forståelse av vurdering i det nye læreplanverket LK20, og de skal kunne gjennomføre en vurdering som er i tråd med intensjonene i forskrift og læreplan.",
  "Skolene skal utvikle felles forståelse av vurdering i læreplanene og implementering av dem.",
  "Skoleeierne skal støtte skolene i dette arbeidet.",
);

export const VURDERING_LK20_GATHERING_PLAN = lines(
  "1. semester: Samling 1: Fysisk heldag (digital)",
  "Samling 2: Digital halvdag",
  "2. semester: Samling 3: Fysisk heldag",
  "Oppdrag og intern samling",
  "3. semester: Samling 4: Digital halvdag",
  "Oppdrag og intern samling",
  "4. semester: Samling 5: Fysisk heldag",
  "Oppdrag og intern samling",
  "Fra 5. semester: Årlige samlinger:",
  "Arena for å styrke tolkningsfellesskapet.",
);

export const VURDERING_LK20_ORGANISATION = lines(
  "• Møter med koordinatorer før og etter samlinger. Nye koordinatorer i fire av nettverkene i løpet av perioden",
  "• Møter med skoleledere før samlinger. Deltagelse varierer",
  "• Ressursgrupper og interne samlinger: varierer veldig fra skole til skole",
);

export const VURDERING_LK20_EXPERIENCES = lines(
  "Generelt på tvers av fag:",
  "• Positivt engasjement fra deltakerne under samlingene, noe evalueringene fra deltakerne også bekreftet.",
  "• På de to første samlingene: Påmeldte deltakere dukket ikke alltid opp og i noen tilfeller manglet påmelding for de som dukket opp.",
  "• Digitalt: Utfordringer med at deltakere fra enkelte skoler ønsket å sitte sammen på sin enhet, og ikke delta i «Breakoutrooms» med deltakere fra andre skoler.",
  "• Alt i alt svært positive erfaringer med samlingene",
  "• Skoleledere har deltatt i liten grad",
);

export const VURDERING_LK20_NEEDS = lines(
  "Utviklingsarbeid:",
  "• Rammer (lite med ei samling i halvåret)",
  "• Oppfølging av arbeidet (interne samlinger, ressursgrupper)",
  "• Undervisning (varierte arbeidsmåter/vurderingssituasjoner) ut fra LK20",
  "• Vurderingsarbeidet bidrar til lærelyst? (diskuteres dette på skolene?)",
  "• Beskrive kompetanse",
);

const VLK20_ID = "measure-trd-vurdering-lk20";
const ILU = "org-ntnu-ilu";
const MAT = "org-ntnu-matematikksenteret";
const SKRIV = "org-ntnu-skrivesenteret";

/**
 * Subject tracks per Samling (seed 002, «Overordnet tema for samlingene»).
 * The UH unit per track is INVENTED (seed: «fagmiljøene», not named).
 * Samling 5: the seed gives only two themes for three subjects; read in
 * column order they are English and Norwegian — AMBIGUOUS in the extract.
 */
const vlk20Tracks: Record<number, Track[]> = {
  1: [
    { subject: "ENGELSK", theme: "Vurdering i engelsk", uhOrgId: ILU },
    { subject: "NORSK", theme: "Vurdering i norskfaget etter LK20", uhOrgId: ILU },
    { subject: "MATEMATIKK", theme: "Vurdering av kompetanse i matematikk", uhOrgId: MAT },
  ],
  2: [
    { subject: "ENGELSK", theme: "Muntlig vurdering", uhOrgId: ILU },
    { subject: "NORSK", theme: "Vurdering av skriving", uhOrgId: ILU },
    { subject: "MATEMATIKK", theme: "Resonnering og argumentasjon", uhOrgId: MAT },
  ],
  3: [
    { subject: "ENGELSK", theme: "Skriftlig vurdering i engelskfaget", uhOrgId: ILU },
    {
      subject: "NORSK",
      theme: "Tolkningsfellesskap i praksis, vurdering av sidemål, og veien mot standpunktvurdering.",
      uhOrgId: ILU,
    },
    { subject: "MATEMATIKK", theme: "Vurdering og opplæring – to sider av samme sak?", uhOrgId: MAT },
  ],
  4: [
    { subject: "ENGELSK", theme: "Mappevurdering", uhOrgId: ILU },
    { subject: "NORSK", theme: "Sluttvurdering", uhOrgId: ILU },
    { subject: "MATEMATIKK", theme: "Sluttvurdering", uhOrgId: MAT },
  ],
  5: [
    { subject: "ENGELSK", theme: "Potensiale i oppgaver", uhOrgId: ILU },
    { subject: "NORSK", theme: "Kompetansemål, arbeidsmåter og vurdering", uhOrgId: ILU },
    { subject: "MATEMATIKK", theme: null, uhOrgId: MAT },
  ],
};

const VLK20_COMMON_PART_1 = "Del 1–Felles: En innføring i og utprøving av noen viktige begreper";
const VLK20_ANNUAL_THEME = "Arena for å styrke tolkningsfellesskapet.";
const VLK20_ASSIGNMENT = "Oppdrag og intern samling";

const vlk20Cohorts: Cohort[] = [
  {
    id: "cohort-vlk20-pulje-1",
    name: "Pulje 1",
    networkIds: [
      "net-trd-ytre-namdal",
      "net-trd-midtre-namdal",
      "net-trd-trondheim-malvik",
      "net-trd-trondelag-sorvest",
      "net-trd-levanger-verdal",
      "net-trd-gauldal",
    ],
    // INFERRED: the seed's duration table lost its bars in extraction.
    schoolYears: ["21/22", "22/23"],
    source: "INFERRED",
    note: "Networks from seed 002 («Læreplan og vurdering (pulje 1)»). Years inferred; annual gatherings from semester 5 (høst 2023).",
  },
  {
    id: "cohort-vlk20-pulje-2",
    name: "Pulje 2",
    networkIds: [
      "net-trd-vaernes",
      "net-trd-fosen",
      "net-trd-innherred",
      "net-trd-indre-namdal",
      "net-trd-trondheim-malvik",
      "net-trd-trondelag-sorvest",
      "net-trd-levanger-verdal",
    ],
    schoolYears: ["22/23", "23/24"],
    source: "INFERRED",
    note: "Networks from seed 002 («Læreplan og vurdering (pulje 2)»); Trondheim/Malvik, Trøndelag sørvest and Levanger/Verdal are listed in both cohorts. Years inferred.",
  },
];

const vlk20Semesters = (cohortId: string, firstAutumn: number): MeasureSemester[] => [
  { number: 1, semester: { term: "HOST", year: firstAutumn }, cohortId, focus: null, betweenWork: null },
  { number: 2, semester: { term: "VAR", year: firstAutumn + 1 }, cohortId, focus: null, betweenWork: VLK20_ASSIGNMENT },
  {
    number: 3,
    semester: { term: "HOST", year: firstAutumn + 1 },
    cohortId,
    focus: null,
    betweenWork: VLK20_ASSIGNMENT,
  },
  { number: 4, semester: { term: "VAR", year: firstAutumn + 2 }, cohortId, focus: null, betweenWork: VLK20_ASSIGNMENT },
  { number: 5, semester: { term: "HOST", year: firstAutumn + 2 }, cohortId, focus: null, betweenWork: null },
];

interface VlkSlot {
  number: number | null;
  semesterNumber: number;
  format: GatheringFormat;
  plannedFormat: GatheringFormat | null;
  length: GatheringLength;
  date: IsoDate;
}

/** Dates and places INVENTED (plausible, in the right semester); format/length from the seed. */
const vlk20Gatherings = (cohort: Cohort, firstAutumn: number, place: string, slots: VlkSlot[]): Gathering[] =>
  slots.map((s): Gathering => {
    const semester = must(vlk20Semesters(cohort.id, firstAutumn)[s.semesterNumber - 1], "semester").semester;
    const annual = s.number === null;
    const heldag = s.length === "HELDAG";
    const pulje = cohort.id.endsWith("1") ? "p1" : "p2";
    return {
      id: `gath-vlk20-${pulje}-${annual ? "arlig-1" : `s${s.number}`}`,
      measureId: VLK20_ID,
      cohortId: cohort.id,
      networkGroupId: null,
      networkIds: cohort.networkIds,
      semester,
      semesterNumber: s.semesterNumber,
      number: s.number,
      kind: annual ? "ARLIG_SAMLING" : "SAMLING",
      title: annual ? "Årlig samling" : `Samling ${s.number}`,
      format: s.format,
      plannedFormat: s.plannedFormat,
      length: s.length,
      date: s.date,
      startTime: heldag ? "09:00" : "12:00",
      endTime: "15:00",
      place: s.format === "DIGITAL" ? null : place,
      theme: annual ? VLK20_ANNUAL_THEME : null,
      commonPart: s.number === 1 ? VLK20_COMMON_PART_1 : null,
      tracks: annual
        ? [
            { subject: "ENGELSK", theme: null, uhOrgId: ILU },
            { subject: "NORSK", theme: null, uhOrgId: ILU },
            { subject: "MATEMATIKK", theme: null, uhOrgId: MAT },
          ]
        : must(vlk20Tracks[s.number as number], "tracks"),
      facilitatorPersonIds: [],
      facilitatorContactIds: [],
      assignment: s.number !== null && s.number >= 3 ? VLK20_ASSIGNMENT : null,
      invented: annual
        ? ["date", "place", "format", "length", "times", "uhOrgId"]
        : ["date", "place", "times", "uhOrgId"],
      note: annual ? "Seed: «Fra 5. semester: Årlige samlinger» – format and length not stated." : null,
    };
  });

export const vurderingLk20Measure: Measure = {
  id: VLK20_ID,
  name: "Vurdering og LK20",
  aliases: ["Læreplan og vurdering", "Læreplan/vurdering", "Fellestiltaket Vurdering og LK20"],
  scheme: "DESENTRALISERT",
  countyId: "county-trondelag",
  ownerNetworkId: null,
  isJoint: true,
  participatingNetworkIds: trondelagPrimaryNetworkIds,
  subtitle: null,
  background: null,
  goal: VURDERING_LK20_GOAL,
  // INFERRED from the goal (teachers, schools, school owners); subjects from the tracks.
  targetGroup: "Lærere i engelsk, norsk og matematikk, skoleledere og skoleeiere",
  durationText: null,
  content: null,
  themes: [
    { subject: "FELLES", items: [VLK20_COMMON_PART_1] },
    {
      subject: "ENGELSK",
      items: [
        "Vurdering i engelsk",
        "Muntlig vurdering",
        "Skriftlig vurdering i engelskfaget",
        "Mappevurdering",
        "Potensiale i oppgaver",
      ],
    },
    {
      subject: "NORSK",
      items: [
        "Vurdering i norskfaget etter LK20",
        "Vurdering av skriving",
        "Tolkningsfellesskap i praksis, vurdering av sidemål, og veien mot standpunktvurdering.",
        "Sluttvurdering",
        "Kompetansemål, arbeidsmåter og vurdering",
      ],
    },
    {
      subject: "MATEMATIKK",
      items: [
        "Vurdering av kompetanse i matematikk",
        "Resonnering og argumentasjon",
        "Vurdering og opplæring – to sider av samme sak?",
        "Sluttvurdering",
      ],
    },
  ],
  organisation: paras(VURDERING_LK20_GATHERING_PLAN, VURDERING_LK20_ORGANISATION),
  contributorsText: null,
  contributors: [
    // INVENTED: the seed says «fagmiljøene» without naming them.
    { orgId: ILU, role: "Engelsk og norsk" },
    { orgId: MAT, role: "Matematikk" },
  ],
  obligations: null,
  betweenWork: VLK20_ASSIGNMENT,
  evaluation: null,
  semesters: [...vlk20Semesters("cohort-vlk20-pulje-1", 2021), ...vlk20Semesters("cohort-vlk20-pulje-2", 2022)],
  cohorts: vlk20Cohorts,
  networkGroups: [],
  uhContacts: [],
  gatherings: [
    ...vlk20Gatherings(must(vlk20Cohorts[0], "pulje 1"), 2021, "Trondheim", [
      // Seed: «Samling 1: Fysisk heldag (digital)» – planned physical, held digitally.
      {
        number: 1,
        semesterNumber: 1,
        format: "DIGITAL",
        plannedFormat: "FYSISK",
        length: "HELDAG",
        date: "2021-10-28",
      },
      { number: 2, semesterNumber: 1, format: "DIGITAL", plannedFormat: null, length: "HALVDAG", date: "2021-11-30" },
      { number: 3, semesterNumber: 2, format: "FYSISK", plannedFormat: null, length: "HELDAG", date: "2022-03-22" },
      { number: 4, semesterNumber: 3, format: "DIGITAL", plannedFormat: null, length: "HALVDAG", date: "2022-10-25" },
      { number: 5, semesterNumber: 4, format: "FYSISK", plannedFormat: null, length: "HELDAG", date: "2023-04-18" },
      { number: null, semesterNumber: 5, format: "FYSISK", plannedFormat: null, length: "HELDAG", date: "2023-10-24" },
    ]),
    ...vlk20Gatherings(must(vlk20Cohorts[1], "pulje 2"), 2022, "Stjørdal", [
      { number: 1, semesterNumber: 1, format: "FYSISK", plannedFormat: null, length: "HELDAG", date: "2022-10-27" },
      { number: 2, semesterNumber: 1, format: "DIGITAL", plannedFormat: null, length: "HALVDAG", date: "2022-11-29" },
      { number: 3, semesterNumber: 2, format: "FYSISK", plannedFormat: null, length: "HELDAG", date: "2023-03-28" },
      { number: 4, semesterNumber: 3, format: "DIGITAL", plannedFormat: null, length: "HALVDAG", date: "2023-10-17" },
      { number: 5, semesterNumber: 4, format: "FYSISK", plannedFormat: null, length: "HELDAG", date: "2024-04-16" },
      { number: null, semesterNumber: 5, format: "FYSISK", plannedFormat: null, length: "HELDAG", date: "2024-10-22" },
    ]),
  ],
  experiences: VURDERING_LK20_EXPERIENCES,
  needs: VURDERING_LK20_NEEDS,
  relatedNeedsReportId: null,
  note: "Slide title: «Fellestiltaket Vurdering og LK20, Samarbeidsforum, 8. mars 2023» (the meeting itself is 9 March 2023).",
};

// ---------------------------------------------------------------------------
// Joint measure: Tidlig innsats i begynneropplæringen (seed 000)
// ---------------------------------------------------------------------------

const TI_ID = "measure-trd-tidlig-innsats";

export const TIDLIG_INNSATS_BETWEEN_WORK =
  "Mellom samlingene skal lærere utføre arbeid sammen med egne elever og kollegaer der de prøver ut elementer i god begynneropplæring, observerer hverandre og reflekterer over forbedring av praksis.";

/**
 * Network groups: seed 000 says the smallest of the 10 primary-school
 * networks are merged («De minste blir slått sammen …») without naming
 * them — INFERRED: the three Namdal networks form one group.
 */
const tiGroups: NetworkGroup[] = [
  {
    id: "grp-ti-namdal",
    name: "Namdal (Indre, Ytre og Midtre Namdal)",
    networkIds: ["net-trd-indre-namdal", "net-trd-ytre-namdal", "net-trd-midtre-namdal"],
    homePlace: "Namsos",
    source: "INFERRED",
  },
  {
    id: "grp-ti-innherred",
    name: "Innherred",
    networkIds: ["net-trd-innherred"],
    homePlace: "Steinkjer",
    source: "INFERRED",
  },
  {
    id: "grp-ti-levanger-verdal",
    name: "Levanger/Verdal",
    networkIds: ["net-trd-levanger-verdal"],
    homePlace: "Levanger",
    source: "INFERRED",
  },
  { id: "grp-ti-vaernes", name: "Værnes", networkIds: ["net-trd-vaernes"], homePlace: "Stjørdal", source: "INFERRED" },
  { id: "grp-ti-fosen", name: "Fosen", networkIds: ["net-trd-fosen"], homePlace: "Rissa", source: "INFERRED" },
  {
    id: "grp-ti-trondheim-malvik",
    name: "Trondheim/Malvik",
    networkIds: ["net-trd-trondheim-malvik"],
    homePlace: "Trondheim",
    source: "INFERRED",
  },
  { id: "grp-ti-gauldal", name: "Gauldal", networkIds: ["net-trd-gauldal"], homePlace: "Støren", source: "INFERRED" },
  {
    id: "grp-ti-sorvest",
    name: "Trøndelag sørvest",
    networkIds: ["net-trd-trondelag-sorvest"],
    homePlace: "Orkanger",
    source: "INFERRED",
  },
];

/** INVENTED names, e-mails and phones: two contact persons from the centres per network group. */
const tiContactNames: Record<string, [string, string]> = {
  "grp-ti-namdal": ["Hilde Strand", "Per Ove Moen"],
  "grp-ti-innherred": ["Anne Kristin Lund", "Sindre Haug"],
  "grp-ti-levanger-verdal": ["Tone Aasen", "Eivind Rønning"],
  "grp-ti-vaernes": ["Guro Solberg", "Henrik Vold"],
  "grp-ti-fosen": ["Marit Sæther", "Lars Ivar Brekke"],
  "grp-ti-trondheim-malvik": ["Ragnhild Eide", "Thomas Fossum"],
  "grp-ti-gauldal": ["Kristin Moe", "Øystein Hovde"],
  "grp-ti-sorvest": ["Silje Bratberg", "Jon Arne Kvam"],
};

const emailOf = (name: string): string =>
  `${name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/ /g, ".")}@demo.kompetanseportalen.no`;

const tiContacts: UhContact[] = tiGroups.flatMap((g, i): UhContact[] => {
  const [mat, skriv] = must(tiContactNames[g.id], g.id);
  const n1 = String(2 * i + 1).padStart(2, "0");
  const n2 = String(2 * i + 2).padStart(2, "0");
  return [
    {
      id: `uhc-${g.id.replace("grp-", "")}-mat`,
      name: mat,
      uhOrgId: MAT,
      email: emailOf(mat),
      phone: `+47 410 00 0${n1}`,
      networkGroupId: g.id,
      personId: null,
    },
    {
      id: `uhc-${g.id.replace("grp-", "")}-skriv`,
      name: skriv,
      uhOrgId: SKRIV,
      email: emailOf(skriv),
      phone: `+47 410 00 0${n2}`,
      networkGroupId: g.id,
      personId: null,
    },
  ];
});

/** Six semesters 2020–2023 (seed 000: «2020 til 2023, seks semestre»; odd = matematikk, even = skriving). */
const tiSemesters: MeasureSemester[] = [
  {
    number: 1,
    semester: { term: "HOST", year: 2020 },
    cohortId: null,
    focus: "MATEMATIKK",
    betweenWork: TIDLIG_INNSATS_BETWEEN_WORK,
  },
  {
    number: 2,
    semester: { term: "VAR", year: 2021 },
    cohortId: null,
    focus: "SKRIVING",
    betweenWork: TIDLIG_INNSATS_BETWEEN_WORK,
  },
  {
    number: 3,
    semester: { term: "HOST", year: 2021 },
    cohortId: null,
    focus: "MATEMATIKK",
    betweenWork: TIDLIG_INNSATS_BETWEEN_WORK,
  },
  {
    number: 4,
    semester: { term: "VAR", year: 2022 },
    cohortId: null,
    focus: "SKRIVING",
    betweenWork: TIDLIG_INNSATS_BETWEEN_WORK,
  },
  {
    number: 5,
    semester: { term: "HOST", year: 2022 },
    cohortId: null,
    focus: "MATEMATIKK",
    betweenWork: TIDLIG_INNSATS_BETWEEN_WORK,
  },
  {
    number: 6,
    semester: { term: "VAR", year: 2023 },
    cohortId: null,
    focus: "SKRIVING",
    betweenWork: TIDLIG_INNSATS_BETWEEN_WORK,
  },
];

/**
 * INVENTED schedule: one gathering per semester per network group, on
 * consecutive weekdays (group order as in tiGroups). Semesters 1–2 digital
 * half days (pandemic), 3–6 physical full days at the group's home place.
 */
const tiSchedule: { semesterNumber: number; format: GatheringFormat; length: GatheringLength; dates: IsoDate[] }[] = [
  {
    semesterNumber: 1,
    format: "DIGITAL",
    length: "HALVDAG",
    dates: [
      "2020-10-13",
      "2020-10-14",
      "2020-10-15",
      "2020-10-16",
      "2020-10-19",
      "2020-10-20",
      "2020-10-21",
      "2020-10-22",
    ],
  },
  {
    semesterNumber: 2,
    format: "DIGITAL",
    length: "HALVDAG",
    dates: [
      "2021-02-09",
      "2021-02-10",
      "2021-02-11",
      "2021-02-12",
      "2021-02-15",
      "2021-02-16",
      "2021-02-17",
      "2021-02-18",
    ],
  },
  {
    semesterNumber: 3,
    format: "FYSISK",
    length: "HELDAG",
    dates: [
      "2021-10-12",
      "2021-10-13",
      "2021-10-14",
      "2021-10-15",
      "2021-10-18",
      "2021-10-19",
      "2021-10-20",
      "2021-10-21",
    ],
  },
  {
    semesterNumber: 4,
    format: "FYSISK",
    length: "HELDAG",
    dates: [
      "2022-03-08",
      "2022-03-09",
      "2022-03-10",
      "2022-03-11",
      "2022-03-14",
      "2022-03-15",
      "2022-03-16",
      "2022-03-17",
    ],
  },
  {
    semesterNumber: 5,
    format: "FYSISK",
    length: "HELDAG",
    dates: [
      "2022-10-11",
      "2022-10-12",
      "2022-10-13",
      "2022-10-14",
      "2022-10-17",
      "2022-10-18",
      "2022-10-19",
      "2022-10-20",
    ],
  },
  {
    semesterNumber: 6,
    format: "FYSISK",
    length: "HELDAG",
    dates: [
      "2023-02-07",
      "2023-02-08",
      "2023-02-09",
      "2023-02-10",
      "2023-02-13",
      "2023-02-14",
      "2023-02-15",
      "2023-02-16",
    ],
  },
];

const focusLabel = (s: Subject | null): string =>
  s === "MATEMATIKK" ? "Matematikk (regning)" : s === "SKRIVING" ? "Skriving" : "";

const tiStartGathering: Gathering = {
  id: "gath-ti-oppstart",
  measureId: TI_ID,
  cohortId: null,
  networkGroupId: null,
  networkIds: trondelagPrimaryNetworkIds,
  semester: { term: "HOST", year: 2020 },
  semesterNumber: 1,
  number: null,
  kind: "OPPSTART",
  title: "Oppstartssamling",
  format: "DIGITAL",
  plannedFormat: null,
  length: "HALVDAG",
  date: "2020-09-08",
  startTime: "12:00",
  endTime: "15:00",
  place: null,
  theme: "Tidlig innsats i begynneropplæringen",
  commonPart: null,
  tracks: [
    { subject: "MATEMATIKK", theme: null, uhOrgId: MAT },
    { subject: "SKRIVING", theme: null, uhOrgId: SKRIV },
  ],
  facilitatorPersonIds: [],
  facilitatorContactIds: tiContacts.map((c) => c.id),
  assignment: TIDLIG_INNSATS_BETWEEN_WORK,
  invented: ["date", "format", "length", "times", "one common start gathering for all networks"],
  note: "Seed 000: «Nettverk som deltar … får tilbud om oppstartssamling.»",
};

const tiGatherings: Gathering[] = [
  tiStartGathering,
  ...tiSchedule.flatMap((slot) => {
    const sem = must(tiSemesters[slot.semesterNumber - 1], "semester");
    return tiGroups.map((g, i): Gathering => {
      const focus = sem.focus as Subject;
      return {
        id: `gath-ti-${g.id.replace("grp-ti-", "")}-s${slot.semesterNumber}`,
        measureId: TI_ID,
        cohortId: null,
        networkGroupId: g.id,
        networkIds: g.networkIds,
        semester: sem.semester,
        semesterNumber: slot.semesterNumber,
        number: slot.semesterNumber,
        kind: "SAMLING",
        title: `Samling ${slot.semesterNumber} – ${focusLabel(focus)}`,
        format: slot.format,
        plannedFormat: null,
        length: slot.length,
        date: must(slot.dates[i], "date"),
        startTime: slot.length === "HELDAG" ? "09:00" : "12:00",
        endTime: "15:00",
        place: slot.format === "FYSISK" ? g.homePlace : null,
        theme: focusLabel(focus),
        commonPart: null,
        tracks: [{ subject: focus, theme: null, uhOrgId: focus === "MATEMATIKK" ? MAT : SKRIV }],
        facilitatorPersonIds: [],
        facilitatorContactIds: tiContacts.filter((c) => c.networkGroupId === g.id).map((c) => c.id),
        assignment: TIDLIG_INNSATS_BETWEEN_WORK,
        invented: ["date", "place", "format", "length", "times"],
        note: null,
      };
    });
  }),
];

export const tidligInnsatsMeasure: Measure = {
  id: TI_ID,
  name: "Tidlig innsats i begynneropplæringen",
  aliases: ["Begynneropplæringstiltaket", "Tidlig innsats"],
  scheme: "DESENTRALISERT",
  countyId: "county-trondelag",
  ownerNetworkId: null,
  isJoint: true,
  participatingNetworkIds: trondelagPrimaryNetworkIds,
  subtitle: "Læring og undervisning på første og andre årstrinn.",
  background: paras(
    "Stortingsmelding 21/ 2016-2017 understreker viktigheten av at elever lærer, mestrer og opplever motivasjon og lærelyst gjennom hele skoleløpet. Opplæringen de første skoleårene er viktig i og med at elevene her utvikler de grunnleggende ferdighetene som de trenger for videre læring. Dette er bakgrunnen for en ny bestemmelse i 2018:",
    "“§ 1-4. Tidleg innsats på 1. til 4. trinn: På 1. til 4. årstrinn skal skolen sørgje for at elevar som står i fare for å bli hengande etter i lesing, skriving eller rekning, raskt får eigna intensiv opplæring slik at forventa progresjon blir nådd.”",
    "Denne bestemmelsen tydeliggjør ansvaret som kommuner, skoler og lærere har for å gi elevene god begynneropplæring. Samtidig er det dokumentert at det er store variasjoner i innhold og kvalitet i begynneropplæringen i norske skoler, og derfor må flere kommuner og skoler iverksette tiltak for å forbedre begynneropplæringen. Den nye bestemmelsen og den dokumenterte variasjonen i kvalitet på praksis i skolen danner bakgrunnen for at kommunene i Trøndelag innfører tilbudet Tidlig innsats i begynneropplæringen.",
  ),
  goal: "Målet med Tidlig innsats i begynneropplæringen er at lærere og skoleledere skal utvikle forståelse for hva som kjennetegner god begynneropplæring i lesing, skriving og regning. Denne forståelsen skal omsettes til god praksis i klasserommene, slik at elevene får tilpasset opplæring og kan oppleve mestring og motivasjon. Skolene skal utvikle en god begynneropplæring som er i samsvar med den nye læreplanen, LK20, og som gir alle elevene muligheter til å lære å lese, skrive og regne.",
  targetGroup: "Lærere på 1. og 2. trinn, skoleledere og eventuelt skoleeiere.",
  durationText: "2020 til 2023, seks semestre.",
  content: paras(
    "Tidlig innsats i begynneropplæringen vil ha et særlig fokus på matematikk (regning) og skriving. Sentrale temaer i matematikk vil for eksempel være grunnleggende tallforståelse, dynamisk kartlegging, elevstrategier, representasjoner, motivasjon og utforskende samtaler (ulike typer samtaler og samtaletrekk).",
    "Sentrale temaer innen skriving vil være rask bokstavinnlæring, funksjonell skriving (med fokus på formål, mening, motivasjon), utforskende samtaler underveis i skriveprosessene, å skrive seg til lesing og vurdering av skriving som grunnlag for å støtte elever i videre skriveutvikling. Sammenhenger mellom muntlige ferdigheter og lesing og skriving vil bli vektlagt.",
    "Innholdsmomentene ovenfor vil gi kunnskap om, og hjelp til, å gi god begynneropplæring og intensiv opplæring til elever som står i fare for å bli hengende etter i lesing, skriving og regning.",
  ),
  themes: [
    {
      subject: "MATEMATIKK",
      items: [
        "grunnleggende tallforståelse",
        "dynamisk kartlegging",
        "elevstrategier",
        "representasjoner",
        "motivasjon",
        "utforskende samtaler (ulike typer samtaler og samtaletrekk)",
      ],
    },
    {
      subject: "SKRIVING",
      items: [
        "rask bokstavinnlæring",
        "funksjonell skriving (med fokus på formål, mening, motivasjon)",
        "utforskende samtaler underveis i skriveprosessene",
        "å skrive seg til lesing",
        "vurdering av skriving som grunnlag for å støtte elever i videre skriveutvikling",
      ],
    },
  ],
  organisation: paras(
    "Nettverk som deltar i Tidlig innsats i begynneropplæringen får tilbud om oppstartssamling. Videre vil det finne sted en samling i semesteret i hvert nettverk. Mellom samlingene skal lærere utføre arbeid sammen med egne elever og kollegaer der de prøver ut elementer i god begynneropplæring, observerer hverandre og reflekterer over forbedring av praksis. Det vil være ulikt fokus i de ulike semestrene:",
    lines("Semester 1, 3 og 5: Matematikk (regning)", "Semester 2, 4 og 6: Skriving"),
    "Mot slutten av perioden evaluerer skolene utviklingsarbeidet og legger en plan for det videre arbeidet. Hvert nettverk vil ved oppstart få to kontaktpersoner fra sentrene. Disse kontaktpersonene vil delta på alle samlinger i nettverket, samt gi støtte mellom samlingene.",
    "Vi har 10 kompetansenettverk på grunnskolens område i fylket. De minste blir slått sammen på samme måte som vi gjorde våren 2019 i forbindelse med dagskursene i begynneropplæring.",
  ),
  contributorsText:
    "Nasjonalt senter for matematikk i opplæringen (Matematikksenteret) og Nasjonalt senter for skriveopplæring og skriveforsking (Skrivesenteret) ved NTNU.",
  contributors: [
    { orgId: MAT, role: "Matematikk (regning)" },
    { orgId: SKRIV, role: "Skriving" },
  ],
  obligations:
    "Skoleledere forplikter seg til å legge til rette for at lærere på første og andre årstrinn får anledning til å delta på samlinger og gjennomføre mellomarbeid mellom samlingene. Tilbudet er gratis, men vikar- og reiseutgifter for deltakerne dekkes av den enkelte skoleeier.",
  betweenWork: TIDLIG_INNSATS_BETWEEN_WORK,
  evaluation: "Mot slutten av perioden evaluerer skolene utviklingsarbeidet og legger en plan for det videre arbeidet.",
  semesters: tiSemesters,
  cohorts: [],
  networkGroups: tiGroups,
  uhContacts: tiContacts,
  gatherings: tiGatherings,
  experiences: null,
  needs: null,
  relatedNeedsReportId: null,
  note: "Semesters høst 2020 – vår 2023 INFERRED from «2020 til 2023, seks semestre» and seed 002's table (Begynneropplæringstiltaket 20/21–22/23). All networks of grunnskole assumed to take part.",
};

// ---------------------------------------------------------------------------
// Samarbeidsforum meeting 9 March 2023 (seed 002)
// ---------------------------------------------------------------------------

const MEETING_ID = "mtg-trd-2023-03-09";

const sak4: ForumCase = {
  id: "case-trd-2023-4",
  meetingId: MEETING_ID,
  number: 4,
  year: 2023,
  title: "Aktuelt",
  kind: "INFORMATION",
  kindLabel: null,
  sections: [
    {
      heading: "Aktuelt 4/2023:",
      text: lines(
        "1. Utprøving av nytt skjema/digital løsning for årsrapportering",
        "2. Kort status om fellestiltaket Læreplan/vurdering",
      ),
    },
    { heading: "Fellestiltaket Vurdering og LK20 – Målet med tiltaket", text: VURDERING_LK20_GOAL },
    { heading: "Samlinger", text: VURDERING_LK20_GATHERING_PLAN },
    {
      heading: "Nettverk",
      text: lines(
        "• Levanger og Verdal",
        "• Midtre Namdal",
        "• Ytre Namdal",
        "• Gauldal",
        "• Malvik-Trondheim",
        "• Trøndelag sørvest",
        VURDERING_LK20_ORGANISATION,
      ),
    },
    { heading: "Kort oppsummering av erfaringer fra samlingene - fagmiljøene", text: VURDERING_LK20_EXPERIENCES },
    { heading: "Hva trenger skolene støtte til?", text: VURDERING_LK20_NEEDS },
  ],
  inputQuestions: [],
  attachments: [],
  proposal: null,
  decision: null,
  decisionInferred: false,
  minutes: null,
  relatedMeasureIds: [VLK20_ID],
  relatedBudgetId: null,
  note: "The subject-track table («Overordnet tema for samlingene») is kept in the measure's gatherings.",
};

const SAK5_PROPOSAL = "Samarbeidsforum vedtar videreføring av fellestiltaket tidlig innsats.";

const SAK5_RECOMMENDATIONS = lines(
  "• Det er ønske om kortere varighet på tiltaket (fra 3 til 2 år)",
  "• Tiltaket bør ha samme innhold og arbeidsformer, men det bør være et mindre skille mellom Skrivesenteret og Matematikksenteret.",
  "• Det bør legges opp til muligheter for å slå sammen nettverk",
  "• Det bør være et forpliktende oppstartsmøte med alle lederne for å berede grunnen",
  "• Det bør vurderes om skolene må opprette prosjektgruppe eller utnevne ressurspersoner",
  "• Lærerne må få tid til mellomarbeid og erfaringsutveksling",
  "• PPT bør få en tydeligere rolle i tiltaket",
);

const sak5: ForumCase = {
  id: "case-trd-2023-5",
  meetingId: MEETING_ID,
  number: 5,
  year: 2023,
  title: "Tidlig innsats – videreføring/videreutvikling",
  kind: "DECISION_AND_INPUT",
  kindLabel: "beslutnings- og innspillssak",
  sections: [
    {
      // "2018-1019" is verbatim from the seed (probably 2018–2019).
      heading: "Bakgrunn (2018-1019)",
      text: lines(
        "«På 1. til 4. årstrinn skal skolen sørgje for at elevar som står i fare for å bli hengande etter i lesing, skriving eller rekning, raskt får eigna intensiv opplæring slik at forventa progresjon blir nådd».",
        "-> Felles utfordring (Kilde; blant annet tilsyn)",
        "-Behov for å knytte teori og praksis sammen,",
        "-Behov for å utvikle et konsept sammen",
        "-Behov for nettverk mellom skoler",
      ),
    },
    {
      heading: "Fellestiltak i Trøndelag",
      text: paras(
        lines(
          "Fellestiltak 20/21 21/22 22/23 23/24 24/25",
          "Begynneropplæringstiltaket",
          "Læreplan og vurdering, pulje 1",
          "Læreplan og vurdering, pulje 2",
        ),
        "Mange nettverk har samme utfordringsbilde. Samarbeidsforum har med bakgrunn i dette, planlagt og utviklet langsiktige fellestiltak i samarbeid med kompetansenettverkene og universitet (UH). Vedlegg 1 og 2 beskriver de to fellestiltakene. Tabellen under viser varigheten på de ulike tiltakene. Evalueringer underveis kan medføre justeringer, både med hensyn til innhold og varighet.",
        lines(
          "Følgende nettverk deltar i tiltaket Læreplan og vurdering (pulje 1)",
          "• Nettverket Ytre Namdal",
          "• Nettverket Midtre Namdal",
          "• Nettverket Trondheim og Malvik",
          "• Nettverket Trøndelag sørvest",
          "• Nettverket Levanger/Verdal",
          "• Gauldalsnettverket",
        ),
        lines(
          "Følgende nettverk deltar i tiltaket Læreplan og vurdering (pulje 2)",
          "• Værnesnettverket",
          "• Fosennettverket",
          "• Innherredsnettverket",
          "• Nettverket Indre Namdal",
          "• Nettverket Trondheim og Malvik",
          "• Nettverket Trøndelag sørvest",
          "• Nettverket Levanger/Verdal",
        ),
      ),
    },
    {
      heading: null,
      text: lines(
        "• Tiltakets form og innhold er uten tvil bra, men det er ikke alle skoler som har klart å gjøre tiltaket skolebasert. Det er også et spørsmål om det fremmer den enkeltes læring, eller om man lykkes med å få til kollektiv læring. Slike tiltak bør jo fremme utvikling i begynneropplæringa hos hele skolen – ikke bare hos den enkelte",
        "• For å lykkes med å få tiltaket skolebasert – og utvikle skolens praksis, er det viktig at både skoleledelse og skoleeier er tilstrekkelig på. Gode oppstartsamlinger for denne målgruppen støttes derfor.",
        "• I mange nettverk blir samme skoler landingsplass for ALT. Det blir derfor i fortsettelsen viktig å være kritiske og selektive mht hvem som har behov for hva. I planlegginga framover må samarbeidsforum være bevisst på at slike fellestiltak kan utfordre den lokale kapasiteten.",
        "• Tidlig innsats og god begynneropplæring «går ikke ut på dato». Det er alltid aktuelt. Et så gjennomarbeidet og godt tiltak som dette, er et bra tilbud for mange av skolene i Trøndelag. Det ble imidlertid understreket at nettverkene har et stort ansvar for å vurdere deltakelse i dem opp mot det som planlegges lokalt. Dette er en del av prioriteringsjobben som må gjøres i forbindelse med arbeidet med de langsiktige kompetanseutviklingsplanene.",
        "• Det ble også stilt spørsmål om hvor lokalt er «lokalt». Tematikken er aktuell for de fleste.",
        "• Tematikken er aktuell i Kompetanseløftsammenheng; godt tilrettelagt begynneropplæring er viktig for å fremme inkluderende praksiser for alle elever. Kanskje bør man understreke enda mer tydelig at målgruppa også er PPT.",
      ),
    },
    { heading: "Anbefalinger i rapporten", text: SAK5_RECOMMENDATIONS },
    {
      heading: "Fra referatet januar 2023",
      text: lines(
        "• Samarbeidsforum tar rapporten og innspillene i møtet til orientering. Statsforvalteren tar også imot innspill fra representantene i etterkant av møtet.",
        "• På bakgrunn av rapporten, og innspillene utarbeider vi et saksframlegg til innstillingsmøtet.",
      ),
    },
  ],
  inputQuestions: [
    { question: "Hvorfor tiltaket ble igangsatt??", answers: null },
    { question: "Hvorfor videreføring i Trøndelag?", answers: null },
    {
      question: "a) Fellestiltaket Tidlig innsats; I hvilken form, omfang og tidsrom?",
      answers: lines("Gruppearbeid", SAK5_RECOMMENDATIONS),
    },
  ],
  attachments: [
    {
      id: "att-trd-2023-5-vedlegg-1",
      title: "Vedlegg 1",
      note: "«Vedlegg 1 og 2 beskriver de to fellestiltakene.» (no titles in the seed)",
    },
    {
      id: "att-trd-2023-5-vedlegg-2",
      title: "Vedlegg 2",
      note: "«Vedlegg 1 og 2 beskriver de to fellestiltakene.» (no titles in the seed)",
    },
    {
      id: "att-trd-2023-5-rapport",
      title: "Rapporten (evaluering av Tidlig innsats)",
      note: "Referred to as «rapporten» / «Anbefalinger i rapporten».",
    },
  ],
  proposal: SAK5_PROPOSAL,
  decision: paras(
    SAK5_PROPOSAL,
    "Samarbeidsforum ga sine innspill til fellestiltaket i møtet. Innspillene bearbeides av prosjektgruppa og utkastet, med invitasjon om deltakelse, sendes så ut som forberedelse til septembermøtet. Tiltakets endelige form, innhold og omfang vedtas i septembermøtet.",
  ),
  decisionInferred: true,
  minutes: null,
  relatedMeasureIds: [TI_ID, VLK20_ID],
  relatedBudgetId: "budget-trd-2023",
  note: "The decision text is read from the second «Sak 5/2023 Tidlig innsats – Forslag til vedtak» slide, which adds the outcome of the meeting to the proposal.",
};

const sak6: ForumCase = {
  id: "case-trd-2023-6",
  meetingId: MEETING_ID,
  number: 6,
  year: 2023,
  title: "Felles årlig innstilling for bruk av midler til Dekom",
  kind: "DECISION",
  kindLabel: "beslutningssak",
  sections: [
    {
      heading: "Prosessbeskrivelse",
      text: lines(
        "• Innledning med saksgang og arbeidsprosess",
        "• Presentasjon fra hver enkelt nettverksrepresentant (jfr. prosessbeskrivelse)",
        "• Hvert beslutningsgrunnlag vurderes fra de de andre ved hjelp av vurderingskriteriene som er vedlagt",
        "• Plenum – samlet innstilling for Dekom-midlene 2023",
      ),
    },
    {
      heading: "Hvilke føringer gjelder?",
      text: paras(
        lines(
          "Midlene kan brukes til:",
          "1) å vurdere kompetansebehov",
          "2) utvikle og planlegge tiltak",
          "3) gjennomføre og vurdere tiltak.",
        ),
        "Det er anledning til å bruke deler av midlene til en koordinatorfunksjon. I begrenset omfang.",
        lines(
          "KRITERIER FOR TILDELING:",
          "1) Tiltakene skal være forankret i lokalt definerte behov",
          "2) Tiltakene skal fremme kollektive prosesser for profesjonsutvikling som utvikler barnehagen og skolen.",
          "3) Tiltakene gjennomføres i partnerskap mellom barnehage- og skoleeiere og universiteter og høyskoler",
        ),
      ),
    },
    {
      heading: "Budsjett 2023",
      text: lines(
        "Tildelt beløp Trøndelag 20 522 000",
        "Direktetildeling til UH - UP1 5 000 000",
        "Grunntilskudd til alle kompetansenettverk 3 300 000",
        "Møter i samarbeidsforum 400 000",
        "Fellestiltak 1 000 000",
        "Til fordeling pro rata 10 822 000",
      ),
    },
    {
      heading: "Samlet innstilling til Statsforvalteren",
      text: "Ramme, omsøkt totalt og Samarbeidsforums innstilling til Statsforvalteren per nettverk – se årsbudsjettet (frames). Kolonnen for innstilling er tom i kilden.",
    },
  ],
  inputQuestions: [],
  attachments: [
    {
      id: "att-trd-2023-6-kriteriearket",
      title: "Framgangsmåte - kriteriearket",
      note: "Vurderingskriteriene som er vedlagt; slide without text in the seed.",
    },
    {
      id: "att-trd-2023-6-sammenstilling",
      title: "Sammenstilling av beslutningsgrunnlag",
      note: "Slide without text in the seed.",
    },
    {
      id: "att-trd-2023-6-tiltaksoversikt",
      title: "Tiltaksoversikt – Dekom Trøndelag",
      note: "Slide without text in the seed.",
    },
    { id: "att-trd-2023-6-gruppeoversikt", title: "Gruppeoversikt", note: "Slide without text in the seed." },
  ],
  proposal: lines(
    "Samlet innstilling:",
    "1. Samarbeidsforum viser til sak 3/2023 hvor det ble besluttet prinsipper for fordeling i tråd med langsiktig plan for Dekom i Trøndelag. Dette innebærer 1.000.000 kroner til fellestiltak og et samlet grunntilskudd på 3.300.000 kroner.",
    "2. Kroner 5 millioner tildeles direkte til UH for å ivareta rollen som utviklingspartner. NTNU er partner med 7 kompetansenettverk, og Nord U er partner med 4. Med bakgrunn i dette utbetales 3 millioner til NTNU, og 2 millioner til Nord Universitet.",
    "3. De resterende midlene forhåndsfordeles pro rata etter en fordelingsnøkkel basert på lærerårsverk. Samarbeidsforum vurderte hvert enkelt partnerskaps beslutningsgrunnlag ut fra kriteriene for tilskuddsordningen. Det ble ikke innstilt på utvidet ramme, ut fra forhåndsrammen, til noen partnerskap. Det ble kun innstilt på ramme, eller under ramme. Samlet utgjør denne delen av innstillingen {sum}.",
    "4. Eventuelle restmidler og disponeringen av midler til fellestiltak i punkt 1, blir avgjort i neste møte i samarbeidsforum.",
  ),
  decision: null,
  decisionInferred: false,
  minutes: null,
  relatedMeasureIds: [],
  relatedBudgetId: "budget-trd-2023",
  note: "The seed's placeholder «XXXXXXX kroner» is written {sum}: the portal fills in the computed total of the recommendations recorded in the case (lib/forum/proposal.ts). No decision text in the seed.",
};

const agenda: AgendaItem[] = [
  {
    id: `${MEETING_ID}-a1`,
    order: 1,
    startTime: "09:00",
    endTime: null,
    kind: "WELCOME",
    title: "Velkommen!",
    caseId: null,
  },
  {
    id: `${MEETING_ID}-a2`,
    order: 2,
    startTime: "09:15",
    endTime: null,
    kind: "CASE",
    title: "Sak 4/2023 Aktuelt",
    caseId: sak4.id,
  },
  {
    id: `${MEETING_ID}-a3`,
    order: 3,
    startTime: "09:30",
    endTime: null,
    kind: "CASE",
    title: "Sak 5/2023 Tidlig innsats – videreføring/videreutvikling (beslutnings- og innspillssak)",
    caseId: sak5.id,
  },
  {
    id: `${MEETING_ID}-a4`,
    order: 4,
    startTime: "11:30",
    endTime: "12:30",
    kind: "BREAK",
    title: "Lunsj",
    caseId: null,
  },
  {
    id: `${MEETING_ID}-a5`,
    order: 5,
    startTime: "12:30",
    endTime: "15:00",
    kind: "CASE",
    title: "Sak 6/2023 Felles årlig innstilling for bruk av midler til Dekom (beslutningssak)",
    caseId: sak6.id,
  },
];

export const trondelagMeeting20230309: ForumMeeting = {
  id: MEETING_ID,
  forumId: "forum-trondelag",
  title: "Møte i samarbeidsforum Dekom",
  date: "2023-03-09",
  startTime: "09:00",
  endTime: "15:00",
  place: null, // not stated in the seed
  digital: null, // not stated (group work suggests a physical meeting)
  agenda,
  cases: [sak4, sak5, sak6],
  note: "Closing slide: «Takk for nå! – Husk å holde av datoene 13. og 14 september!» (next meeting 2023-09-13/14). Sak 3/2023 (principles for distribution) was decided at an earlier meeting (January 2023).",
};

export const trondelagNextMeetingDates: IsoDate[] = ["2023-09-13", "2023-09-14"];

// ---------------------------------------------------------------------------
// Samarbeidsforum meeting of January 2023 (referred to in seed 002)
// ---------------------------------------------------------------------------

const JANUARY_MEETING_ID = "mtg-trd-2023-01";

/**
 * Seed 002 refers to an earlier meeting in 2023: «Fra referatet januar 2023»
 * (the report on Tidlig innsats taken «til orientering») and «sak 3/2023 hvor
 * det ble besluttet prinsipper for fordeling». The date and Sak 1/2023 are
 * INVENTED (the usual opening case); Sak 2/2023 and 3/2023 take their
 * decisions from the seed's own words. They make the 9 March cases 4–6/2023.
 */
export const trondelagMeeting202301: ForumMeeting = {
  id: JANUARY_MEETING_ID,
  forumId: "forum-trondelag",
  title: "Møte i samarbeidsforum Dekom",
  date: "2023-01-26",
  startTime: "09:00",
  endTime: "14:00",
  place: null,
  digital: true,
  agenda: [
    {
      id: `${JANUARY_MEETING_ID}-a1`,
      order: 1,
      startTime: "09:00",
      endTime: null,
      kind: "WELCOME",
      title: "Velkommen!",
      caseId: null,
    },
    {
      id: `${JANUARY_MEETING_ID}-a2`,
      order: 2,
      startTime: "09:10",
      endTime: null,
      kind: "CASE",
      title: "Sak 1/2023 Godkjenning av innkalling og saksliste",
      caseId: "case-trd-2023-1",
    },
    {
      id: `${JANUARY_MEETING_ID}-a3`,
      order: 3,
      startTime: "09:15",
      endTime: null,
      kind: "CASE",
      title: "Sak 2/2023 Evaluering av fellestiltaket Tidlig innsats",
      caseId: "case-trd-2023-2",
    },
    {
      id: `${JANUARY_MEETING_ID}-a4`,
      order: 4,
      startTime: "11:00",
      endTime: "14:00",
      kind: "CASE",
      title: "Sak 3/2023 Prinsipper for fordeling av Dekom-midler 2023",
      caseId: "case-trd-2023-3",
    },
  ],
  cases: [
    {
      id: "case-trd-2023-1",
      meetingId: JANUARY_MEETING_ID,
      number: 1,
      year: 2023,
      title: "Godkjenning av innkalling og saksliste",
      kind: "DECISION",
      kindLabel: "beslutningssak",
      sections: [],
      inputQuestions: [],
      attachments: [],
      proposal: "Innkalling og saksliste godkjennes.",
      decision: "Innkalling og saksliste godkjennes.",
      decisionInferred: true,
      minutes: null,
      relatedMeasureIds: [],
      relatedBudgetId: null,
      note: "INVENTED: the usual opening case of a meeting; not in the seed.",
    },
    {
      id: "case-trd-2023-2",
      meetingId: JANUARY_MEETING_ID,
      number: 2,
      year: 2023,
      title: "Evaluering av fellestiltaket Tidlig innsats",
      kind: "INFORMATION",
      kindLabel: "orienteringssak",
      sections: [
        { heading: null, text: "Rapporten om fellestiltaket Tidlig innsats i begynneropplæringen legges fram." },
      ],
      inputQuestions: [],
      attachments: [],
      proposal: "Samarbeidsforum tar rapporten og innspillene i møtet til orientering.",
      decision: lines(
        "Samarbeidsforum tar rapporten og innspillene i møtet til orientering. Statsforvalteren tar også imot innspill fra representantene i etterkant av møtet.",
        "På bakgrunn av rapporten, og innspillene utarbeider vi et saksframlegg til innstillingsmøtet.",
      ),
      decisionInferred: true,
      minutes: null,
      relatedMeasureIds: [TI_ID],
      relatedBudgetId: null,
      note: "Decision text from seed 002, «Fra referatet januar 2023».",
    },
    {
      id: "case-trd-2023-3",
      meetingId: JANUARY_MEETING_ID,
      number: 3,
      year: 2023,
      title: "Prinsipper for fordeling av Dekom-midler 2023",
      kind: "DECISION",
      kindLabel: "beslutningssak",
      sections: [],
      inputQuestions: [],
      attachments: [],
      proposal:
        "Midlene fordeles i tråd med langsiktig plan for Dekom i Trøndelag: 1.000.000 kroner til fellestiltak, et samlet grunntilskudd på 3.300.000 kroner, og resten pro rata etter en fordelingsnøkkel basert på lærerårsverk.",
      decision:
        "Samarbeidsforum besluttet prinsipper for fordeling i tråd med langsiktig plan for Dekom i Trøndelag. Dette innebærer 1.000.000 kroner til fellestiltak og et samlet grunntilskudd på 3.300.000 kroner. De resterende midlene forhåndsfordeles pro rata etter en fordelingsnøkkel basert på lærerårsverk.",
      decisionInferred: true,
      minutes: null,
      relatedMeasureIds: [],
      relatedBudgetId: "budget-trd-2023",
      note: "Decision text from seed 002, Sak 6/2023 points 1 and 3 («viser til sak 3/2023 hvor det ble besluttet prinsipper for fordeling»).",
    },
  ],
  note: "Date INVENTED (seed 002 says only «januar 2023»).",
};

// ---------------------------------------------------------------------------
// Needs reports 2023 (the «Omsøkt totalt» column of seed 002)
// ---------------------------------------------------------------------------

/**
 * One submitted DEKOM report per network for 2023, whose total is the seed's
 * «Omsøkt totalt» for the network. The seed gives only the totals: the lead
 * owner (the network's largest member by teacher FTEs), the measure name, the
 * owner/UH split (40/60) and the contacts are INVENTED.
 */
export type AppliedReport = {
  id: string;
  networkId: string;
  leadOwnerOrgId: string;
  applied: number;
  contactEmail: string;
};

// ---------------------------------------------------------------------------
// Bundle
// ---------------------------------------------------------------------------

export const trondelagMeasures: Measure[] = [tidligInnsatsMeasure, vurderingLk20Measure];

export const trondelagData = {
  county: trondelagCounty,
  forum: trondelagForum,
  organisations: trondelagOrganisations,
  uhOrganisations,
  networks: trondelagNetworks,
  teacherFtes: trondelagTeacherFtes2023,
  budget2023: trondelagBudget2023,
  meetings: [trondelagMeeting202301, trondelagMeeting20230309],
  appliedReports2023: trondelagBudget2023.frames.map((f): AppliedReport => {
    const network = trondelagNetworks.find((n) => n.id === f.networkId)!;
    const ftes = trondelagTeacherFtes2023.filter((t) => network.memberOrgIds.includes(t.orgId));
    const lead = ftes.reduce((a, b) => (b.fte > a.fte ? b : a)).orgId;
    const slug = f.networkId.replace(/^net-trd-/, "");
    // Trondheim kommune's report goes to the demo owner Hanne Vik; the others to invented addresses.
    const contactEmail =
      lead === k("trondheim") ? "hanne.vik@demo.kompetanseportalen.no" : `dekom.${slug}@demo.kompetanseportalen.no`;
    return {
      id: `report-trd-2023-${slug}`,
      networkId: f.networkId,
      leadOwnerOrgId: lead,
      applied: f.applied,
      contactEmail,
    };
  }),
  measures: trondelagMeasures,
} as const;
