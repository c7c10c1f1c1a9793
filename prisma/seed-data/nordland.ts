/**
 * Nordland demo data — from seed 004: the needs report (behovsmelding) 2024
 * of Kompetansenettverk Lofoten, partnered with NTNU (Matematikksenteret
 * and Skrivesenteret).
 *
 * Contact persons, phones, e-mails and bank accounts are INVENTED (the seed's
 * people and accounts are real and must not be used).
 */
import type {
  CompetenceNetwork,
  County,
  Gathering,
  Measure,
  NeedsReport,
  NeedsReportRound,
  Organisation,
  ReportBudgetLine,
  SamarbeidsForum,
  Track,
} from "./types";
import { uhOrganisations } from "./trondelag";

const paras = (...p: string[]): string => p.join("\n\n");
const lines = (...l: string[]): string => l.join("\n");

// ---------------------------------------------------------------------------
// County, Statsforvalteren, Samarbeidsforum
// ---------------------------------------------------------------------------

export const nordlandCounty: County = {
  id: "county-nordland",
  name: "Nordland",
  countyNumber: "18",
  statsforvalterOrgId: "org-sf-nordland",
  forumId: "forum-nordland",
};

export const nordlandForum: SamarbeidsForum = {
  id: "forum-nordland",
  countyId: "county-nordland",
  name: "Samarbeidsforum Nordland",
  note: "Seed 001 (roles table): «Det er 12 representanter i samarbeidsforum Nordland».",
};

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

export const nordlandStatsforvalter: Organisation = {
  id: "org-sf-nordland",
  name: "Statsforvalteren i Nordland",
  kind: "STATSFORVALTER",
  orgNumber: "974764687",
  municipalityNumber: null,
  countyId: "county-nordland",
  parentId: null,
  bankAccount: null,
  shortName: "SFNO",
  note: null,
};

const nkommune = (
  slug: string,
  name: string,
  municipalityNumber: string,
  orgNumber: string,
  bankAccount: string,
): Organisation => ({
  id: `org-${slug}-kommune`,
  name: `${name} kommune`,
  kind: "KOMMUNE",
  orgNumber,
  municipalityNumber,
  countyId: "county-nordland",
  parentId: null,
  bankAccount, // INVENTED
  shortName: name,
  note: null,
});

/** The owners in the Lofoten partnership (seed 004). */
export const lofotenOwners: Organisation[] = [
  nkommune("vagan", "Vågan", "1865", "938644500", "12345600017"), // org nr from seed 004
  nkommune("vestvagoy", "Vestvågøy", "1860", "942570619", "12345600033"),
  nkommune("flakstad", "Flakstad", "1859", "863320852", "12345600041"),
  nkommune("moskenes", "Moskenes", "1874", "945962151", "12345600068"),
  nkommune("vaeroy", "Værøy", "1857", "964994307", "12345600076"),
  {
    id: "org-orsnes-privatskole",
    name: "Ørsnes privatskole",
    kind: "PRIVAT",
    orgNumber: null, // not known for certain
    municipalityNumber: null,
    countyId: "county-nordland",
    parentId: null,
    bankAccount: "12345600084", // INVENTED
    shortName: "Ørsnes",
    note: null,
  },
  {
    id: "org-vikten-privatskole",
    name: "Vikten privatskole",
    kind: "PRIVAT",
    orgNumber: null, // not known for certain
    municipalityNumber: null,
    countyId: "county-nordland",
    parentId: null,
    bankAccount: "12345600092", // INVENTED
    shortName: "Vikten",
    note: null,
  },
];

export const nordlandOrganisations: Organisation[] = [nordlandStatsforvalter, ...lofotenOwners];

/** NTNU and its units (defined in trondelag.ts) as used by the Lofoten partnership. */
export const lofotenUhOrganisations: Organisation[] = uhOrganisations.filter((o) =>
  ["org-ntnu", "org-ntnu-matematikksenteret", "org-ntnu-skrivesenteret"].includes(o.id),
);

// ---------------------------------------------------------------------------
// Network
// ---------------------------------------------------------------------------

export const lofotenNetwork: CompetenceNetwork = {
  id: "net-nor-lofoten",
  name: "Kompetansenettverk Lofoten",
  shortName: "Lofoten",
  aliases: ["RKK Lofoten", "region Lofoten"],
  countyId: "county-nordland",
  level: "GRUNNSKOLE",
  memberOrgIds: lofotenOwners.map((o) => o.id),
  uhPartnerOrgIds: ["org-ntnu"],
  uhPartnerSource: "SEED",
  note: "Members as in the 2024 needs report. Røst (also in Lofoten) is not named in the seed and not modelled.",
};

// ---------------------------------------------------------------------------
// The 2024 round
// ---------------------------------------------------------------------------

export const nordlandRound2024: NeedsReportRound = {
  id: "round-nor-2024",
  countyId: "county-nordland",
  year: 2024,
  schemes: ["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"],
  opensAt: "2023-09-01", // INVENTED
  deadline: "2023-12-01", // INVENTED (seed 001 plans delivery of next year's report in Nov/Dec)
  source: "INVENTED",
  note: "Dates invented; seed 004 was written in the autumn/winter of 2023 for the year 2024.",
};

// ---------------------------------------------------------------------------
// The needs report 2024 (seed 004)
// ---------------------------------------------------------------------------

const REPORT_ID = "report-nor-lofoten-2024";
const MEASURE1_ID = `${REPORT_ID}-m1`;

