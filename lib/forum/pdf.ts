import "server-only";
import type { MeetingView } from "@/lib/forum/queries";
import { datesFor } from "@/lib/dates";
import { kr, pdfWriter } from "@/lib/pdf";
import { caseNumber } from "@/lib/forum/labels";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";

type Translator = Awaited<ReturnType<typeof translatorFor>>;

/** What both meeting documents share: the writer, the translator and the meeting's time and place in the reader's language. */
async function meetingDocument(m: MeetingView, locale: Locale, kind: "agenda" | "minutes") {
  const t = await translatorFor(locale);
  const { formatDate, formatTime, formatClock } = datesFor(locale);
  const f = (k: string, v?: Record<string, string | number>) => t(`pdf.forum.${k}` as "pdf.forum.forum", v);
  const w = pdfWriter({ title: f(`${kind}Title`, { date: formatDate(m.startsAt), forum: m.forum.name }), notGiven: t("common.notGiven") });
  const time = `${formatTime(m.startsAt)}${m.endsAt ? `–${formatTime(m.endsAt)}` : ""}`;
  const place = m.digital ? `${t("forum.digital")}${m.meetingUrl ? ` (${m.meetingUrl})` : ""}${m.place ? `, ${m.place}` : ""}` : (m.place ?? t("forum.noPlace"));
  w.h1(f(`${kind}Heading`, { title: m.title }));
  w.kv(f("forum"), m.forum.name);
  w.kv(f("time"), f("when", { date: formatDate(m.startsAt), time }));
  w.kv(f("place"), place);
  /** "09.00", "11.30–12.30" */
  const slot = (a: { startTime: string; endTime: string | null }) => (a.endTime ? `${formatClock(a.startTime)}–${formatClock(a.endTime)}` : formatClock(a.startTime));
  return { t, f, w, slot, caseTitle: (c: { year: number; number: number; title: string }) => t("common.caseTitle", { number: caseNumber(c), title: c.title }) };
}

const kindOf = (t: Translator, kind: MeetingView["cases"][number]["kind"]) => t(`forum.kinds.${kind}`);

/** Saksliste: the agenda with times, then each case with its kind, text, proposal for decision and attachments — in the reader's language. */
export async function agendaPdf(m: MeetingView, locale: Locale = "nb"): Promise<Buffer> {
  const { t, f, w, slot, caseTitle } = await meetingDocument(m, locale, "agenda");
  w.h2(f("agenda"));
  w.table([f("time"), f("topic")], m.agendaItems.map((a) => [slot(a), a.case ? `${caseTitle(a.case)} (${kindOf(t, a.case.kind)})` : a.title]), [90, w.width - 90], { align: ["left", "left"] });
  for (const c of m.cases) {
    w.h2(caseTitle(c));
    w.kv(t("forum.caseKind"), kindOf(t, c.kind));
    if (c.text) w.p(c.text);
    if (c.attachments.length) w.kv(t("forum.attachments"), c.attachments.map((a) => a.filename).join(", "));
    w.h3(t("forum.proposal"));
    w.p(c.proposal, f("noProposal"));
  }
  return w.end();
}

/** Protokoll: who was there (the secretariat without a vote), each case with its proposal, the decision as made, conflicts of interest and recommendations — in the reader's language. */
export async function minutesPdf(m: MeetingView, locale: Locale = "nb"): Promise<Buffer> {
  const { t, f, w, caseTitle } = await meetingDocument(m, locale, "minutes");
  const line = (x: MeetingView["members"][number]) => `${x.person.name} (${x.represents})`;
  const voting = m.members.filter((x) => x.voting);
  const secretariat = m.members.filter((x) => !x.voting);
  w.h2(f("present"));
  w.p(voting.filter((x) => x.present === true).map(line).join("\n"), f("notRecorded"));
  const absent = voting.filter((x) => x.present === false);
  if (absent.length) {
    w.h3(f("absent"));
    w.p(absent.map(line).join("\n"));
  }
  if (secretariat.length) {
    w.h3(f("secretariat"));
    w.p(secretariat.map(line).join("\n"));
  }
  for (const c of m.cases) {
    w.h2(caseTitle(c));
    w.kv(t("forum.caseKind"), kindOf(t, c.kind));
    if (c.conflicts.length) {
      w.p(c.conflicts.map((x) => (x.reason ? f("conflictWithReason", { name: x.person.name, reason: x.reason }) : f("conflict", { name: x.person.name }))).join("\n"));
    }
    w.h3(t("forum.proposal"));
    w.p(c.proposal, f("noProposal"));
    w.h3(t("forum.decision"));
    w.p(c.decision, f("notDecided"));
    if (c.recommendations.length) {
      w.h3(f("recommendations"));
      const total = c.recommendations.reduce((a, r) => a + r.amount, 0);
      w.table(
        [f("network"), f("frame"), f("recommendation"), f("reason")],
        [...c.recommendations.map((r) => [r.network.name, kr(r.frame), kr(r.amount), r.reason ?? ""]), [f("sum"), kr(c.recommendations.reduce((a, r) => a + (r.frame ?? 0), 0)), kr(total), ""]],
        [w.width * 0.32, w.width * 0.17, w.width * 0.17, w.width * 0.34],
        { boldLast: true, align: ["left", "right", "right", "left"] },
      );
    }
  }
  w.h2(f("approval"));
  w.p(m.status === "MINUTES_APPROVED" ? f("approved") : f("notApproved"));
  return w.end();
}
