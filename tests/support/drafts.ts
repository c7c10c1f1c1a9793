import { emptyDraft, emptyMeasure, type NeedsReportDraft } from "@/lib/needs-reports/schema";

/** A complete draft with the figures of the Lofoten report (seed 004), for a round in `year`. */
export function lofotenDraft(year: number, uhInstitutionId: string | null, uhUnitIds: string[] = []): NeedsReportDraft {
  const d = emptyDraft();
  d.schemes = ["DESENTRALISERT"];
  d.uhInstitutionId = uhInstitutionId;
  d.uhUnitIds = uhUnitIds;
  d.contacts.owner = {
    name: "Kari Nordvik",
    role: "Skoleeier",
    phone: "400 00 001",
    email: "kari.nordvik@example.test",
    accountNumber: "1234.56.78903",
    orgNumber: "938 644 500",
    paymentMarking: "merkes DEKOM",
  };
  d.contacts.uh = {
    name: "Anders Bakkevik",
    role: "Ansvarlig for kurs",
    phone: "+47 400 00 002",
    email: "anders@example.test",
    accountNumber: "12345678903",
    orgNumber: "974767880",
    paymentMarking: "bidrag DEKOM RKK Lofoten",
  };
  d.multipleOwners = true;
  d.multipleUh = false;
  d.multipleSchemes = false;
  const m = emptyMeasure("DESENTRALISERT");
  Object.assign(m, {
    name: "Regionalt samarbeid i Lofoten med NTNU",
    ownerAmount: 700_000,
    uhAmount: 880_000,
    purposes: ["CARRY_OUT"],
    anchoringText: "Forankret i lokalt definerte behov.",
    collectiveText: "Regionalt samarbeid og læring på tvers.",
    teacherEducationText: "Sentrene er en del av lærerutdanningen.",
    longTermPlanPoints: "1.6, 7.1.1–7.1.3",
    ownerLines: [50_000, 150_000, 200_000, 200_000, 100_000].map((amount, i) => ({
      title: `Eierpost ${i + 1}`,
      description: "",
      amount,
    })),
    uhLines: [30_000, 140_000, 250_000, 360_000, 100_000].map((amount, i) => ({
      title: `UH-post ${i + 1}`,
      description: "",
      amount,
    })),
    coordinatorNeeded: true,
    coordinatorText: "Bistå Lofotkommunene med koordinering.",
    semesters: [
      { term: "VAR", year },
      { term: "HOST", year },
      { term: "VAR", year: year + 1 },
    ],
    laterNeeds: [
      {
        term: "HOST",
        year: year + 1,
        ownerAmount: 700_000,
        ownerReason: "Langsiktighet",
        uhAmount: 900_000,
        uhReason: "Endring tar tid",
      },
    ],
    targetGroup: "Skoleeiere, skoleledere, pedagogisk personale, PPT.",
  } satisfies Partial<typeof m>);
  d.measures = [m];
  d.partners = [{ name: "Vestvågøy kommune", contactPerson: "Navn Navnesen", kind: "OWNER" }];
  d.codetermination = { discussed: true, participants: [{ role: "UDF", name: "Per Hansen" }], remark: "" };
  d.units = { kommunaleBarnehager: null, privateBarnehager: null, offentligeSkoler: 19, privateSkoler: 2, ppt: 2 };
  return d;
}