const ANCHORING_TEXT = paras(
  "Tiltakene innen grunnleggende ferdigheter er forankret i lokalt definerte behov, og valgt ut med bakgrunn i analyse av ulike kartlegginger, bl.a. ståstedsanalyse, elevundersøkelsen, nasjonale prøver, forms-undersøkelse og SWOT i alle enhetene i kommunene. Det er videre gjort felles prioriteringer i regionale nettverk og i faglig dialog med NTNU; Matematikk- og Skrivesenteret.",
  "Regionen er representert i en bred sammensatt arbeidsgruppe fra samarbeidskommunene sammen med NTNU, bestående av lærere, ledere, PPT, UDF, koordinatorer og eiere. Personene kjenner til arbeidet fra ulike nivå (regionalt og lokalt), følger opp og tar videre signaler fra målgruppen. Det er lagt opp til hyppige arbeidsmøter, og basert på tilbakemeldingene evalueres og justeres arbeidet underveis.",
  "Planlegging og gjennomføring av tiltaket startet våren 2023, og ved ny gjennomgang høst/vinter 2023 var det et ønske om videreføring med progresjon. Dette skoleåret er det i hovedsak fokus på følgende mål:",
  lines(
    "• God kompetanse om grunnleggende ferdigheter og god læreplanforståelse",
    "• Bevissthet rundt valg av ulike læringsstrategier og metoder innenfor grunnleggende ferdigheter og vurdering.",
    "• God begynneropplæring slik at elever som står i fare for å bli hengende etter i lesing, skriving eller rekning, får intensiv opplæring slik at forventa progresjon kan bli nådd.",
  ),
  "Skoleåret 2024-25 er det lagt opp til en progresjon iht. målområdene under, samt at det fortsatt vil være fokus på mål fra forrige behovsmeldingsperiode.",
  lines(
    "• God undervisningsplanlegging/gjennomføring med vekt på grunnleggende ferdigheter og vurderingspraksis.",
    "• Bevissthet til hvordan man kan tilpasse undervisning (tilrettelagt opplæring) og gi god veiledning/vurdering innenfor ulike fag, knyttet til grunnleggende ferdigheter.",
    "• Bevissthet om at vurdering skal være en integrert del av undervisningen og fremme lærelyst.",
  ),
  "Partnerskapet med NTNU skoleåret 2023-24 har ført til aksjoner helt ute i klasserommet, deling av praksis både regionalt og lokalt (i den enkelte kommune og enhet) og økt kompetanse om språk og regning som grunnleggende ferdigheter. Tilbakemelding fra lærerne er ensidig positive og det meldes om at arbeidet som er gjort til nå har gitt lærerne økt kompetanse som igjen gagner elevene. Utviklingsarbeid tar tid og målet er at videre arbeid med grunnleggende ferdigheter fører til varig forbedring av praksis. Dette ble det tatt høyde for da opprinnelig behovsmelding hadde varighet på 3 år.",
  "Kommunene i regionen ser dette tiltaket som en helhet innen barnehage, skole, PPT og andre aktører, også nært knyttet til tiltakene i REKOM og Kompetanseløftet.",
);

const COLLECTIVE_TEXT = lines(
  "Tiltaket er basert på regionalt samarbeid og læring på tvers av enheter og kommunegrenser i Lofoten. Gjennom arbeid med tiltaket legges det opp til internt arbeid mellom fag- og nettverkssamlinger, helt ute i hver enhet og klasserom. Skoleeier, ledelsen og ressurspersoner leder arbeidet med læreplanforståelse, vurdering og grunnleggende ferdigheter regionalt og ute i egen enhet.",
  "For at kompetansetiltakene skal fungere godt tar tiltakene utgangspunkt i lærerens erfaringer, kunnskap og holdninger og den lokale konteksten i skolen. Partnerskapet med NTNU bidrar til å forbedre praksis i skolene og PPT-tjenesten. Partnerskapet fører også til at arbeidet med grunnleggende ferdigheter blir forskningsbasert, praksisrettet og relevant.",
  "I region Lofoten har man utviklet en «modell» der lederne får støtte av ressurslærere til å lede utviklingsarbeidet i profesjonsfellesskapet (regionalt og lokalt), og dette er med på å utvikle organisasjonskulturen i regionens kommuner og enheter.",
);

const TEACHER_EDUCATION_TEXT = lines(
  "Matematikksenteret og Skrivesenteret er en del av lærerutdanningen ved NTNU, men har samtidig et nasjonalt mandat. Partnerskap av denne typen gjør først og fremst at de nasjonale sentrene får tett kontakt med praksisfeltet. Denne tette kontakten er avgjørende når vi skal utvikle ressurser tilknyttet undervisning og kompetanseutvikling som skal møte behovene ute på barnehager og skoler. I tillegg er som nevnt, sentrene en del av lærerutdanningen, og sentrenes erfaringer fra DEKOM-prosjekter blir delt med andre ansatte ved lærerutdanningen.",
  "Institutt for lærerutdanning, NTNU har etablert et internt nettverk som møtes regelmessig. Nettverket består av alle som er involvert i DEKOM-prosjekter. I nettverket deles erfaringer og kunnskap slik at vi kan lære av hverandre. Det blir også arrangert DEKOM-seminar for alle ansatte ved lærerutdanningen. I tillegg kan sentrene og ILU forske på utviklingsarbeid ute i praksisfeltet.",
);

const LONG_TERM_PLAN_URL =
  "https://prosjekt.statsforvalteren.no/nb/kompetanseutvikling-nordland/samarbeidsforum/langsiktig-plan-2023-2026/";

const LONG_TERM_PLAN_TEXT = paras(
  "Prioritering av tiltak i langsiktig plan pkt. 1.6, 7.1.1 t.o.m. 7.1.3, profesjonsfellesskap, fagfornyelsen og begynneropplæringen.",
  "«Ved å legge til rette for langsiktighet er målet og skape en forutsigbarhet for barnehage- og skoleeiere og universitet og høyskoler. Langsiktighet er å jobbe med tiltak over lengre tid, og bidrar til å skape varig endring i praksisfeltet»",
  "“Det er særlig viktig at intensiv opplæring jf. forskrift til opplæringsloven § 1-4 blir satt fokus på. Effekt måles ved hjelp av nasjonale prøver på 5. trinn, analyse av obligatoriske kartleggingsprøver over tid og elev og foreldrestemmen”",
  "«Skolebasert kompetanseutvikling stiller krav til både ledere og ansatte. Tiltak må sikre at skolenes ledelse settes i stand til å lede utviklingsprosesser. Tiltakene må også sikre at de ansatte er involvert i egen utvikling …»",
  LONG_TERM_PLAN_URL,
  "«Alle fagene i grunnskolen og de gjennomgående fagene i videregående opplæring skal fornyes for å gi bedre læring og forståelse for elevene. De skal gi tydeligere retning for lærernes valg av innholdet i fagene»",
);

