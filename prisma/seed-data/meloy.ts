/**
 * Meløy kommune demo data — from seed 001: Meløy's plan for a
 * competence-development project in Oppvekst (background, concepts, goals,
 * phases, progress plan, resource needs per scheme) and the roles-and-duties
 * table from the Nordland long-term plan.
 *
 * Seed 001 names no competence network. Meløy lies in the Salten region, so
 * the plan is attached to an INFERRED network "Kompetansenettverk Salten"
 * (only Meløy is modelled as a member).
 */
import type { CompetenceNetwork, Organisation, ProgressActivity, ProjectPlan, RoleDuty } from "./types";

const paras = (...p: string[]): string => p.join("\n\n");
const lines = (...l: string[]): string => l.join("\n");

export const meloyKommune: Organisation = {
  id: "org-meloy-kommune",
  name: "Meløy kommune",
  kind: "KOMMUNE",
  orgNumber: "970189866",
  municipalityNumber: "1837",
  countyId: "county-nordland",
  parentId: null,
  bankAccount: "12345600106", // INVENTED
  shortName: "Meløy",
  note: "Owner of kindergartens and schools («Oppvekst i Meløy»).",
};

/** INFERRED: Meløy belongs to the Salten region; the seed names no network. */
export const saltenNetwork: CompetenceNetwork = {
  id: "net-nor-salten",
  name: "Kompetansenettverk Salten",
  shortName: "Salten",
  aliases: [],
  countyId: "county-nordland",
  level: "GRUNNSKOLE",
  memberOrgIds: ["org-meloy-kommune"],
  uhPartnerOrgIds: ["org-nord-universitet"],
  uhPartnerSource: "INFERRED",
  note: "Network assumed (not named in seed 001). Only Meløy is modelled; the other Salten municipalities are not. UH partner from Meløy's plan (Nord universitet).",
};

const m = (months: string): string[] => months.split(" ");

const ANALYSE = "phase-meloy-analyse";
const GJENNOMFORING = "phase-meloy-gjennomforing";

const activity = (n: number, phaseId: string, text: string, months: string): ProgressActivity => ({
  id: `plan-meloy-a${String(n).padStart(2, "0")}`,
  phaseId,
  text,
  months: m(months),
});

/** Seed 001, 6.0 Framdriftsplan (activities × months, read column by column). */
const progressPlan: ProgressActivity[] = [
  activity(1, ANALYSE, "Kommunalsjef oppvekst – søke midler til kompetanseutvikling", "2023-11 2023-12"),
  activity(2, ANALYSE, "Avklare oppstart samarbeid Nord universitet", "2023-12 2024-01"),
  activity(3, ANALYSE, "Utarbeide prosessplan", "2023-11 2023-12 2024-01 2024-02"),
  activity(4, ANALYSE, "Etablere styringsgruppe", "2024-01 2024-02"),
  activity(5, ANALYSE, "Implementering i plangruppa for oppvekst", "2024-01 2024-02"),
  activity(6, ANALYSE, "Implementering i VI teamet på ledermøte", "2024-02 2024-03"),
  activity(
    7,
    ANALYSE,
    "Arbeid i VI teamet med felles begrepsforståelse, barnesyn, holdninger og verdier, bruke ledermøter/nettverk",
    "2024-04 2024-05 2024-06 2024-08 2024-09 2024-10 2024-11 2024-12",
  ),
  activity(8, ANALYSE, "Møter med UH våren 24, planlegge analysearbeid", "2024-03 2024-05"),
  activity(9, ANALYSE, "Møter med UH, analysearbeid", "2024-08 2024-10"),
  activity(
    10,
    ANALYSE,
    "Gjennomgang av statistikk og data på ledernivå, hvordan ligger den enkelte skole an? Støtte fra UH i forståelse av data",
    "2024-08 2024-09 2024-10",
  ),
  activity(11, ANALYSE, "Oppstart analysearbeid på enhetene", "2024-11 2024-12"),
  activity(12, ANALYSE, "Direkte veiledning UH/utvalgte enheter", "2024-11 2024-12"),
  activity(
    13,
    ANALYSE,
    "Jevnlige møter i styringsgruppa",
    "2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 2024-08 2024-09 2024-10 2024-11 2024-12",
  ),
  activity(14, ANALYSE, "Etablere støttesystem rundt den enkelte enhet", "2024-09 2024-10 2024-11 2024-12"),
  activity(15, ANALYSE, "Analyse av PPTs rolle som aktør på enhetene", "2024-11 2024-12"),
  activity(
    16,
    ANALYSE,
    "Analyse av helsestasjonens og barnevernets rolle I inkluderende fellesskap",
    "2024-11 2024-12",
  ),
  activity(17, ANALYSE, "Leverer ny behovsmelding for 2025", "2024-11 2024-12"),
  activity(
    18,
    GJENNOMFORING,
    "Videre arbeid med analyse på enhetene",
    "2025-01 2025-02 2025-03 2025-04 2025-05 2025-06",
  ),
  activity(
    19,
    GJENNOMFORING,
    "Utarbeide felles plan for inkluderende fellesskap, bedre tilpasset opplæring og tidlig innsats, med utgangspunkt i analysearbeidet.",
    "2025-08 2025-09",
  ),
  activity(
    20,
    GJENNOMFORING,
    "Møter med UH – planlegge tiltak/ gjennomføring, kompetansebehov",
    "2025-02 2025-05 2025-09 2025-11",
  ),
  activity(21, GJENNOMFORING, "VI teamet ser på felles tiltak ut fra analysedelene", "2025-08 2025-09"),
  activity(22, GJENNOMFORING, "VI teamet planlegger felles kompetanseheving ut tiltakene", "2025-09 2025-10"),
  activity(23, GJENNOMFORING, "Hver enhet utarbeider tiltak ut fra sin analysedel", "2025-09 2025-10"),
  activity(
    24,
    GJENNOMFORING,
    "Enhetene utarbeider lokale fremdriftplaner for oppfølging av tiltakene",
    "2025-09 2025-10",
  ),
  activity(25, GJENNOMFORING, "Tiltakene gjennomføres", "2025-09 2025-10 2025-11 2025-12 2026-01 2026-02"),
  activity(26, GJENNOMFORING, "Levere behovsmelding for 2026", "2025-11 2025-12"),
];

