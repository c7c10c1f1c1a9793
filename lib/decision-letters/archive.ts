import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit";
import { documentPdf } from "@/lib/document/pdf";
import type { DocumentModel } from "@/lib/document/model";
import { datesFor } from "@/lib/dates";
import { translatorFor } from "@/lib/i18n/messages";
import { getNeedsReport } from "@/lib/needs-reports/queries";
import { needsReportPdf } from "@/lib/needs-reports/pdf";
import { canPrepareLetters } from "@/lib/decision-letters/policy";
import { archiveZip, type ArchiveEntry, type ArchivePackage } from "@/lib/archive/noark5";

/** "2027/1234" → year and sequence, as the archive numbered the case. */
export function parseCaseNumber(n: string | null | undefined): { caseYear: number; caseSequence: number } | null {
  const m = n?.match(/^(\d{2,4})\/(\d{1,7})$/);
  if (!m) return null;
  const y = Number(m[1]);
  return { caseYear: y < 100 ? 2000 + y : y, caseSequence: Number(m[2]) };
}

/** A one-page record of something that happened in the portal (an acceptance, an appeal) as a PDF the archive can keep. */
export async function recordPdf(
  title: string,
  rows: { label: string; value: string }[],
  text: string | null,
  pageLabel: (n: number, m: number) => string,
): Promise<Buffer> {
  const model: DocumentModel = {
    lang: "nb",
    title,
    meta: rows.map((r, i) => ({ key: String(i), ...r })),
    sections: text ? [{ id: "text", title: "Tekst", blocks: [{ kind: "text", text }] }] : [],
    pageLabel,
  };
  return documentPdf(model);
}

/**
 * The archive package of a report's case for the Statsforvalter's archive
 * (Noark 5 v5.1, lib/archive/noark5.ts): the needs report as submitted
 * (incoming), every letter sent (outgoing), the acceptance of the terms and
 * any appeal with its attachments (incoming), each with its PDF, a checksum
 * and its format. The archive's case and document numbers are used where they
 * have been recorded.
 */