const ownerLine = (
  order: number,
  slug: string,
  title: string,
  description: string,
  text: string,
  amount: number,
): ReportBudgetLine => ({ id: `${MEASURE1_ID}-eier-${slug}`, order, title, description, text, amount });

const uhLine = (
  order: number,
  slug: string,
  title: string,
  description: string,
  text: string,
  amount: number,
): ReportBudgetLine => ({ id: `${MEASURE1_ID}-uh-${slug}`, order, title, description, text, amount });

const ownerBudgetLines: ReportBudgetLine[] = [
  ownerLine(
    1,
    "arbeidsgruppe",
    "Arbeidsgruppe",
    "Planlegging og evaluering sammen med ei utvalgt arbeidsgruppe og matematikk-/skrivesenteret, ca. 15 stk. Kommunenes representanter i arb.gruppa har ansvar for god informasjonsflyt begge veier, oversikt over ståsted, og legger til rette for forankring i egen kommune/enhet. Det er lagt opp til møter både før og etter regionale samlinger.",
    "Koordinering, planlegging og evaluering i arbeidsgruppa. Representanter fra kommunene, Matematikk og skrivesenteret, støttepersoner regionalt RKK. (Lofoten: 50.000,-)",
    50_000,
  ),
  ownerLine(
    2,
    "ledersamling",
    "Ledersamling",
    "Oppstartsmøte med ledergruppene med ressurspersoner regionalt i regi skrivesenteret og matematikksenteret med for- og etterarbeid, ca. 100 – 120 stk. En dag vår. Dette for å forberede og følge opp det skolebaserte samarbeidet iht. «grunnleggende ferdigheter og vurdering». Ledergruppene har kartlagt internt og har oversikt over interne behov og lokal tilpasning.",
    "Oppstartssamling med skoleledere og utviklingsgrupper m/ forarbeid og etterarbeid, vår/høst 2023-2025. Partnerskap med matematikk- og skrivesenteret, støtteperson regionalt RKK. (Lofoten: 150.000,-)",
    150_000,
  ),
  ownerLine(
    3,
    "oppstartssamling-alle-laerere",
    "Oppstartssamling for alle lærere",
    "med for- og etterarbeid for alle lærere høst 2024. Gjennomføres årlig, ca. 550 – 600 stk. En dag i øst og en dag i vest med matematikksenteret og skrivesenteret, og internt arbeid i den enkelte enhet resten av dagen med fokus på egne aksjoner og mellomarbeid videre. Dagen er delt opp iht. matematikksenteret og skrivesenteret, der deltakere fra de ulike skolene og PPT deler seg opp etter fokus. Ved behov kan sentrene dele inn i mindre grupper (f.eks. begynneropplæring, eksamen, vurdering, o.l.).",
    "Årlig kick off med alle lærere, m/ forarbeid og etterarbeid. Partnerskap med matematikk- og skrivesenteret, støtteperson regionalt RKK. (Lofoten: 200.000,-)",
    200_000,
  ),
  ownerLine(
    4,
    "fagsamlinger",
    "Fagsamlinger for å ramme inn + følge opp det kontinuerlige interne arbeidet",
    "Totalt 3 fagsamlinger regionalt pr. år med matematikk- og skrivesenteret en digital høst og to fysisk vår) m/ forarbeid og etterarbeid – ca. 100 – 120 stk. Målgruppe: utvalg av lærere 1. -10. trinn (ressurslærere), ledere, skoleeiere, PPT, UDF, e.a. Det er lagt til rette internt i den enkelte enhet om hvem som skal delta, og hvordan enheten skal jobbe videre i det profesjonelle læringsfellesskapet lokalt. Dagene er delt opp iht. matematikksenteret og skrivesenteret, der deltakere fra de ulike skolene og PPT deler seg opp etter fokus. Sentrene deler inn i mindre grupper (bl.a. begynneropplæring, eksamen, vurdering, o.l.). Skoleåret 23-24 har skrivesenteret delt inn i begynneropplæring (1. – 3. trinn) og de resterende.",
    "3 samlinger (1 digitalt og 2 fysisk) i året m/ forarbeid og etterarbeid. Partnerskap med matematikk- og skrivesenteret, støtteperson regionalt RKK. (Lofoten: 200.000,-)",
    200_000,
  ),
  ownerLine(
    5,
    "oppfolging-enkeltskoler",
    "Oppfølging og veiledning av enkeltskoler",
    "Oppfølging og veiledning av enkeltskoler med for- og etterarbeid (v/matematikk-/skrivesenteret og støtteperson regionalt RKK) med fokus på barnetrinnet, hybridløsninger digitalt og analogt. Ledelsen og ressurslærerne har ansvar for å lede arbeidet videre.",
    "Oppfølging og veiledning med for- og etterarbeid (v/matematikk-/skrivesenteret og støtteperson regionalt RKK) av enkeltskoler. (Lofoten: 100.000,-)",
    100_000,
  ),
];