export const meloyProjectPlan: ProjectPlan = {
  id: "plan-meloy-2024",
  ownerOrgId: "org-meloy-kommune",
  countyId: "county-nordland",
  networkId: "net-nor-salten",
  uhPartnerOrgIds: ["org-nord-universitet"],
  // INVENTED title: the seed starts with «Bakgrunn og problemstilling» and has no title.
  title: "Kompetanseutvikling i Oppvekst i Meløy",
  year: 2024,
  background: paras(
    "Med bakgrunn i Stortingsmelding 6 Tett på -tidlig innsats og inkluderende fellesskap i barnehage, skole og SFO, Kompetanseløftet og NOU et nytt system for kvalitet, skal vi starte et kompetanseutviklingsarbeid for alle som arbeider i Oppvekst i Meløy.",
    "Alle barn fortjener en god start i livet, de skal leke, lære, utvikle seg, trives og mestre. Gode barnehager og skoler som løfter frem alle barna, uavhengig av deres bakgrunn og forutsetninger, er det viktigste bidraget for å gi alle like muligheter.",
    "Vi har gjennom flere år brukt for mye av ressursene våre til spesialundervisning, og for lite til det ordinære opplæringstilbudet, uten at dette gir oss bedre resultater på Nasjonale prøver og i form av grunnskolepoeng. Ekspertgruppen for barn og unge med behov for særskilt tilrettelegging sier: “Læringsutbyttet til barn og unge som mottar spesialpedgogisk hjelp og spesialundervisning er ikke tilfredstillende og står ikke i samsvar med den betydelige ressursinnsatsen.” Dette gjør at vi nå ønsker å snu hele Oppvekst båten, og endre kursen slik at vi kan gi barn og unge et så godt utgangspunkt som mulig.",
    lines(
      "Profesjonsfellesskap og skoleutvikling, overordnet del, kap 3.5:",
      "«Alle ansatte i skolen må ta aktivt del i det profesjonelle læringsfellesskapet for å videreutvikle skolen. Det innebærer at fellesskapet reflekterer over verdivalg og utviklingsbehov, og bruker forskning, erfaringsbasert kunnskap og etiske vurderinger som grunnlag for målrettede tiltak. Velutviklede strukturer for samarbeid, støtte og veiledning mellom kolleger og på tvers av skoler fremmer en delings- og læringskultur.»",
    ),
    lines(
      "Ekspertgruppen for skolebidrag peker særlig på to funn:",
      "1. Skoler som bidrar til elevenes læring, undersøker og forbedrer praksis som en del av daglig drift (skolebasert vurdering).",
      "2. Skoleledelsen og lærerne handler raskt når de avdekker mindre problemer og legger en plan for hvordan de skal håndtere de mer tidkrevende",
    ),
    lines(
      "Ekspertgruppen konkluderer derfor med følgende:",
      "1. Det trengs mer undersøkende og medvirkende aktivitet i utdanningssystemet, og systemets utviklingskunnskap og kompetanse må styrkes på alle nivåer",
      "2. Særlig må systemet settes i stand til jevnlig å undersøke praksis og bruke resultatene av undersøkelsene til å forbedre praksis (ressurser utnyttes bedre når man styrker sin egen kunnskap).",
    ),
    "Disse funnene tar vi med oss i videre arbeid, innholdet i dette er sentralt i både barnehage og skole.",
  ),
  concepts: [
    "Tilpasset opplæring",
    "Tidlig innsats",
    "Intensiv opplæring",
    "Begynneropplæring",
    "Læringsinnhold og pedagogiske metoder",
    "Vurdering",
    "Barn og unges medvirkning",
  ],
  organisation: paras(
    "Vi ønsker gjennom komptanseutviklingsarbeidet å dreie vårt arbeid med barn og unge, slik at vi retter innsatsen der den gir best resultater. Vi ønsker å gå fra mye spesialundervisning, hvor innsatsen ofte kommer inn for sent, og varer for lenge, til å bli gode på tidlig innsats, god begynneropplæring, tilpasset opplæring, intensiv opplæring i kortere perioder og god og målrettet individuell tilrettelagt opplæring(tidligere spesialundervisning) til de som har behov for det.",
    "Vi ønsker å jobbe for et utdanningsløp som preges av helhet, og sammenheng, og møte barn og unge med felles verdier og holdninger, felles begrepsforståelse og samordna kunnskap og god kompetanse. Vi vil jobbe spesielt med begreper fra kapittel 11 den nye Opplæringsloven, som handler om tilpassa opplæring og individuell tilrettelegging.",
    "I kompetanseutviklingsarbeidet skal vi også bidra til at barn og unges rett til medvirkning tas på alvor. Barn skal oppleve seg som aktører i eget liv, at de blir sett, lyttet til, akseptert, respektert og tatt på alvor. Dette er i tråd med barnekonvensjonens som sier at barns beste alltid skal veie tyngst og har barn har rett til å gi utrykk for sine meninger og rett til å ytre seg. Gjennom prosjektet ønsker vi å etablere et felles barnesyn.",
    "Vi er i startgropa med dette arbeidet og skal som en del av det utarbeide en plan for bedre tilpasset opplæring og tidlig innsats, som vil basere seg på kartlegging av de ulike enhetenes ståsted og utfordringer innenfor dette område. Analysearbeid vil derfor være en viktig del av kompetanseutviklingen.",
  ),
  mainGoal: paras(
    "En inkluderende praksis for alle barn og elever. Tidlig innsats, inkludering og god tverrfaglig innsats.",
    "Vi ønsker om å bygge sterkere lag rundt barn og unge, med bedre samordning av kompetanse og med rett innsats til rett tid.",
  ),
  mainGoalBullets: [
    "Styrke det ordinære pedagogiske innholdet gjennom tidlig innsats, intensiv opplæring, og god kvalitet i begynneropplæring og tilpasset opplæring.",
    "Barns medvirkning i alle ledd, og godt foreldresamarbeid.",
    "Felles forståelse av loverket og sentrale begreper, og lik praksis.",
    "Bevege oss mot mer kunnskaps og forskningsbaserte metoder og tiltak i opplæringen.",
    "Få ned andelen barn og elever med spesialpedagogisk hjelp og spesialundervisning.",
  ],
  // 3.2 «kjennetegn for måloppnåelse for Nordland, som ligger i langsiktig plan»
  countyGoalIndicators: [
    "Personalet i barnehagene/skolene jobber kontinuerlig med et godt og inkluderende leke- og læringsmiljø",
    "Barn som har behov for det, får hjelp så raskt som mulig.",
    "Personalet som jobber i barnehagene kjenner til innholdet i rammeplanen, og hva som kreves for å bidra til at barna får et barnehagetilbud av høy kvalitet.",
    "Personalet i skolen kjenner innholdet i LK20/LK20S",
    "Personalet i SFO kjenner innholdet i rammeplanen for SFO og støtter opp om skolens arbeid",
    "Hele personalet er involvert i kompetansetiltakene.",
    "Barnehage/skole og PPT samarbeider om forebyggende og systemrettet arbeid.",
    "Elever som står i fare for å bli hengende etter i lesing, skriving eller regning får raskt intensiv opplæring jf. Forskrift til opplæringsloven §1-4.",
    "Personalet i skolen har kompetanse for å avdekke og hjelpe elever som har utfordringer på grunn av høyfrekvente vansker.",
    "Tilbudene i barnehager, skoler og SFO er tilpasset slik at barn/unge får et best mulig utgangspunkt for lek, utvikling og læring, uavhengig av sine forutsetninger.",
  ],
  // «Det gjennomføres helhetlige kompetansetiltak som omfatter laget rundt barna og elevene:»
  holisticMeasures: [
    "Barnehager og skoler har tilstrekkelig kompetanse til å kartlegge, analysere og iverksette tiltak",
    "Personalet i PPT har økt sin kompetanse og veileder på høyfrekvente vansker",
    "Personalet i PPT har økt sin kompetanse på, og kan bidra i, sammensatte og relativt komplekse utfordringer.",
    "Alle tjenester samarbeiderkunnskapsbaserte, målrettet og systematisk, om oppfølging av barn og unge.",
  ],
  targetGroups: [
    "Barnehager",
    "Skoler",
    "Barnehage- og skoleeiernivå",
    "PPT",
    "Barnevern",
    "Helsestasjon",
    "Andre tverrfaglige tjenester som inngår i laget rundt barn og elever",
  ],
  // 4.0 Første fase – «Områder vi ønsker å undersøke er:»
  analysisAreas: [
    lines(
      "Gapanalyser på alle enheter knyttet til følgende spørsmål:",
      "• Hvordan kan vi sikre at vi har en god tilpasset opplæring for alle elever?",
      "• Hvordan kan vi skape en inkluderende praksis for alle elever i undervisningen, også de med spesialundervisning?",
      "• Hvordan jobber vi systematisk for å fremme inkludering på vår skole/barnehage for alle elever/barn?",
      "• Hvordan sørger vi for å stille tydelige, men realistiske forventninger til elever med spesialundervisning?",
      "• Hvordan jobber vi med å inkludere elever og foresatte i arbeider med å organisere spesial undervisningen?",
      "• Gjøres det en barnets beste-vurdering i sakkyndig vurdering og enkeltvedtak?",
      "• Hvor dokumenterer vi barn medvirkning i ordinær opplæring og spesialundervisning?",
      "• Hvordan organiseres og praktiseres intensiv opplæring hos oss?",
      "• Hvordan møter vi elever med stort læringspotensiale?",
    ),
    "Jobbe med “Uten mål og mening” rapport fra barneombudet – elevenes spesialtips til spesialundervisning, og økte barn og elevers medvirkning i egen hverdag.",
    "Jobbe med felles forståelse av begrepene i modellen i stortingsmelding 6 og ny opplæringslov kapittel 11.",
    "Vi ønsker å få etablert gode støttesystemer rundt hver enkelt barnehage/skole, slik at vi får jobbet med kapasistetsbygging, som innebærer felles kunnskapsbase for de som jobber i barnehager og skoler. Vi vi ha felles fag- og planleggingsdager, felles kompetanseutvikling, og felles satsningsområder. Her vil PPT og universitet Nord være viktige aktører og bidragsytere.",
    "Etablere jevnlige møte på den enkelte enhet, hvor PPT bidrar til drøfting av utvikling, kvalitet, inkludering og behov for støtte på enhets-, gruppe- og individnivå.",
    "Lære av andre kommuner som har vært piloter i kompetanseløftet, blant annet Sandnes kommune.",
    "Etablere støttesystemer/nettverk felles og på den enkelte enhet. PPT skal i større grad være en samarbeidspartner, direkte tilstede ved hver enhet.",
    "Sikre at tiltak som settes inn ved våre skoler og barnehager for å ivareta barna er kunnskaps-og forskningsbaserte, blant annet gjennom å innføre pedagogisk analyse som metode.",
  ],
  steeringGroup:
    "Kommunalsjef for Oppvekst er eier av kompetanseutviklingen og har etablert en styringsgruppe som sammen med henne jobber med å starte opp arbeidet. Denne gruppen består av kommunalsjef Oppvekst, rådgivere i oppvekst, leder for PPT og prosjektmedarbeider i Oppvekst. Skal flere fra plangruppa være med her?",
  steeringGroupTasks: [
    "Utarbeid beskrivelse og prosessplan.",
    "Ta strategiske beslutninger knyttet til fremdrift.",
    "Sette i gang analyser, undersøkelser, prosesser og tiltak.",
    "Etablere og delta I samarbeid med universitet Nord.",
    "Planlegge møter og gjennomføring fremover.",
    "Sørge for fremdrift og den røde tråden i arbeidet over tid.",
  ],
  phases: [
    {
      id: ANALYSE,
      name: "Analyse og planleggingsfasen",
      from: "2023-11",
      to: "2024-12",
      description:
        "Første fase av kompetanseutviklingen vil være en analyse og vurderingsfase for å finne ut hvordan det står til med en inkluderende praksis, tidlig innsats, barn og unges medvirkning og foreldresamarbeid i våre barnehager og skoler. Her vil Nord universitet være en samarbeidspartener for å finne metoder vi kan bruke for å finne ut av dette.",
    },
    {
      id: GJENNOMFORING,
      name: "Gjennomføringsfase",
      from: "2025-01",
      to: "2026-02",
      description: null,
    },
  ],
  progressPlan,
  // 6.1 Ressursbehov og finansiering (figures exactly as in the seed).
  resources: {
    year: 2024,
    rows: [
      { label: "Regional ordning", scheme: "REGIONAL", owner: 0, uh: 130_000, total: 130_000 },
      { label: "Desentralisert ordning", scheme: "DESENTRALISERT", owner: 0, uh: 130_000, total: 130_000 },
      { label: "Kompetanseløftet", scheme: "KOMPETANSELOFTET", owner: 0, uh: 260_000, total: 260_000 },
      { label: "Eier", scheme: null, owner: 150_000, uh: null, total: 150_000 },
    ],
    sum: { owner: 150_000, uh: 520_000, total: 670_000 },
    laterNeeds: [
      {
        label: "Høst 2025",
        period: { kind: "SEMESTER", semester: { term: "HOST", year: 2025 } },
        ownerAmount: null,
        ownerReason: "planleggingsfase",
        uhAmount: 520_000,
        uhReason:
          "Gjennomføring av endringsarbeid knyttet til bedre tilpasset opplæring, Planlegge tiltak for den enkelte enhet ut fra analysearbeidet",
      },
      {
        label: "2026",
        period: { kind: "YEAR", year: 2026 },
        ownerAmount: null,
        ownerReason: "gjennomførings fase",
        uhAmount: 520_000,
        uhReason: "Fullføre arbeidet med bedre tilpasset opplæring, og gjennomføre planlagte tiltak",
      },
    ],
    ownerLaterNeedTexts: [
      { label: "Høst 2025", text: "Bruker eksisterende møter" },
      { label: "2026", text: "Bruker eksisterende møter" },
    ],
  },
  localFunds:
    "I tillegg til midler for å ha UH med i arbeidet med kompetansehevingen i Oppvekst, vil det være behov for å sette inn lokale prosjektmidler for å kunne ha en prosjektmedarbeider med i arbeidet fremover.",
  // 6.3 Suksessfaktorer «(hentet fra statsforvalterens langsiktige plan for kompetanse)»
  successFactors: [
    "Kompetansebehov i barnehagene/skolene/SFO er analysert",
    "Eier har en plan for kompetanseutvikling i spesialpedagogikk og inkludering",
    "Barnehagen/Skolen/SFO har økt sin kompetanse på å avdekke barn/elever med særskilte behov",
    "Det er satt inn tiltak for å øke kompetansen i personalet på høyfrekvente vansker",
    "Det er definert hvordan strukturen i laget rundt barnet skal være og ansvarsforhold er avklart",
    "Samhandling mellom barnehage/skole og tverrfaglig samarbeid rundt er satt i system",
    "Støttesystem etablerers når enhetene trenger hjelp med større utfordringer",
    "Forebyggende plan er tydelig på ansvar",
    "Gode rutiner for barn og unges medvirkning i eget liv",
    "Det er gode rutiner for overganger – barnehage til skole, barnetrinn til ungdomstrinn og ungdomstrinn til videregående opplæring",
  ],
  references: [
    "https://www.regjeringen.no/no/dokumenter/meld.-st.-6-20192020/id2677025/?ch=1",
    "https://www.udir.no/lk20/overordnet-del/3.-prinsipper-for-skolens-praksis/3.5-profesjonsfellesskap-og-skoleutvikling/?lang=nob",
    "https://files.nettsteder.regjeringen.no/wpuploads01/blogs.dir/415/files/2021/05/En-skole-for-v%C3%A5r-tid.pdf",
    "https://www.regjeringen.no/no/dokumenter/barnehagen-for-en-ny-tid/id2959402/",
    "https://www.sandnes.kommune.no/globalassets/barnehageskole/kvalitetsplan-bhg-skole/kvalitetsplan-for-et-helhetlig-utdanningslop-i-sandnes-kommune.pdf",
    "https://www.udir.no/laring-og-trivsel/rammeplan-for-barnehagen/",
    "https://www.fn.no/om-fn/avtaler/menneskerettigheter/barnekonvensjonen",
    "https://prosjekt.statsforvalteren.no/nb/kompetanseutvikling-nordland/samarbeidsforum/langsiktig-plan-2023-2026/",
    "https://www.barneombudet.no/vart-arbeid/publikasjoner/uten-mal-og-mening-om-spesialundervisning-i-norsk-skole",
    "https://www.statped.no/sok-tjenester/analyse-inkluderende-praksis/",
  ],
  note: "Year 2024 INFERRED (plan written Nov 2023; progress plan Nov 2023 – Feb 2026). «5.3 Partnerskapsavtale – må legges inn» is still open in the seed. Footnote markers removed from the texts.",
};

