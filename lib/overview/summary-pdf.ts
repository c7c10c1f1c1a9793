import "server-only";
import { db } from "@/lib/db";
import { formatPercent } from "@/lib/percent";
import { datesFor } from "@/lib/dates";
import { formatKroner } from "@/lib/money";
import type { CountySummary } from "@/lib/overview/summary";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { documentPdf } from "@/lib/document/pdf";
import { letterhead, senderOf } from "@/lib/document/letterhead";
import type { Cell, DocumentModel } from "@/lib/document/model";

const kr = (n: number | null | undefined) => (n === null || n === undefined ? "–" : formatKroner(n));
const num = (s: string): Cell => ({ text: s, numeric: true });

/** The county summary for the directorate as a document, from the county's Statsforvalter, in the reader's language. */
export async function summaryDocument(
  s: CountySummary,
  now = new Date(),
  locale: Locale = "nb",
): Promise<DocumentModel> {
  const translate = await translatorFor(locale);
  const t = (k: string, v?: Record<string, string | number>) => translate(k as "common.none", v);
  const f = (k: string, v?: Record<string, string | number>) => t(`pdf.summary.${k}`, v);
  const { formatDate, formatDateTime } = datesFor(locale);
  const scheme = (key: string) =>
    ["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"].includes(key) ? t(`schemes.${key}`) : key;
  const status = (key: string) =>
    ["NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED"].includes(key) ? t(`annualStatus.${key}`) : key;
  const row = (
    label: string,
    v: { frame: number; applied: number; recommended?: number; granted: number; used: number | null },
    recommended = true,
  ): Cell[] => [
    { text: label },
    num(kr(v.frame)),
    num(kr(v.applied)),
    ...(recommended ? [num(kr(v.recommended))] : []),
    num(kr(v.granted)),
    num(kr(v.used)),
  ];
  const p = s.participation;
  return {
    lang: locale,
    title: f("heading", { year: s.year, county: s.county.name }),
    letterhead: letterhead(t, {
      sender: await senderOf(db, s.county.id),
      recipient: { name: "Utdanningsdirektoratet", lines: [] },
      date: formatDate(now),
      archiveCase: null,
    }),
    meta: [{ key: "intro", label: f("about"), value: f("intro", { at: formatDateTime(now) }) }],
    pageLabel: (n, m) => t("letter.page", { n, m }),
    sections: [
      {
        id: "schemes",
        title: f("byScheme"),
        blocks: [
          {
            kind: "table",
            caption: f("byScheme"),
            head: [
              { text: f("scheme") },
              num(f("frame")),
              num(f("applied")),
              num(f("recommended")),
              num(f("granted")),
              num(f("used")),
            ],
            rows: s.schemes.map((x) => row(scheme(x.key), x.values)),
            foot: row(f("sum"), s.totals),
            rowHeaders: true,
          },
        ],
      },
      {
        id: "networks",
        title: f("networks", { count: s.networks.length }),
        blocks: [
          {
            kind: "table",
            caption: f("networks", { count: s.networks.length }),
            head: [{ text: f("network") }, num(f("frame")), num(f("applied")), num(f("granted")), num(f("used"))],
            rows: s.networks.map((n) => row(n.label, n.values, false)),
            rowHeaders: true,
          },
        ],
      },
      {
        id: "measures",
        title: f("measures", { count: s.measures.length }),
        blocks: [
          {
            kind: "table",
            caption: f("measures", { count: s.measures.length }),
            head: [
              { text: f("measure") },
              { text: f("networkOwner") },
              num(f("granted")),
              num(f("present")),
              { text: f("annualReport") },
            ],
            rows: s.measures.map((m) => [
              { text: m.measureName },
              { text: `${m.network.name} / ${m.leadOwner.name}` },
              num(kr(m.granted.total)),
              num(String(m.participation.totals.present)),
              { text: `${status(m.status)}${m.missing ? ` ${f("missing")}` : ""}` },
            ]),
            rowHeaders: true,
            empty: t("common.none"),
          },
        ],
      },
      {
        id: "uh",
        title: f("uhPartners"),
        blocks: [
          {
            kind: "table",
            caption: f("uhPartners"),
            head: [{ text: f("uhInstitution") }, num(f("uhGrant"))],
            rows: s.uhPartners.map((u) => [{ text: u.name }, num(kr(u.amount))]),
            rowHeaders: true,
            empty: t("common.none"),
          },
        ],
      },
      {
        id: "participation",
        title: f("participation"),
        blocks: [
          {
            kind: "fields",
            rows: [
              { label: f("gatherings"), value: String(p.gatherings) },
              { label: f("registered"), value: String(p.registered) },
              { label: f("present"), value: String(p.present) },
              { label: f("noShows"), value: `${p.noShows} (${formatPercent(p.noShowRate)})` },
              { label: f("walkIns"), value: String(p.walkIns) },
              { label: f("unitsReached"), value: String(p.unitsReached) },
              { label: f("peopleReached"), value: String(p.peopleReached) },
            ],
          },
        ],
      },
      {
        id: "coFinancing",
        title: f("coFinancing"),
        blocks: [
          {
            kind: "fields",
            rows: [
              { label: f("required"), value: kr(s.coFinancing.required) },
              { label: f("promised"), value: kr(s.coFinancing.promised) },
              { label: f("delivered"), value: kr(s.coFinancing.delivered) },
              {
                label: f("reportsDelivered"),
                value: f("outOf", { delivered: s.annualReports.delivered, expected: s.annualReports.expected }),
              },
            ],
          },
        ],
      },
    ],
  };
}

export const summaryPdf = async (s: CountySummary, now = new Date(), locale: Locale = "nb") =>
  documentPdf(await summaryDocument(s, now, locale));