const uhBudgetLines: ReportBudgetLine[] = [
  uhLine(
    1,
    "arbeidsgruppe",
    "Arbeidsgruppe",
    lines(
      "Se beskrivelse ovenfor.",
      "Møtene i arbeidsgruppen er en viktig arena for evaluering og eventuell justering av faglige bidrag.",
      "Matematikksenteret og Skrivesenteret (UH) deltar med 2–4 stk. per møte i arbeidsgruppen. Tildelt beløp skal dekke forberedelse til møter og deltakelse.",
    ),
    "Tilskudd: 30 000 kr",
    30_000,
  ),
  uhLine(
    2,
    "ledersamling",
    "Ledersamling",
    lines(
      "Se beskrivelse ovenfor.",
      "Den årlige ledersamlingen gir lederne innblikk i fagstoff som blir presentert på fagsamlinger, og vil i tillegg forberede lederne på det skolebaserte utviklingsarbeidet som gjennomføres gjennom skoleåret. Lederne får også mulighet til å løfte opp eventuelle utfordringer de opplever.",
      "Hvert senter stiller med to personer til denne samlingen.",
    ),
    "Tilskudd: 140 000 kr",
    140_000,
  ),
  uhLine(
    3,
    "oppstartssamling-alle-laerere",
    "Oppstartssamling for alle lærere",
    lines(
      "Se beskrivelse over.",
      "Hvert senter stiller med to kursholdere per samling.",
      "Det blir gjennomført to samlinger (øst og vest).",
    ),
    "Tilskudd: 250 000 kr",
    250_000,
  ),
  uhLine(
    4,
    "fagsamlinger",
    "Fagsamlinger for å ramme inn + følge opp det kontinuerlige interne arbeidet",
    lines(
      "Se beskrivelse over.",
      "Antallet lærere tilsier at hvert senter må stille med to kursholdere. Dette gir sentrene mulighet for en hensiktsmessig deling av lærerne ved behov.",
      "Tilskuddet vil dekke gjennomføring av to fysiske samlinger og én digital samling.",
    ),
    "Samlet tilskudd for tre samlinger: 360 000 kr",
    360_000,
  ),
  uhLine(
    5,
    "oppfolging-enkeltskoler",
    "Oppfølging og veiledning av enkeltskoler",
    lines("Se beskrivelse ovenfor.", "Hvert senter beregner cirka 45 timer med oppfølging og veiledning av skoler."),
    "Tilskudd: 100 000 kr",
    100_000,
  ),
];

const OWNER_LATER_REASON_H25 =
  "Langsiktighet, progresjon og kontinuitet. «Kompetansetiltakene bør ha et langsiktig perspektiv, for å sikre mest mulig forutsigbarhet» (Udir/langsiktig plan)";
const OWNER_LATER_REASON_26 =
  "Langsiktighet, progresjon og kontinuitet. «Kompetansetiltakene bør ha et langsiktig perspektiv, for å sikre mest mulig forutsigbarhet» (Udir)";
const UH_LATER_REASON =
  "Endring av undervisningspraksis er krevende, og tar tid. UH ønsker derfor langsiktige prosjekter, der vi får mulighet til å jobbe med de samme lærerne over lang tid. Da kan vi samtidig ha en progresjon i faglig innhold.";

const TARGET_GROUP =
  "Skoleeiere, skoleledere, pedagogisk personal i skolen, PPT, UDF i Lofoten. RKK Lofoten er med som koordinator.";

const MEASURE1_NAME = "Regionalt samarbeid i Lofoten med NTNU (v/matematikk- og skrivesenteret)";