export async function reportArchivePackage(
  actor: Actor,
  reportId: string,
  now = new Date(),
): Promise<{ zip: Uint8Array; filename: string }> {
  const report = await getNeedsReport(actor, reportId);
  if (!canPrepareLetters(actor, report.round.countyId)) throw new AppError("NOT_FOUND");
  const t = await translatorFor("nb");
  const { formatDateTime } = datesFor("nb");
  const pageLabel = (n: number, m: number) => t("letter.page", { n, m });
  const [letters, appeals, officer] = await Promise.all([
    db.decisionLetter.findMany({
      where: { needsReportId: report.id, sentAt: { not: null } },
      orderBy: { sentAt: "asc" },
      include: { acceptedBy: { select: { name: true } }, sentBy: { select: { name: true } } },
    }),
    db.appeal.findMany({
      where: { needsReportId: report.id },
      orderBy: { filedAt: "asc" },
      include: { filedBy: { select: { name: true } }, attachments: true },
    }),
    db.person.findUniqueOrThrow({ where: { id: actor.personId }, select: { name: true } }),
  ]);
  const sender =
    (
      await db.organisation.findFirst({
        where: { countyId: report.round.countyId, kind: "STATSFORVALTER" },
        select: { name: true },
      })
    )?.name ?? `Statsforvalteren i ${report.round.county.name}`;
  const owner = { name: report.leadOwner.name, orgNumber: report.leadOwner.orgNumber };
  const numbers = parseCaseNumber(report.archiveCaseNumber);
  const lastVersion = report.versions.at(-1);
  const entries: ArchiveEntry[] = [
    {
      systemId: `report:${report.id}:v${lastVersion?.number ?? 0}`,
      title: `Behovsmelding ${report.round.year} – ${report.network.name}${lastVersion ? `, versjon ${lastVersion.number}` : ""}`,
      type: "Inngående dokument",
      date: report.submittedAt ?? report.updatedAt,
      createdBy: lastVersion?.submittedBy?.name ?? report.leadOwner.name,
      correspondents: [{ kind: "Avsender", ...owner }],
      documents: [
        {
          title: "Behovsmelding",
          filename: `behovsmelding-${report.round.year}.pdf`,
          bytes: new Uint8Array(await needsReportPdf(report)),
          role: "Hoveddokument",
          createdAt: report.submittedAt ?? report.updatedAt,
          createdBy: report.leadOwner.name,
        },
      ],
    },
  ];
  for (const l of letters) {
    const title =
      l.kind === "APPEAL_FORWARDED"
        ? `Oversendelse av klage – ${report.network.name} ${report.round.year}`
        : `Vedtak om tilskudd – ${report.network.name} ${report.round.year}`;
    entries.push({
      systemId: `letter:${l.id}`,
      title,
      type: "Utgående dokument",
      date: l.sentAt!,
      createdBy: l.officerName ?? l.sentBy?.name ?? sender,
      correspondents: [{ kind: "Mottaker", ...owner }],
      documents: [
        {
          title,
          filename: l.filename ?? `${l.id}.pdf`,
          bytes: new Uint8Array(l.pdf ?? new Uint8Array()),
          role: "Hoveddokument",
          createdAt: l.sentAt!,
          createdBy: l.officerName ?? sender,
        },
      ],
      documentNumber: l.archiveDocumentNumber,
    });
    if (l.acceptedAt) {
      const acceptTitle = `Aksept av vilkår – ${report.network.name} ${report.round.year}`;
      const pdf = await recordPdf(
        acceptTitle,
        [
          { label: "Akseptert av", value: `${l.acceptedBy?.name ?? "–"} for ${report.leadOwner.name}` },
          { label: "Tidspunkt", value: formatDateTime(l.acceptedAt) },
          { label: "Gjelder", value: `${title}, sendt ${formatDateTime(l.sentAt!)}` },
        ],
        null,
        pageLabel,
      );
      entries.push({
        systemId: `acceptance:${l.id}`,
        title: acceptTitle,
        type: "Inngående dokument",
        date: l.acceptedAt,
        createdBy: l.acceptedBy?.name ?? report.leadOwner.name,
        correspondents: [{ kind: "Avsender", ...owner }],
        documents: [
          {
            title: acceptTitle,
            filename: `aksept-${l.id.slice(-8)}.pdf`,
            bytes: new Uint8Array(pdf),
            role: "Hoveddokument",
            createdAt: l.acceptedAt,
            createdBy: l.acceptedBy?.name ?? report.leadOwner.name,
          },
        ],
      });
    }
  }
  for (const a of appeals) {
    const title = `Klage på vedtak – ${report.network.name} ${report.round.year}`;
    const pdf = await recordPdf(
      title,
      [
        { label: "Klaget av", value: `${a.filedBy.name} for ${report.leadOwner.name}` },
        { label: "Mottatt", value: formatDateTime(a.filedAt) },
        { label: "Klagefrist", value: formatDateTime(a.deadline) },
        { label: "For sent", value: a.late ? "Ja" : "Nei" },
      ],
      a.text,
      pageLabel,
    );
    entries.push({
      systemId: `appeal:${a.id}`,
      title,
      type: "Inngående dokument",
      date: a.filedAt,
      createdBy: a.filedBy.name,
      correspondents: [{ kind: "Avsender", ...owner }],
      documents: [
        {
          title,
          filename: `klage-${a.id.slice(-8)}.pdf`,
          bytes: new Uint8Array(pdf),
          role: "Hoveddokument",
          createdAt: a.filedAt,
          createdBy: a.filedBy.name,
        },
        ...a.attachments.map((f) => ({
          title: f.filename,
          filename: f.filename,
          bytes: new Uint8Array(f.data),
          role: "Vedlegg" as const,
          createdAt: f.createdAt,
          createdBy: a.filedBy.name,
        })),
      ],
    });
  }
  const pkg: ArchivePackage = {
    archiveTitle: `Kompetanseportalen – ${sender}`,
    archivePartTitle: `Tilskudd til kompetanseutvikling ${report.round.year}`,
    systemId: `package:report:${report.id}`,
    created: now,
    createdBy: officer.name,
    archiveCreator: { id: report.round.countyId, name: sender },
    cases: [
      {
        systemId: `case:report:${report.id}`,
        title: `Tilskudd til kompetanseutvikling ${report.round.year} – ${report.network.name} – ${report.leadOwner.name}`,
        createdAt: report.submittedAt ?? report.createdAt,
        createdBy: officer.name,
        responsible: officer.name,
        adminUnit: sender,
        caseYear: numbers?.caseYear ?? null,
        caseSequence: numbers?.caseSequence ?? null,
        entries,
      },
    ],
  };
  await db.$transaction((tx) =>
    audit(tx, {
      actorId: actor.personId,
      action: "needs-report.archive-package",
      entityType: "NeedsReport",
      entityId: report.id,
      data: { entries: entries.length, documents: entries.reduce((n, e) => n + e.documents.length, 0) },
    }),
  );
  return { zip: archiveZip(pkg), filename: `arkivpakke-behovsmelding-${report.round.year}-${report.id.slice(-8)}.zip` };
}