/**
 * Seed 001, 6.4 «Roller og oppgaver – fra statsforvalterens langsiktige plan,
 * samarbeidsforum i Nordland» (verbatim, spelling as in the seed).
 */
export const nordlandRolesAndDuties: RoleDuty[] = [
  {
    role: "Styrer og rektor",
    duty: "Involverer personalet i barnehage og skole i kartlegging og analyse av kompetansebehov. Bidra til barnehage- og skolebasert kompetanseutvikling, der hele personalet involveres. Bidra til å legge til rette for å lede profesjonsfellesskap, lærende møter og følge opp forpliktende planer. I dialog med eier slik at behovet formidles til det regionale kompetansenettverket.",
  },
  {
    role: "Barnehage og skoleeier",
    duty: paras(
      "Sikre at personalet har riktig kompetanse ut fra lovkravet. Vurderer kompetansebehovet, og ha en langsiktig plan for rekruttering og kompetanseutvikling, og bringe behovene opp til det regionale kompetansenettverket. Samarbeide tett med UH for å analysere/vurdere behov, i planlegging, gjennomføring og evaluering av tiltak. Eier velger hvem de skal inngå partnerskap med, men det er sentralt at samarbeidet er gjensidig, langsiktig og målrettet, styrker sammenheng mellom teori og praksis, og gir læring for begge parter.",
      "Barnehage- og skoleeier bør gjøre seg kjent med hvordan tilskuddsordningen er organisert i sin region og i sitt fylke.",
    ),
  },
  {
    role: "Barnehagemyndighet",
    duty: "Oversikt over kompetansebehov i kommunale og private barnehager i sin kommune. Bidra med sin kunnskap om barnehagene i utviklingen av planer og prioritering av tiltak i det regionale kompetansenettverket.",
  },
  {
    role: "PPT (Pedagogisk- psykologiske tjeneste)",
    duty: "Er en aktiv samarbeidspartner og støttespiller for barnehager og skoler. Skal sikre at den spesialpedagogiske hjelpen er tett på barna som har behov for det. Er både målgruppe og bidragsyter i kompetansetiltak og systemarbeid knyttet spesielt mot Kompetanseløftet. Har sammen med barnehage- og skoleeier ansvar for planlegging, involvering og gjennomføring av kompetansetiltak. Skal vurdere kompetansebehov i samarbeid med barnehage- og skoleeiere. Skal også motta og utvikle egen kompetanse.",
  },
  {
    role: "Statped",
    duty: paras(
      "I kompetanseløftet leverer Statped tiltak gjennom UH.",
      "Statped har er drøftingspart og bidragsyter av tjenester på fagområdene de dekker på individnivå. Det er PPT som formelt søker bistand fra Statped.",
    ),
  },
  {
    role: "UH (Universitet og høgskole)",
    duty: paras(
      lines(
        "UH skal bidra i partnerskap med barnehage og skoleeier",
        "- vurdere kompetansebehov",
        "- definere mål",
        "- vurdere aktuelle tiltak",
        "- utvikling av langsiktige planer",
      ),
      "UH skal være med i utforming og gjennomføring og evaluering av tiltakene.",
      "UH skal ta med erfaringer fra praksisfeltet, og videreutvikle lærerutdanningene.",
    ),
  },
  {
    role: "Arbeidstaker organisasjoner",
    duty: lines(
      "Sikre medbestemmelse i organisasjonene.",
      "Være en aktiv part i prosessen, fra kartlegging og analyse via gjennomføring og evaluering.",
    ),
  },
  {
    role: "PBL (Private Barnehagers Landsforbund)",
    duty: "Bidra med innspill fra private barnehager i Nordland. Bidra med spredning av informasjon ut til private barnehager.",
  },
  {
    role: "KS (Kommunesektorens organisasjon)",
    duty: "Bidra med innspill fra kommunene i Nordland. Bidra med spredning av informasjon og kompetanse ut til barnehager og skoler. Bidra til at kunnskap og erfaringer fra kompetanseutviklingen og partnerskapet bringes tilbake til nasjonale myndigheter.",
  },
  {
    role: "Sametinget",
    duty: "Har kunnskap og kompetanse om samisk språk og kultur, og bidra til at samiske perspektiver ivaretas.",
  },
  {
    role: "Komeptansenettverk (RKK)",
    duty: paras(
      "Bidra til samarbeid og erfaringsdeling mellom barnehager og skoler, eiere og UH. Lokale behov skal være utgangspunkt for arbeidet i nettverkene, og behovene internt i nettverkene kan derfor være ulike.",
      "Hvert kompetansenettverk har en kontaktperson som representerer på vegne av kommunene i sitt nettverk. Denne vil være representant inn i fagutvalget.",
    ),
  },
  {
    role: "Fagutvalg (Fylkesnivå)",
    duty: paras(
      "Det er 3 fagutvalg i ordningen: Barnehage, skole og videregående. Fagutvalgene skal koordinere innsatsen mellom de ulike kompetansenettverkene og være bindeledd opp til samarbeidsforum.",
      "De skal sørge for at behovene i de enkelte kompetansenettverk blir kjent, drøftet med de andre kompetansenettverkene og andre aktører.",
      "Fagutvalget er underordnet samarbeidsforum",
    ),
  },
  {
    role: "Samarbeidsforum",
    duty: paras(
      "Det er et samarbeidsforum for tilskuddsordningen for lokal kompetanseutvikling, gjeldene for barnehage, skole og kompetanseløftet.",
      "Det er 12 representanter i samarbeidsforum Nordland",
      "Samarbeidsforum fatter endelig beslutning for hvordan midlene fordeles til kompetanseutviklingstiltak i Nordland, og vedtar langsiktig plan.",
    ),
  },
  {
    role: "Statsforvalteren",
    duty: "Forvalter tilskuddsordningen og sekretariat for samarbeidsforum. Forbereder saksdokumenter, sikrer informasjonsflyt i søknader og rapporteringer. Sikrer felles forståelse og medvirkning av aktører i samarbeidsforum.",
  },
  {
    role: "Udir",
    duty: "Norsk statlig direktorat med ansvar for barnehage, grunnskole og videregående opplæring.",
  },
];

export const meloyData = {
  organisation: meloyKommune,
  network: saltenNetwork,
  projectPlan: meloyProjectPlan,
  rolesAndDuties: nordlandRolesAndDuties,
} as const;
