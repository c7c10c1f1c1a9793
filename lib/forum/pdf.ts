import "server-only";
import { db } from "@/lib/db";
import type { MeetingView } from "@/lib/forum/queries";
import { datesFor } from "@/lib/dates";
import { formatKroner, sum } from "@/lib/money";
import { caseNumber } from "@/lib/forum/labels";
import { proposalText } from "@/lib/forum/proposal";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { documentPdf } from "@/lib/document/pdf";
import { letterhead, senderOf } from "@/lib/document/letterhead";
import type { Block, DocumentModel, Section } from "@/lib/document/model";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Case = MeetingView["cases"][number];

/**
 * What both meeting documents share: the Statsforvalter (the forum's
 * secretariat) as sender with its address, the forum as recipient, the
 * meeting's date and the archive's case number, the time and place — in the
 * reader's language, on the portal's one document layout (lib/document).
 */
async function meetingFrame(m: MeetingView, locale: Locale, kind: "agenda" | "minutes") {
  const translate = await translatorFor(locale);
  const t: Translate = (k, v) => translate(k as "common.notGiven", v);
  const { formatDate, formatTime, formatClock } = datesFor(locale);
  const f = (k: string, v?: Record<string, string | number>) => t(`pdf.forum.${k}`, v);
  const time = `${formatTime(m.startsAt)}${m.endsAt ? `–${formatTime(m.endsAt)}` : ""}`;
  const place = m.digital
    ? `${t("forum.digital")}${m.meetingUrl ? ` (${m.meetingUrl})` : ""}${m.place ? `, ${m.place}` : ""}`
    : (m.place ?? t("forum.noPlace"));
  const head = letterhead(t, {
    sender: await senderOf(db, m.forum.countyId),
    recipient: { name: m.forum.name, lines: [] },
    date: formatDate(m.startsAt),
    archiveCase: m.archiveCaseNumber,
  });
  const base: Omit<DocumentModel, "sections"> = {
    lang: locale,
    title: f(`${kind}Heading`, { title: m.title }),
    letterhead: head,
    meta: [
      { key: "forum", label: f("forum"), value: m.forum.name },
      { key: "time", label: f("time"), value: f("when", { date: formatDate(m.startsAt), time }) },
      { key: "place", label: f("place"), value: place },
    ],
    pageLabel: (n, total) => t("letter.page", { n, m: total }),
  };
  const caseTitle = (c: { year: number; number: number; title: string }) =>
    t("common.caseTitle", { number: caseNumber(c), title: c.title });
  const proposal = (c: Case) =>
    proposalText(
      c.proposal,
      c.recommendations.map((r) => ({ network: r.network.name, amount: r.amount })),
      t,
    ) ?? f("noProposal");
  /** "09.00", "11.30–12.30" */
  const slot = (a: { startTime: string; endTime: string | null }) =>
    a.endTime ? `${formatClock(a.startTime)}–${formatClock(a.endTime)}` : formatClock(a.startTime);
  return { t, f, base, caseTitle, proposal, slot, formatDate };
}

const kindOf = (t: Translate, kind: Case["kind"]) => t(`forum.kinds.${kind}`);
const text = (s: string): Block => ({ kind: "text", text: s });

/** Saksliste: the agenda with times, then each case with its kind, text, proposal for decision and attachments — in the reader's language. */
export async function agendaDocument(m: MeetingView, locale: Locale = "nb"): Promise<DocumentModel> {
  const { t, f, base, caseTitle, proposal, slot } = await meetingFrame(m, locale, "agenda");
  const sections: Section[] = [
    {
      id: "agenda",
      title: f("agenda"),
      blocks: [
        {
          kind: "table",
          caption: f("agenda"),
          head: [{ text: f("time") }, { text: f("topic") }],
          rows: m.agendaItems.map((a) => [
            { text: slot(a) },
            { text: a.case ? `${caseTitle(a.case)} (${kindOf(t, a.case.kind)})` : a.title },
          ]),
        },
      ],
    },
    ...m.cases.map((c) => ({
      id: `case-${c.id}`,
      title: caseTitle(c),
      blocks: [
        {
          kind: "fields" as const,
          rows: [
            { label: t("forum.caseKind"), value: kindOf(t, c.kind) },
            ...(c.attachments.length
              ? [{ label: t("forum.attachments"), value: c.attachments.map((a) => a.filename).join(", ") }]
              : []),
          ],
        },
        ...(c.text ? [text(c.text)] : []),
        { kind: "subheading" as const, text: t("forum.proposal") },
        text(proposal(c)),
      ],
    })),
  ];
  return { ...base, title: f("agendaHeading", { title: m.title }), sections };
}

