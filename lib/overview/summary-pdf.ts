import "server-only";
import { clean, pdfWriter, kr } from "@/lib/pdf";
import { formatPercent } from "@/lib/percent";
import { SCHEME_LABEL } from "@/lib/needs-reports/labels";
import { formatDateTime } from "@/lib/dates";
import type { CountySummary } from "@/lib/overview/summary";

const pct = (x: number | null) => clean(formatPercent(x));
const STATUS: Record<string, string> = { NOT_STARTED: "Ikke påbegynt", DRAFT: "Utkast", SUBMITTED: "Sendt inn", RETURNED: "Returnert", APPROVED: "Godkjent" };

/** The county summary as a PDF for the directorate. */
export async function summaryPdf(s: CountySummary, now = new Date()): Promise<Buffer> {
  const w = pdfWriter({ title: `Oppsummering ${s.year} – ${s.county.name}` });
  w.h1(`Oppsummering ${s.year}: ${s.county.name}`);
  w.p(`Tilskudd til lokal kompetanseutvikling – rapport fra Statsforvalteren til Utdanningsdirektoratet. Laget ${formatDateTime(now)} fra registreringene i Kompetanseportalen.`);
  w.h2("Midler per ordning");
  w.table(
    ["Ordning", "Ramme", "Søkt", "Innstilt", "Innvilget", "Brukt"],
    [...s.schemes.map((x) => [SCHEME_LABEL[x.key as keyof typeof SCHEME_LABEL] ?? x.key, kr(x.values.frame), kr(x.values.applied), kr(x.values.recommended), kr(x.values.granted), kr(x.values.used)]), ["Sum", kr(s.totals.frame), kr(s.totals.applied), kr(s.totals.recommended), kr(s.totals.granted), kr(s.totals.used)]],
    [145, 70, 70, 70, 70, 70],
    { boldLast: true },
  );
  w.h2(`Nettverk (${s.networks.length})`);
  w.table(["Nettverk", "Ramme", "Søkt", "Innvilget", "Brukt"], s.networks.map((n) => [n.label, kr(n.values.frame), kr(n.values.applied), kr(n.values.granted), kr(n.values.used)]), [175, 80, 80, 80, 80]);
  w.h2(`Tiltak med tilskudd (${s.measures.length})`);
  w.table(
    ["Tiltak", "Nettverk / eier", "Innvilget", "Møtt", "Årsrapport"],
    s.measures.map((m) => [m.measureName, `${m.network.name} / ${m.leadOwner.name}`, kr(m.granted.total), String(m.participation.totals.present), `${STATUS[m.status] ?? m.status}${m.missing ? " (mangler)" : ""}`]),
    [165, 130, 70, 50, 80],
  );
  w.h2("UH-partnere");
  w.table(["UH-institusjon", "Tilskudd til UH"], s.uhPartners.length ? s.uhPartners.map((u) => [u.name, kr(u.amount)]) : [["Ingen", "–"]], [345, 150]);
  w.h2("Deltakelse på samlinger");
  w.kv("Samlinger holdt", String(s.participation.gatherings));
  w.kv("Påmeldt", String(s.participation.registered));
  w.kv("Møtt", String(s.participation.present));
  w.kv("Ikke møtt", `${s.participation.noShows} (${pct(s.participation.noShowRate)})`);
  w.kv("Uten påmelding", String(s.participation.walkIns));
  w.kv("Enheter nådd", String(s.participation.unitsReached));
  w.kv("Personer nådd", String(s.participation.peopleReached));
  w.h2("Egenandel (desentralisert ordning)");
  w.kv("Krav (30 % av tilskuddet)", kr(s.coFinancing.required));
  w.kv("Lovet i årsrapportene", kr(s.coFinancing.promised));
  w.kv("Levert i årsrapportene", kr(s.coFinancing.delivered));
  w.kv("Årsrapporter levert", `${s.annualReports.delivered} av ${s.annualReports.expected}`);
  return w.end();
}
