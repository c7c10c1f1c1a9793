import "server-only";
import { clean, pdfWriter, kr } from "@/lib/pdf";
import { formatPercent } from "@/lib/percent";
import { datesFor } from "@/lib/dates";
import type { CountySummary } from "@/lib/overview/summary";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";

const pct = (x: number | null) => clean(formatPercent(x));

/** The county summary as a PDF for the directorate, in the reader's language. */
export async function summaryPdf(s: CountySummary, now = new Date(), locale: Locale = "nb"): Promise<Buffer> {
  const t = await translatorFor(locale);
  const f = (k: string, v?: Record<string, string | number>) => t(`pdf.summary.${k}` as "pdf.summary.sum", v);
  const scheme = (key: string) => (["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"].includes(key) ? t(`schemes.${key as "REGIONAL"}`) : key);
  const status = (key: string) => (["NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED"].includes(key) ? t(`annualStatus.${key as "DRAFT"}`) : key);
  const w = pdfWriter({ title: f("title", { year: s.year, county: s.county.name }), notGiven: t("common.notGiven") });
  w.h1(f("heading", { year: s.year, county: s.county.name }));
  w.p(f("intro", { at: datesFor(locale).formatDateTime(now) }));
  w.h2(f("byScheme"));
  w.table(
    [f("scheme"), f("frame"), f("applied"), f("recommended"), f("granted"), f("used")],
    [...s.schemes.map((x) => [scheme(x.key), kr(x.values.frame), kr(x.values.applied), kr(x.values.recommended), kr(x.values.granted), kr(x.values.used)]), [f("sum"), kr(s.totals.frame), kr(s.totals.applied), kr(s.totals.recommended), kr(s.totals.granted), kr(s.totals.used)]],
    [145, 70, 70, 70, 70, 70],
    { boldLast: true },
  );
  w.h2(f("networks", { count: s.networks.length }));
  w.table([f("network"), f("frame"), f("applied"), f("granted"), f("used")], s.networks.map((n) => [n.label, kr(n.values.frame), kr(n.values.applied), kr(n.values.granted), kr(n.values.used)]), [175, 80, 80, 80, 80]);
  w.h2(f("measures", { count: s.measures.length }));
  w.table(
    [f("measure"), f("networkOwner"), f("granted"), f("present"), f("annualReport")],
    s.measures.map((m) => [m.measureName, `${m.network.name} / ${m.leadOwner.name}`, kr(m.granted.total), String(m.participation.totals.present), `${status(m.status)}${m.missing ? ` ${f("missing")}` : ""}`]),
    [165, 130, 70, 50, 80],
  );
  w.h2(f("uhPartners"));
  w.table([f("uhInstitution"), f("uhGrant")], s.uhPartners.length ? s.uhPartners.map((u) => [u.name, kr(u.amount)]) : [[t("common.none"), "–"]], [345, 150]);
  w.h2(f("participation"));
  w.kv(f("gatherings"), String(s.participation.gatherings));
  w.kv(f("registered"), String(s.participation.registered));
  w.kv(f("present"), String(s.participation.present));
  w.kv(f("noShows"), `${s.participation.noShows} (${pct(s.participation.noShowRate)})`);
  w.kv(f("walkIns"), String(s.participation.walkIns));
  w.kv(f("unitsReached"), String(s.participation.unitsReached));
  w.kv(f("peopleReached"), String(s.participation.peopleReached));
  w.h2(f("coFinancing"));
  w.kv(f("required"), kr(s.coFinancing.required));
  w.kv(f("promised"), kr(s.coFinancing.promised));
  w.kv(f("delivered"), kr(s.coFinancing.delivered));
  w.kv(f("reportsDelivered"), f("outOf", { delivered: s.annualReports.delivered, expected: s.annualReports.expected }));
  return w.end();
}