export const lofotenNeedsReport2024: NeedsReport = {
  id: REPORT_ID,
  roundId: "round-nor-2024",
  year: 2024,
  status: "SUBMITTED",
  submittedAt: "2023-11-30T14:12:00+01:00", // INVENTED
  // 1. Which scheme(s) – only Desentralisert ordning is ticked in the seed.
  schemes: { REGIONAL: false, DESENTRALISERT: true, KOMPETANSELOFTET: false },
  // 2. Owners
  ownersText: "Vågan, Vestvågøy, Flakstad, Moskenes, Værøy, Ørsnes og Vikten privatskole",
  leadOwnerOrgId: "org-vagan-kommune",
  otherOwnerOrgIds: [
    "org-vestvagoy-kommune",
    "org-flakstad-kommune",
    "org-moskenes-kommune",
    "org-vaeroy-kommune",
    "org-orsnes-privatskole",
    "org-vikten-privatskole",
  ],
  networkId: "net-nor-lofoten",
  // 3. UH
  uhText: "NTNU, Matematikksenteret og Skrivesenteret",
  uhOrgId: "org-ntnu",
  uhUnitOrgIds: ["org-ntnu-matematikksenteret", "org-ntnu-skrivesenteret"],
  // 4. Contacts – names, phones, e-mails and accounts INVENTED; org numbers and markings from the seed.
  contacts: {
    owner: {
      name: "Kari Nordvik",
      role: "Skoleeier",
      phone: "+47 400 00 001",
      email: "kari.nordvik@demo.kompetanseportalen.no",
      bankAccount: "12345600017",
      orgNumber: "938644500",
      paymentMarking: "skal settes inn til RKK Lofoten, merkes DEKOM",
      orgId: "org-vagan-kommune",
      personId: "person-kari-nordvik",
    },
    uh: {
      name: "Anders Bakkevik",
      role: "Medlem ledergruppe og ansvarlig for kurs og prosjekter",
      phone: "+47 400 00 002",
      email: "anders.bakkevik@demo.kompetanseportalen.no",
      bankAccount: "12345600025",
      orgNumber: "974767880",
      paymentMarking: "Matematikksenteret og Skrivesenteret, bidrag DEKOM RKK Lofoten",
      orgId: "org-ntnu-matematikksenteret",
      personId: "person-anders-bakkevik",
    },
  },
  // 5. Partnership facts
  partnership: { severalOwners: true, severalUh: false, severalSchemes: false, measureCount: 1 },
  // 6. Totals per scheme – kept exactly as in the seed (three rows although only DEKOM is ticked).
  totals: {
    year: 2024,
    rows: [
      { scheme: "REGIONAL", owner: 357_500, uh: 542_500, total: 900_000 },
      { scheme: "DESENTRALISERT", owner: 700_000, uh: 880_000, total: 1_580_000 },
      { scheme: "KOMPETANSELOFTET", owner: 669_250, uh: 920_250, total: 1_589_500 },
    ],
    sum: { owner: 1_726_750, uh: 2_342_750, total: 4_069_500 },
  },
  // 7–13. Measures
  measures: [
    {
      id: MEASURE1_ID,
      number: 1,
      name: MEASURE1_NAME,
      ownerAmount: 700_000,
      uhAmount: 880_000,
      total: 1_580_000,
      purpose: { assessNeeds: false, plan: false, carryOutAndEvaluate: true, text: "Gjennomføring av tiltak" },
      anchoringText: ANCHORING_TEXT,
      collectiveProcessesText: COLLECTIVE_TEXT,
      teacherEducationText: TEACHER_EDUCATION_TEXT,
      longTermPlanText: LONG_TERM_PLAN_TEXT,
      // Seed: «pkt. 1.6, 7.1.1 t.o.m. 7.1.3»
      longTermPlanPoints: ["1.6", "7.1.1–7.1.3"],
      longTermPlanUrl: LONG_TERM_PLAN_URL,
      ownerBudgetIntro: "Midlene skal brukes til planlegging, organisering og gjennomføring av tiltak skissert ovenfor",
      ownerBudgetLines,
      ownerBudgetCoordinatorNote: lines(
        "Bistå Lofotkommunene med koordinering og gjennomføring i deres utviklingsarbeid innenfor region, kommuner og enheter. Ha oversikt over utviklingsarbeid i kommunene og legge til rette for deling av praksis på tvers av kommunegrenser og enheter. Ekstern støtte og veiledning, basert på interne behov i det barnehagebaserte og enhetsbaserte kompetanseutviklingsarbeidet i regionen og kommunene (på ulike nivå).",
        "(Eier: Brukes inntil 30% av totalsum på tiltak. Dette er iberegnet i tiltakene over)",
      ),
      uhBudgetLines,
      coordinator: {
        needed: true,
        text: paras(
          "Bistå Lofotkommunene med koordinering og gjennomføring i deres utviklingsarbeid innenfor region, kommuner og skoler. Ha oversikt over utviklingsarbeid i kommunene og legge til rette for deling av praksis på tvers av kommunegrenser og enheter. Ekstern støtte og veiledning, basert på interne behov i det skolebaserte og enhetsbaserte kompetanseutviklingsarbeidet i regionen og kommunene (på ulike nivå).",
          "Jmf. 7.2 i retningslinjene for tildeling:” Egenandelen på 30 prosent kan være helt eller delvis i form av lønn/frikjøp dersom skoleeier finner det mest hensiktsmessig for utviklingsarbeidet.” (lovdata 2021)",
          "• Lønnskostnader og reise mellom kommuner/ enheter",
        ),
        maxSharePercent: 30,
      },
      semesters: [
        { term: "VAR", year: 2024 },
        { term: "HOST", year: 2024 },
        { term: "VAR", year: 2025 },
      ],
      laterNeeds: [
        {
          label: "Høst 2025",
          period: { kind: "SEMESTER", semester: { term: "HOST", year: 2025 } },
          ownerAmount: 700_000,
          ownerReason: OWNER_LATER_REASON_H25,
          uhAmount: 900_000,
          uhReason: UH_LATER_REASON,
        },
        {
          label: "2026",
          period: { kind: "YEAR", year: 2026 },
          ownerAmount: 750_000,
          ownerReason: OWNER_LATER_REASON_26,
          uhAmount: 930_000,
          uhReason: UH_LATER_REASON,
        },
        {
          // Empty in the seed (only the form's placeholder «Klikk eller trykk her for å skrive inn tekst.»).
          label: "2027",
          period: { kind: "YEAR", year: 2027 },
          ownerAmount: null,
          ownerReason: null,
          uhAmount: null,
          uhReason: null,
        },
      ],
      targetGroup: TARGET_GROUP,
    },
  ],
  // 14. Other owners and UH in the partnership – contact persons INVENTED.
  partners: [
    {
      order: 1,
      orgId: "org-vestvagoy-kommune",
      name: "Vestvågøy kommune",
      contactName: "Mona Skjelstad",
      kind: "OWNER",
    },
    { order: 2, orgId: "org-flakstad-kommune", name: "Flakstad kommune", contactName: "Randi Storvik", kind: "OWNER" },
    {
      order: 3,
      orgId: "org-moskenes-kommune",
      name: "Moskenes kommune",
      contactName: "Linda Strøm/Åse Mikalsen",
      kind: "OWNER",
    },
    { order: 4, orgId: "org-vaeroy-kommune", name: "Værøy kommune", contactName: "Bente Johnsen", kind: "OWNER" },
    {
      order: 5,
      orgId: "org-orsnes-privatskole",
      name: "Ørsnes privatskole",
      contactName: "Camilla Ødegård",
      kind: "OWNER",
    },
    {
      order: 6,
      orgId: "org-vikten-privatskole",
      name: "Vikten privatskole",
      contactName: "Magnus Hellesøy",
      kind: "OWNER",
    },
  ],
  // 15. Co-determination – participant name INVENTED, remark verbatim (without the form's «*Merknad:» label).
  coDetermination: {
    discussed: true,
    participants: [{ role: "UDF Vestvågøy – representerer regionen", name: "Trond Eriksen" }],
    remark:
      "I tillegg er representanter for arbeidstakerorganisasjonen invitert til å være med på samtlige regionale fagnettverk og nettverk for leder- og ressursgrupper, der også behovsmeldinger er tema. Lokalt og kommunalt er ledere og eiere er bedt om å gjennomføre medbestemmelsesmøter.",
  },
  // 16. Units included
  units: {
    kommunaleBarnehager: null,
    privateBarnehager: null,
    offentligeSkoler: 19,
    privateSkoler: 2,
    ppTjenester: 2,
  },
  flags: [
    "Only «Desentralisert ordning» is ticked and «leverer behovsmelding i flere ordninger?» is «Nei», yet the totals table has rows for all three schemes (Regional 900 000, Kompetanseløftet 1 589 500); only the DEKOM row matches measure 1. Kept as in the seed.",
    "The totals' sum row (4 069 500) includes the two rows for schemes that are not ticked.",
    "Measure 1 is for «Gjennomføring av tiltak»; the other purposes (vurdere behov, planlegge) are not stated.",
  ],
};

