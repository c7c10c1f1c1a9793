import "server-only";
import type { MeetingView } from "@/lib/forum/queries";
import { formatClock, formatDate, formatTime } from "@/lib/dates";
import { kr, pdfWriter } from "@/lib/pdf";
import { CASE_KIND_LABEL, caseNumber } from "@/lib/forum/labels";

const where = (m: MeetingView) => (m.digital ? `Digitalt møte${m.meetingUrl ? ` (${m.meetingUrl})` : ""}${m.place ? `, ${m.place}` : ""}` : (m.place ?? "Sted ikke oppgitt"));
const when = (m: MeetingView) => `${formatDate(m.startsAt)} kl. ${formatTime(m.startsAt)}${m.endsAt ? `–${formatTime(m.endsAt)}` : ""}`;

/** "09.00", "11.30–12.30" */
const slot = (a: { startTime: string; endTime: string | null }) => (a.endTime ? `${formatClock(a.startTime)}–${formatClock(a.endTime)}` : formatClock(a.startTime));
const agendaTitle = (a: MeetingView["agendaItems"][number]) => (a.case ? `Sak ${caseNumber(a.case)} ${a.case.title} (${CASE_KIND_LABEL[a.case.kind]})` : a.title);

/** Saksliste: the agenda with times, then each case with its kind, text, proposal for decision and attachments. */
export async function agendaPdf(m: MeetingView): Promise<Buffer> {
  const { width, h1, h2, h3, p, kv, table, end } = pdfWriter({ title: `Saksliste ${formatDate(m.startsAt)} – ${m.forum.name}` });
  h1(`Saksliste – ${m.title}`);
  kv("Forum", m.forum.name);
  kv("Tid", when(m));
  kv("Sted", where(m));
  h2("Saksliste");
  table(["Tid", "Tema"], m.agendaItems.map((a) => [slot(a), agendaTitle(a)]), [90, width - 90], { align: ["left", "left"] });
  for (const c of m.cases) {
    h2(`Sak ${caseNumber(c)} ${c.title}`);
    kv("Type sak", CASE_KIND_LABEL[c.kind]);
    if (c.text) p(c.text);
    if (c.attachments.length) kv("Vedlegg", c.attachments.map((a) => a.filename).join(", "));
    h3("Forslag til vedtak");
    p(c.proposal, "Ingen forslag til vedtak");
  }
  return end();
}

/** Protokoll: who was there (the secretariat without a vote), each case with its proposal, the decision as made, conflicts of interest and recommendations. */
export async function minutesPdf(m: MeetingView): Promise<Buffer> {
  const { width, h1, h2, h3, p, kv, table, end } = pdfWriter({ title: `Protokoll ${formatDate(m.startsAt)} – ${m.forum.name}` });
  h1(`Protokoll – ${m.title}`);
  kv("Forum", m.forum.name);
  kv("Tid", when(m));
  kv("Sted", where(m));
  const line = (x: MeetingView["members"][number]) => `${x.person.name} (${x.represents})`;
  const voting = m.members.filter((x) => x.voting);
  const secretariat = m.members.filter((x) => !x.voting);
  h2("Til stede");
  p(voting.filter((x) => x.present === true).map(line).join("\n"), "Ikke registrert");
  const absent = voting.filter((x) => x.present === false);
  if (absent.length) {
    h3("Forfall");
    p(absent.map(line).join("\n"));
  }
  if (secretariat.length) {
    h3("Sekretariat (uten stemmerett)");
    p(secretariat.map(line).join("\n"));
  }
  for (const c of m.cases) {
    h2(`Sak ${caseNumber(c)} ${c.title}`);
    kv("Type sak", CASE_KIND_LABEL[c.kind]);
    if (c.conflicts.length) {
      p(c.conflicts.map((x) => `${x.person.name} erklærte seg inhabil${x.reason ? ` (${x.reason})` : ""} og fratrådte under behandlingen av saken.`).join("\n"));
    }
    h3("Forslag til vedtak");
    p(c.proposal, "Ingen forslag til vedtak");
    h3("Vedtak");
    p(c.decision, "Ikke behandlet");
    if (c.recommendations.length) {
      h3("Innstilling per kompetansenettverk");
      const total = c.recommendations.reduce((a, r) => a + r.amount, 0);
      table(
        ["Kompetansenettverk", "Ramme", "Innstilling", "Begrunnelse"],
        [...c.recommendations.map((r) => [r.network.name, kr(r.frame), kr(r.amount), r.reason ?? ""]), ["Sum", kr(c.recommendations.reduce((a, r) => a + (r.frame ?? 0), 0)), kr(total), ""]],
        [width * 0.32, width * 0.17, width * 0.17, width * 0.34],
        { boldLast: true, align: ["left", "right", "right", "left"] },
      );
    }
  }
  h2("Godkjenning");
  p(m.status === "MINUTES_APPROVED" ? "Protokollen er godkjent." : "Protokollen er ikke godkjent ennå.");
  return end();
}