/** Protokoll: who was there (the secretariat without a vote), each case with its proposal, the decision as made, conflicts of interest and recommendations, and its approval — in the reader's language. */
export async function minutesDocument(m: MeetingView, locale: Locale = "nb"): Promise<DocumentModel> {
  const { t, f, base, caseTitle, proposal, formatDate } = await meetingFrame(m, locale, "minutes");
  const line = (x: MeetingView["members"][number]) => `${x.person.name} (${x.represents})`;
  const voting = m.members.filter((x) => x.voting);
  const secretariat = m.members.filter((x) => !x.voting);
  const absent = voting.filter((x) => x.present === false);
  const present: Block[] = [
    text(
      voting
        .filter((x) => x.present === true)
        .map(line)
        .join("\n") || f("notRecorded"),
    ),
  ];
  if (absent.length) present.push({ kind: "subheading", text: f("absent") }, text(absent.map(line).join("\n")));
  if (secretariat.length)
    present.push({ kind: "subheading", text: f("secretariat") }, text(secretariat.map(line).join("\n")));
  const approved = m.status === "MINUTES_APPROVED";
  const sections: Section[] = [
    { id: "present", title: f("present"), blocks: present },
    ...m.cases.map((c) => {
      const blocks: Block[] = [{ kind: "fields", rows: [{ label: t("forum.caseKind"), value: kindOf(t, c.kind) }] }];
      if (c.conflicts.length)
        blocks.push(
          text(
            c.conflicts
              .map((x) =>
                x.reason
                  ? f("conflictWithReason", { name: x.person.name, reason: x.reason })
                  : f("conflict", { name: x.person.name }),
              )
              .join("\n"),
          ),
        );
      blocks.push(
        { kind: "subheading", text: t("forum.proposal") },
        text(proposal(c)),
        { kind: "subheading", text: t("forum.decision") },
        text(c.decision ?? f("notDecided")),
      );
      if (c.recommendations.length) {
        blocks.push({
          kind: "table",
          caption: f("recommendations"),
          captionVisible: true,
          head: [
            { text: f("network") },
            { text: f("frame"), numeric: true },
            { text: f("recommendation"), numeric: true },
            { text: f("reason") },
          ],
          rows: c.recommendations.map((r) => [
            { text: r.network.name },
            { text: r.frame === null ? "–" : formatKroner(r.frame), numeric: true },
            { text: formatKroner(r.amount), numeric: true },
            { text: r.reason ?? "" },
          ]),
          foot: [
            { text: f("sum") },
            { text: formatKroner(sum(c.recommendations.map((r) => r.frame ?? 0))), numeric: true },
            { text: formatKroner(sum(c.recommendations.map((r) => r.amount))), numeric: true },
            { text: "" },
          ],
          rowHeaders: true,
        });
      }
      return { id: `case-${c.id}`, title: caseTitle(c), blocks };
    }),
    {
      id: "approval",
      title: f("approval"),
      blocks: [
        text(
          approved && m.minutesApprovedAt
            ? f("approvedOn", { date: formatDate(m.minutesApprovedAt) })
            : f("notApproved"),
        ),
        ...(m.approvals.length
          ? [
              text(
                m.approvals
                  .map((a) => t("forum.approvedBy", { name: a.person.name, date: formatDate(a.approvedAt) }))
                  .join("\n"),
              ),
            ]
          : []),
      ],
    },
  ];
  return {
    ...base,
    title: f("minutesHeading", { title: m.title }),
    meta: [...base.meta, { key: "status", label: t("forum.status"), value: t(`forum.statuses.${m.status}`) }],
    sections,
  };
}

export const agendaPdf = async (m: MeetingView, locale: Locale = "nb") => documentPdf(await agendaDocument(m, locale));
export const minutesPdf = async (m: MeetingView, locale: Locale = "nb") =>
  documentPdf(await minutesDocument(m, locale));