// ---------------------------------------------------------------------------
// The Lofoten measure (tiltak) derived from the report, with 2024 gatherings
// ---------------------------------------------------------------------------

const LOFOTEN_MEASURE_ID = "measure-nor-lofoten";
const MAT = "org-ntnu-matematikksenteret";
const SKRIV = "org-ntnu-skrivesenteret";
const bothCentres: Track[] = [
  { subject: "MATEMATIKK", theme: null, uhOrgId: MAT },
  { subject: "SKRIVING", theme: null, uhOrgId: SKRIV },
];
const UH_FACILITATORS = ["person-anders-bakkevik", "person-ingrid-fjellheim"];
const LOFOTEN_NETWORK = ["net-nor-lofoten"];

/** INVENTED dates/places/times, following the activities in the report. */
const lofotenGatherings: Gathering[] = [
  {
    id: "gath-lofoten-2024-ledersamling",
    measureId: LOFOTEN_MEASURE_ID,
    cohortId: null,
    networkGroupId: null,
    networkIds: LOFOTEN_NETWORK,
    semester: { term: "VAR", year: 2024 },
    semesterNumber: 1,
    number: null,
    kind: "LEDERSAMLING",
    title: "Ledersamling – oppstartsmøte med ledergruppene",
    format: "FYSISK",
    plannedFormat: null,
    length: "HELDAG",
    date: "2024-02-06",
    startTime: "09:00",
    endTime: "15:00",
    place: "Svolvær",
    theme: "Grunnleggende ferdigheter og vurdering",
    commonPart: null,
    tracks: bothCentres,
    facilitatorPersonIds: UH_FACILITATORS,
    facilitatorContactIds: [],
    assignment: "Ledergruppene forbereder det skolebaserte samarbeidet i egen enhet.",
    invented: ["date", "place", "times", "theme", "assignment"],
    note: "Report: «En dag vår», ca. 100 – 120 stk.",
  },
  {
    id: "gath-lofoten-2024-fagsamling-1",
    measureId: LOFOTEN_MEASURE_ID,
    cohortId: null,
    networkGroupId: null,
    networkIds: LOFOTEN_NETWORK,
    semester: { term: "VAR", year: 2024 },
    semesterNumber: 1,
    number: 1,
    kind: "FAGSAMLING",
    title: "Fagsamling 1",
    format: "FYSISK",
    plannedFormat: null,
    length: "HELDAG",
    date: "2024-03-12",
    startTime: "09:00",
    endTime: "15:00",
    place: "Leknes",
    theme: "Grunnleggende ferdigheter og læreplanforståelse",
    commonPart: null,
    tracks: [
      { subject: "MATEMATIKK", theme: "Begynneropplæring og intensiv opplæring i regning", uhOrgId: MAT },
      { subject: "SKRIVING", theme: "Begynneropplæring (1. – 3. trinn)", uhOrgId: SKRIV },
    ],
    facilitatorPersonIds: UH_FACILITATORS,
    facilitatorContactIds: [],
    assignment: "Aksjoner i eget klasserom; deling i profesjonsfellesskapet lokalt før neste samling.",
    invented: ["date", "place", "times", "theme", "tracks", "assignment"],
    note: "Report: 3 fagsamlinger pr. år – «en digital høst og to fysisk vår».",
  },
  {
    id: "gath-lofoten-2024-fagsamling-2",
    measureId: LOFOTEN_MEASURE_ID,
    cohortId: null,
    networkGroupId: null,
    networkIds: LOFOTEN_NETWORK,
    semester: { term: "VAR", year: 2024 },
    semesterNumber: 1,
    number: 2,
    kind: "FAGSAMLING",
    title: "Fagsamling 2",
    format: "FYSISK",
    plannedFormat: null,
    length: "HELDAG",
    date: "2024-04-23",
    startTime: "09:00",
    endTime: "15:00",
    place: "Svolvær",
    theme: "Vurdering som en integrert del av undervisningen",
    commonPart: null,
    tracks: [
      { subject: "MATEMATIKK", theme: "Vurdering i matematikk", uhOrgId: MAT },
      { subject: "SKRIVING", theme: "Vurdering av skriving", uhOrgId: SKRIV },
    ],
    facilitatorPersonIds: UH_FACILITATORS,
    facilitatorContactIds: [],
    assignment: "Prøve ut vurderingsformer i egen klasse og dele erfaringer i ressursgruppa.",
    invented: ["date", "place", "times", "theme", "tracks", "assignment"],
    note: null,
  },
  {
    id: "gath-lofoten-2024-kickoff-ost",
    measureId: LOFOTEN_MEASURE_ID,
    cohortId: null,
    networkGroupId: null,
    networkIds: LOFOTEN_NETWORK,
    semester: { term: "HOST", year: 2024 },
    semesterNumber: 2,
    number: null,
    kind: "KICK_OFF",
    title: "Oppstartssamling for alle lærere – øst",
    format: "FYSISK",
    plannedFormat: null,
    length: "HALVDAG",
    date: "2024-08-13",
    startTime: "09:00",
    endTime: "12:00",
    place: "Svolvær",
    theme: "Årlig kick off",
    commonPart: null,
    tracks: bothCentres,
    facilitatorPersonIds: UH_FACILITATORS,
    facilitatorContactIds: [],
    assignment: "Internt arbeid i den enkelte enhet resten av dagen med fokus på egne aksjoner og mellomarbeid videre.",
    invented: ["date", "place", "times", "length"],
    note: "Report: «En dag i øst og en dag i vest … og internt arbeid i den enkelte enhet resten av dagen».",
  },
  {
    id: "gath-lofoten-2024-kickoff-vest",
    measureId: LOFOTEN_MEASURE_ID,
    cohortId: null,
    networkGroupId: null,
    networkIds: LOFOTEN_NETWORK,
    semester: { term: "HOST", year: 2024 },
    semesterNumber: 2,
    number: null,
    kind: "KICK_OFF",
    title: "Oppstartssamling for alle lærere – vest",
    format: "FYSISK",
    plannedFormat: null,
    length: "HALVDAG",
    date: "2024-08-14",
    startTime: "09:00",
    endTime: "12:00",
    place: "Leknes",
    theme: "Årlig kick off",
    commonPart: null,
    tracks: bothCentres,
    facilitatorPersonIds: UH_FACILITATORS,
    facilitatorContactIds: [],
    assignment: "Internt arbeid i den enkelte enhet resten av dagen med fokus på egne aksjoner og mellomarbeid videre.",
    invented: ["date", "place", "times", "length"],
    note: null,
  },
  {
    id: "gath-lofoten-2024-fagsamling-3",
    measureId: LOFOTEN_MEASURE_ID,
    cohortId: null,
    networkGroupId: null,
    networkIds: LOFOTEN_NETWORK,
    semester: { term: "HOST", year: 2024 },
    semesterNumber: 2,
    number: 3,
    kind: "FAGSAMLING",
    title: "Fagsamling 3 (digital)",
    format: "DIGITAL",
    plannedFormat: null,
    length: "HALVDAG",
    date: "2024-10-15",
    startTime: "12:00",
    endTime: "15:00",
    place: null,
    theme: "Tilpasset opplæring og veiledning knyttet til grunnleggende ferdigheter",
    commonPart: null,
    tracks: [
      { subject: "MATEMATIKK", theme: "Tilpasset opplæring i regning", uhOrgId: MAT },
      { subject: "SKRIVING", theme: "Skriving i alle fag", uhOrgId: SKRIV },
    ],
    facilitatorPersonIds: UH_FACILITATORS,
    facilitatorContactIds: [],
    assignment: "Mellomarbeid i ressursgruppene fram mot vårens fagsamlinger.",
    invented: ["date", "times", "length", "theme", "tracks", "assignment"],
    note: null,
  },
];

