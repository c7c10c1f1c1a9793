import "server-only";
import type { NeedsReportView } from "@/lib/needs-reports/queries";
import { SCHEMES } from "@/lib/needs-reports/totals";
import { PURPOSE_LABEL, SCHEME_LABEL, STATUS_LABEL } from "@/lib/needs-reports/labels";
import { formatDateTime } from "@/lib/dates";
import { compareSemesters, semesterLabel } from "@/lib/semesters";
import { formatAccountNumber, formatOrgNumber } from "@/lib/norwegian-ids";
import { clean, kr, pdfWriter } from "@/lib/pdf";

const yn = (v: boolean | null) => (v === null ? "Ikke oppgitt" : v ? "Ja" : "Nei");

/** The needs report as a PDF that mirrors the official form: same parts, same tables, figures as "1 580 000 kr". */
export async function needsReportPdf(r: NeedsReportView, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { doc, width, h1, h2, h3, p, kv, table, end } = pdfWriter({ title: `Behovsmelding ${r.round.year} – ${r.network.name}`, compress: options.compress });

  h1(`Behovsmelding ${r.round.year} – lokal kompetanseutvikling i barnehage og grunnopplæring`);
  doc.font("Helvetica").fontSize(10).text(clean(`${r.network.name} · Status: ${STATUS_LABEL[r.status]}${r.submittedAt ? ` · Sendt inn ${formatDateTime(r.submittedAt)} (versjon ${r.submittedVersion})` : ""}`));

  h2("1. Behovsmeldingen gjelder");
  p(SCHEMES.map((s) => `${r.schemes.includes(s) ? "[X]" : "[ ]"} ${SCHEME_LABEL[s]}`).join("    "));

  h2("2. Eiere og kompetansenettverk");
  kv("Hovedeier", r.leadOwner.name);
  kv("Andre eiere", r.owners.map((o) => o.organisation.name).join(", ") || "Ingen");
  kv("Kompetansenettverk", r.network.name);

  h2("3. Universitet/høgskole");
  p([r.uhInstitution?.name, r.uhUnits.map((u) => u.organisation.name).join(" og ")].filter(Boolean).join(", "));

  h2("4. Kontaktpersoner");
  const owner = r.contacts.find((c) => c.side === "OWNER");
  const uh = r.contacts.find((c) => c.side === "UH");
  table(
    ["", "Eier", "UH"],
    [
      ["Navn", owner?.name ?? "–", uh?.name ?? "–"],
      ["Funksjon", owner?.role ?? "–", uh?.role ?? "–"],
      ["Telefon", owner?.phone ?? "–", uh?.phone ?? "–"],
      ["E-post", owner?.email ?? "–", uh?.email ?? "–"],
      ["Kontonr", owner?.accountNumber ? formatAccountNumber(owner.accountNumber) : "–", uh?.accountNumber ? formatAccountNumber(uh.accountNumber) : "–"],
      ["Org. nr", owner?.orgNumber ? formatOrgNumber(owner.orgNumber) : "–", uh?.orgNumber ? formatOrgNumber(uh.orgNumber) : "–"],
      ["Merkes", owner?.paymentMarking ?? "–", uh?.paymentMarking ?? "–"],
    ],
    [90, width / 2 - 45, width / 2 - 45],
  );

  h2("5. Om partnerskapet");
  kv("Består partnerskapet av flere eiere?", yn(r.multipleOwners));
  kv("Består partnerskapet av flere UH?", yn(r.multipleUh));
  kv("Leverer partnerskapet behovsmelding i flere ordninger?", yn(r.multipleSchemes));
  kv("Totalt antall tiltak det er behov for tilskudd til", String(r.measures.length));

  h2(`6. Total sum det meldes behov for ${r.round.year}`);
  table(
    ["Ordning", "Eier", "UH", "Totalt"],
    [
      ...SCHEMES.map((s) => [SCHEME_LABEL[s], kr(r.totals.byScheme[s].owner), kr(r.totals.byScheme[s].uh), kr(r.totals.byScheme[s].total)]),
      ["Sum", kr(r.totals.total.owner), kr(r.totals.total.uh), kr(r.totals.total.total)],
    ],
    [width - 3 * 100, 100, 100, 100],
    { boldLast: true },
  );

  for (const m of r.measures) {
    h2(`Tiltak ${m.position}: ${m.name}`);
    table(["Tilskuddet fordeles", "Eier", "UH", "Sum totalt"], [[SCHEME_LABEL[m.scheme], kr(m.ownerAmount), kr(m.uhAmount), kr(m.ownerAmount + m.uhAmount)]], [width - 300, 100, 100, 100]);
    kv("Hva skal tilskuddet brukes til?", m.purposes.map((x) => PURPOSE_LABEL[x]).join(", ") || "Ikke oppgitt");
    h3("Forankring i den enkelte barnehage og skole, med ansatte, ledere og UH");
    p(m.anchoringText);
    h3("Kollektive prosesser for profesjonsutvikling");
    p(m.collectiveText);
    h3("Hvordan samarbeidet styrker lærerutdanningen");
    p(m.teacherEducationText);
    h3("Forankring i langsiktig plan");
    if (m.longTermPlanPoints) p(`Punkter: ${m.longTermPlanPoints}`);
    p(m.longTermPlanText);
    for (const [side, title, total] of [
      ["OWNER", "Eiers tilskudd skal brukes på følgende måte", m.ownerAmount],
      ["UH", "UH sitt tilskudd skal brukes på følgende måte", m.uhAmount],
    ] as const) {
      h3(title);
      const lines = m.budgetLines.filter((l) => l.side === side);
      table(["Post", "Beløp"], [...lines.map((l) => [l.description ? `${l.title}\n${l.description}` : l.title, kr(l.amount)]), ["Sum", kr(total)]], [width - 110, 110], { boldLast: true });
    }
    h3("Koordinator");
    kv("Behov for å bruke midler til koordinator", yn(m.coordinatorNeeded));
    if (m.coordinatorText) p(m.coordinatorText);
    if (m.coordinatorAmount !== null) kv("Beløp til koordinator", kr(m.coordinatorAmount));
    h3("Tiltakets varighet");
    p([...m.semesters].sort(compareSemesters).map(semesterLabel).join(", "));
    if (m.laterNeeds.length) {
      h3("Behov i senere perioder");
      table(
        ["Periode", "Eier", "Begrunnelse", "UH", "Begrunnelse"],
        m.laterNeeds.map((n) => [n.term ? semesterLabel({ term: n.term, year: n.year }) : String(n.year), kr(n.ownerAmount), n.ownerReason ?? "–", kr(n.uhAmount), n.uhReason ?? "–"]),
        [60, 75, (width - 210) / 2, 75, (width - 210) / 2],
      );
    }
    h3("Målgruppe");
    p(m.targetGroup);
  }

  h2("Andre eiere og UH i partnerskapet");
  table(["Navn på eier/UH", "Kontaktperson", "Eier/UH"], r.partners.map((x) => [x.name, x.contactPerson ?? "–", x.kind === "OWNER" ? "Eier" : "UH"]), [width / 2, width / 3, width / 6]);

  h2("Medbestemmelse");
  kv("Behovsmeldingen har vært drøftet i medbestemmelse", yn(r.codeterminationDiscussed));
  if (r.codetermination.length) table(["Rolle", "Navn"], r.codetermination.map((c) => [c.role, c.name]), [width / 2, width / 2]);
  if (r.codeterminationRemark) p(r.codeterminationRemark);

  h2("Enheter som er inkludert i behovsmeldingen");
  table(
    ["Kommunale barnehager", "Private barnehager", "Offentlige skoler", "Private skoler", "PP-tjenester"],
    [[r.unitsKommunaleBarnehager, r.unitsPrivateBarnehager, r.unitsOffentligeSkoler, r.unitsPrivateSkoler, r.unitsPpt].map((n) => (n === null ? "–" : String(n)))],
    Array(5).fill(width / 5),
  );

  return end();
}