export const lofotenMeasure: Measure = {
  id: LOFOTEN_MEASURE_ID,
  name: MEASURE1_NAME,
  aliases: ["Lofoten", "DEKOM RKK Lofoten"],
  scheme: "DESENTRALISERT",
  countyId: "county-nordland",
  ownerNetworkId: "net-nor-lofoten",
  isJoint: false,
  participatingNetworkIds: ["net-nor-lofoten"],
  subtitle: null,
  background: null,
  // From the report's anchoring text (the goals for 2023-24 and 2024-25).
  goal: lines(
    "• God kompetanse om grunnleggende ferdigheter og god læreplanforståelse",
    "• Bevissthet rundt valg av ulike læringsstrategier og metoder innenfor grunnleggende ferdigheter og vurdering.",
    "• God begynneropplæring slik at elever som står i fare for å bli hengende etter i lesing, skriving eller rekning, får intensiv opplæring slik at forventa progresjon kan bli nådd.",
    "• God undervisningsplanlegging/gjennomføring med vekt på grunnleggende ferdigheter og vurderingspraksis.",
    "• Bevissthet til hvordan man kan tilpasse undervisning (tilrettelagt opplæring) og gi god veiledning/vurdering innenfor ulike fag, knyttet til grunnleggende ferdigheter.",
    "• Bevissthet om at vurdering skal være en integrert del av undervisningen og fremme lærelyst.",
  ),
  targetGroup: TARGET_GROUP,
  durationText: "Vår 2024, Høst 2024, Vår 2025",
  content: null,
  themes: [
    { subject: "MATEMATIKK", items: ["grunnleggende ferdigheter", "begynneropplæring", "vurdering"] },
    { subject: "SKRIVING", items: ["grunnleggende ferdigheter", "begynneropplæring (1. – 3. trinn)", "vurdering"] },
  ],
  organisation: lines(...ownerBudgetLines.map((l) => `• ${l.title}: ${l.text}`)),
  contributorsText: "NTNU, Matematikksenteret og Skrivesenteret",
  contributors: [
    { orgId: MAT, role: null },
    { orgId: SKRIV, role: null },
  ],
  obligations: null,
  betweenWork:
    "Gjennom arbeid med tiltaket legges det opp til internt arbeid mellom fag- og nettverkssamlinger, helt ute i hver enhet og klasserom.",
  evaluation:
    "Det er lagt opp til hyppige arbeidsmøter, og basert på tilbakemeldingene evalueres og justeres arbeidet underveis.",
  semesters: [
    { number: 1, semester: { term: "VAR", year: 2024 }, cohortId: null, focus: null, betweenWork: null },
    { number: 2, semester: { term: "HOST", year: 2024 }, cohortId: null, focus: null, betweenWork: null },
    { number: 3, semester: { term: "VAR", year: 2025 }, cohortId: null, focus: null, betweenWork: null },
  ],
  cohorts: [],
  networkGroups: [],
  uhContacts: [],
  gatherings: lofotenGatherings,
  experiences: null,
  needs: null,
  relatedNeedsReportId: REPORT_ID,
  note: "Derived from the 2024 needs report; gatherings invented for demo purposes.",
};

// ---------------------------------------------------------------------------
// After seed 004 (INVENTED): the 2024 report granted, a 2025 report submitted,
// and who came to the 2024 gatherings. The seeds end at the needs report; the
// demo needs a granted measure to report on and a report waiting
// for review.
// ---------------------------------------------------------------------------

export const nordlandRound2025: NeedsReportRound = {
  id: "round-nor-2025",
  countyId: "county-nordland",
  year: 2025,
  schemes: ["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"],
  opensAt: "2024-09-01", // INVENTED
  deadline: "2024-12-01", // INVENTED
  source: "INVENTED",
  note: "The round after the one of seed 004.",
};

/**
 * The Lofoten partnership's report for 2025 (INVENTED): the 2024 report
 * carried on for Høst 2025 with the same budget, the later needs of seed
 * 004 for 2026 and 2027 kept. Submitted and waiting for the Statsforvalter.
 */
export const lofotenNeedsReport2025: NeedsReport = {
  ...lofotenNeedsReport2024,
  id: "report-nor-lofoten-2025",
  roundId: "round-nor-2025",
  year: 2025,
  status: "SUBMITTED",
  submittedAt: "2024-11-27T13:40:00+01:00", // INVENTED
  measures: lofotenNeedsReport2024.measures.map((m) => ({
    ...m,
    id: "report-nor-lofoten-2025-m1",
    semesters: [{ term: "HOST", year: 2025 }],
    laterNeeds: m.laterNeeds.filter((l) => l.period.kind === "YEAR"),
  })),
};

/** INVENTED: the 2024 budget of Nordland for the decentralised scheme as far as the portal models it (one network), and its allocation. */
export const nordlandGrant2024 = {
  budgetId: "budget-nor-2024",
  year: 2024,
  allocated: 1_600_000,
  frame: 1_600_000,
  meeting: {
    id: "mtg-nor-2024-01-18",
    title: "Møte i Samarbeidsforum Nordland",
    date: "2024-01-18",
    start: "10:00",
    end: "14:00",
  },
  caseTitle: "Innstilling for bruk av midler til Dekom 2024",
  recommendation: 1_580_000,
  recommendationReason: "Innstilt som søkt; resten av rammen går til fellestiltak.",
  decidedOn: "2024-01-25",
  reportId: REPORT_ID,
  ownerAmount: 700_000,
  uhAmount: 880_000,
} as const;

/** School names used for the demo's participants (INVENTED participants; the schools are named for their places). */
const LOFOTEN_UNITS: { orgId: string; units: string[] }[] = [
  { orgId: "org-vagan-kommune", units: ["Svolvær skole", "Kabelvåg skole", "Henningsvær skole"] },
  { orgId: "org-vestvagoy-kommune", units: ["Leknes skole", "Gravdal skole", "Ballstad skole"] },
  { orgId: "org-flakstad-kommune", units: ["Flakstad skole"] },
  { orgId: "org-moskenes-kommune", units: ["Moskenes skole"] },
  { orgId: "org-vaeroy-kommune", units: ["Værøy skole"] },
  { orgId: "org-orsnes-privatskole", units: ["Ørsnes privatskole"] },
  { orgId: "org-vikten-privatskole", units: ["Vikten privatskole"] },
];
const FIRST = [
  "Anne",
  "Bjørn",
  "Camilla",
  "Dag",
  "Eva",
  "Frode",
  "Gro",
  "Håkon",
  "Ingrid",
  "Jon",
  "Kristin",
  "Lars",
  "Mari",
  "Nils",
  "Oda",
  "Per",
  "Ragnhild",
  "Sindre",
  "Tone",
  "Vegard",
];
const LAST = [
  "Amundsen",
  "Berntsen",
  "Eilertsen",
  "Hansen",
  "Jakobsen",
  "Karlsen",
  "Mikalsen",
  "Olsen",
  "Pedersen",
  "Sørensen",
];

export type DemoParticipant = { name: string; email: string; orgId: string; unitName: string; role: string };

/** 120 invented participants, the same people every seeding. */
export const lofotenParticipants: DemoParticipant[] = Array.from({ length: 120 }, (_, i) => {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const place = LOFOTEN_UNITS[i % LOFOTEN_UNITS.length]!;
  const unitName = place.units[Math.floor(i / LOFOTEN_UNITS.length) % place.units.length]!;
  const slug = `${first}.${last}`.toLowerCase().replace(/ø/g, "o").replace(/å/g, "a").replace(/æ/g, "ae");
  return {
    name: `${first} ${last}`,
    email: `${slug}.${i + 1}@demo.kompetanseportalen.no`,
    orgId: place.orgId,
    unitName,
    role: i % 12 === 0 ? "Rektor" : i % 5 === 0 ? "Ressurslærer" : "Lærer",
  };
});

/**
 * Who registered for each Lofoten gathering of 2024, how many did not come
 * and how many walked in (INVENTED figures). Participants are taken in turn
 * from `lofotenParticipants`, starting at `offset`.
 */
export const lofotenAttendance2024: {
  gatheringId: string;
  offset: number;
  registered: number;
  absent: number;
  walkIns: number;
}[] = [
  { gatheringId: "gath-lofoten-2024-ledersamling", offset: 0, registered: 40, absent: 3, walkIns: 2 },
  { gatheringId: "gath-lofoten-2024-fagsamling-1", offset: 10, registered: 60, absent: 5, walkIns: 3 },
  { gatheringId: "gath-lofoten-2024-fagsamling-2", offset: 15, registered: 58, absent: 6, walkIns: 1 },
  { gatheringId: "gath-lofoten-2024-kickoff-ost", offset: 30, registered: 45, absent: 4, walkIns: 2 },
  { gatheringId: "gath-lofoten-2024-kickoff-vest", offset: 60, registered: 50, absent: 3, walkIns: 4 },
  { gatheringId: "gath-lofoten-2024-fagsamling-3", offset: 20, registered: 55, absent: 8, walkIns: 0 },
];

// ---------------------------------------------------------------------------
// Bundle
// ---------------------------------------------------------------------------

export const nordlandData = {
  county: nordlandCounty,
  forum: nordlandForum,
  organisations: nordlandOrganisations,
  uhOrganisations: lofotenUhOrganisations,
  networks: [lofotenNetwork],
  rounds: [nordlandRound2024, nordlandRound2025],
  needsReports: [lofotenNeedsReport2024, lofotenNeedsReport2025],
  measures: [lofotenMeasure],
} as const;
