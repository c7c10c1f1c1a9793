import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { datesFor } from "@/lib/dates";
import { needsReportScope } from "@/lib/needs-reports/policy";
import { formatAccountNumber } from "@/lib/norwegian-ids";
import { grantPerMeasure, annualDeadline } from "@/lib/annual-reports/rules";
import { caseNumber } from "@/lib/forum/labels";
import { sum } from "@/lib/money";
import { letterhead, recipientOf, senderOf } from "@/lib/document/letterhead";
import { letterModel, letterOutcome, appealDeadline, type LetterFacts } from "@/lib/decision-letters/content";
import {
  actsForParty,
  canAccept,
  canAppeal,
  canPrepareLetters,
  canReadLetter,
  canSetAppealBodies,
  isOpenAppeal,
  readyForPayment,
} from "@/lib/decision-letters/policy";
import type { DocumentModel } from "@/lib/document/model";

/** Where a scheme's appeals go when no body is configured. */
export const DEFAULT_APPEAL_BODY = "Utdanningsdirektoratet";

export async function appealBodyOf(tx: Tx, scheme: LetterFacts["scheme"]): Promise<string> {
  return (await tx.appealBody.findUnique({ where: { scheme } }))?.name ?? DEFAULT_APPEAL_BODY;
}

const letterInclude = {
  decision: {
    include: {
      budget: {
        select: {
          year: true,
          scheme: true,
          countyId: true,
          round: { select: { annualReportDeadline: true, year: true } },
        },
      },
      payments: { include: { organisation: { select: { name: true } } }, orderBy: { side: "asc" as const } },
      case: { select: { number: true, year: true } },
    },
  },
  needsReport: {
    select: {
      id: true,
      leadOwnerId: true,
      submittedAt: true,
      archiveCaseNumber: true,
      network: { select: { name: true } },
      leadOwner: { select: { name: true } },
      uhInstitutionId: true,
      measures: {
        select: { id: true, name: true, scheme: true, ownerAmount: true, uhAmount: true, position: true },
        orderBy: { position: "asc" as const },
      },
    },
  },
  appeal: { include: { letter: { select: { sentAt: true } } } },
  sentBy: { select: { name: true, title: true } },
} as const;

type LetterRow = NonNullable<Awaited<ReturnType<typeof loadLetterRow>>>;

function loadLetterRow(tx: Tx, id: string) {
  return tx.decisionLetter.findUnique({ where: { id }, include: letterInclude });
}

/**
 * Everything a letter prints, in its language: what was decided and paid to
 * whom, the measures (applied and granted), the recommendation and its case,
 * the conditions' dates, the sender and recipient, the officer. A draft takes
 * the acting officer and today; a sent letter what was printed then.
 */
async function letterFacts(
  tx: Tx,
  l: LetterRow,
  opts: { locale: Locale; officer: { name: string; title: string | null }; at: Date },
): Promise<LetterFacts> {
  const translate = await translatorFor(opts.locale);
  const t = (k: string, v?: Record<string, string | number>) => translate(k as "letter.greeting", v);
  const { formatDate } = datesFor(opts.locale);
  const d = l.decision;
  const r = l.needsReport;
  const scheme = d.budget.scheme;
  const inScheme = r.measures.filter((m) => m.scheme === scheme);
  const perMeasure = grantPerMeasure(d.payments, inScheme);
  const recommendation = await tx.recommendation.findUnique({
    where: { budgetId_networkId: { budgetId: d.budgetId, networkId: d.networkId } },
    include: { case: { select: { number: true, year: true } } },
  });
  const forumCase = d.case ?? recommendation?.case ?? null;
  const sender = await senderOf(tx, d.budget.countyId);
  const archiveDocNumber = l.archiveDocumentNumber;
  const uh =
    r.uhInstitutionId && d.payments.some((p) => p.side === "UH")
      ? await tx.organisation.findUnique({ where: { id: r.uhInstitutionId }, select: { name: true } })
      : null;
  return {
    locale: opts.locale,
    kind: l.kind,
    outcome: d.outcome,
    scheme,
    schemeName: t(`schemes.${scheme}`),
    year: d.budget.year,
    network: r.network.name,
    owner: r.leadOwner.name,
    applied: sum(inScheme.map((m) => m.ownerAmount + m.uhAmount)),
    payments: d.payments.map((p) => ({
      recipient: p.organisation.name,
      accountNumber: p.accountNumber ? formatAccountNumber(p.accountNumber) : null,
      amount: p.amount,
    })),
    measures: inScheme.map((m) => ({
      title: m.name,
      applied: m.ownerAmount + m.uhAmount,
      granted: d.outcome === "GRANTED" ? (perMeasure.get(m.id)?.total ?? 0) : 0,
    })),
    recommendation: recommendation
      ? {
          caseLabel: forumCase ? t("letter.caseLabel", { number: caseNumber(forumCase) }) : null,
          amount: recommendation.amount,
        }
      : null,
    reasons: l.reasons,
    annualDeadline: annualDeadline({
      year: d.budget.round.year,
      annualReportDeadline: d.budget.round.annualReportDeadline,
    }),
    letterhead: letterhead(t, {
      sender,
      recipient: await recipientOf(tx, r.leadOwnerId),
      date: formatDate(opts.at),
      archiveCase: r.archiveCaseNumber,
      documentNumber: archiveDocNumber,
      yours: r.submittedAt ? t("letter.ref.report", { date: formatDate(r.submittedAt) }) : null,
    }),
    copyTo: uh ? [uh.name] : [],
    officer: opts.officer,
    appealBody: await appealBodyOf(tx, scheme),
    sentAt: opts.at,
    replaces: l.appeal?.letter.sentAt ?? null,
    appeal: l.appeal
      ? {
          filedAt: l.appeal.filedAt,
          deadline: l.appeal.deadline,
          late: l.appeal.late,
          assessment: l.appeal.assessment,
          decisionDate: l.appeal.letter.sentAt ?? l.appeal.filedAt,
        }
      : null,
    formatDate,
  };
}

/** The letter as a document, in its own language (or as an English courtesy copy), for the preview, the PDF and the report's page. */
export async function letterDocument(
  tx: Tx,
  letterId: string,
  opts: { actor?: Actor; courtesy?: boolean; now?: Date } = {},
): Promise<DocumentModel> {
  const l = await loadLetterRow(tx, letterId);
  if (!l) throw new AppError("NOT_FOUND");
  const sent = l.sentAt !== null;
  const officer = sent
    ? { name: l.officerName ?? l.sentBy?.name ?? "", title: l.officerTitle }
    : opts.actor
      ? await tx.person
          .findUniqueOrThrow({ where: { id: opts.actor.personId }, select: { name: true, title: true } })
          .then((p) => ({ name: p.name, title: l.officerTitle ?? p.title }))
      : { name: "", title: l.officerTitle };
  const locale: Locale = opts.courtesy ? "en" : l.locale === "nn" ? "nn" : "nb";
  if (sent && l.document && !opts.courtesy) {
    // A sent letter reads as it was sent, whatever has changed since (a reversal, an address, the appeal body).
    const t = await translatorFor(locale);
    return {
      ...(l.document as unknown as Omit<DocumentModel, "pageLabel">),
      pageLabel: (n, m) => t("letter.page", { n, m }),
    };
  }
  const facts = await letterFacts(tx, l, { locale, officer, at: l.sentAt ?? opts.now ?? new Date() });
  if (opts.courtesy) facts.courtesyOf = l.locale === "nn" ? "nn" : "nb";
  const t = await translatorFor(locale);
  return letterModel(facts, (k, v) => t(k as "letter.greeting", v));
}

/** The file name a letter gets as an attachment and a download. */
export function letterFilename(l: { kind: string; sentAt: Date | null; id: string }) {
  return `${l.kind === "APPEAL_FORWARDED" ? "oversendelse-klage" : "vedtaksbrev"}-${l.id.slice(-8)}.pdf`;
}

/**
 * The decision page of a report for the actor: its letters (drafts only for
 * the Statsforvalter), what the actor may do with each, the appeals with
 * their deadlines, and whether the allocation is ready for payment.
 */
export async function getReportDecisions(actor: Actor, reportId: string) {
  const report = await db.needsReport.findFirst({
    where: { AND: [{ id: reportId }, needsReportScope(actor)] },
    select: {
      id: true,
      leadOwnerId: true,
      leadOwner: { select: { name: true } },
      archiveCaseNumber: true,
      version: true,
      network: { select: { name: true } },
      round: { select: { year: true, countyId: true } },
      measures: { select: { scheme: true, ownerAmount: true, uhAmount: true } },
      decisions: {
        include: {
          budget: { select: { id: true, scheme: true } },
          payments: { include: { organisation: { select: { name: true } } }, orderBy: { side: "asc" } },
          letters: { orderBy: { createdAt: "asc" }, include: { acceptedBy: { select: { name: true } } } },
          appeals: {
            orderBy: { filedAt: "asc" },
            include: {
              filedBy: { select: { name: true } },
              attachments: { select: { id: true, filename: true, size: true } },
            },
          },
        },
        orderBy: { decidedAt: "asc" },
      },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  const countyId = report.round.countyId;
  const prepares = canPrepareLetters(actor, countyId);
  const decisions = report.decisions.map((d) => {
    const letters = d.letters
      .filter((l) => canReadLetter(actor, { countyId, sent: l.sentAt !== null }))
      .map((l) => {
        const openAppeal = d.appeals.some((a) => a.letterId === l.id && isOpenAppeal(a.status));
        const facts = {
          leadOwnerId: report.leadOwnerId,
          kind: l.kind,
          sent: l.sentAt !== null,
          superseded: l.supersededAt !== null,
          accepted: l.acceptedAt !== null,
          granted: d.outcome === "GRANTED",
          openAppeal,
        };
        return {
          id: l.id,
          kind: l.kind,
          locale: l.locale,
          reasons: l.reasons,
          officerTitle: l.officerTitle,
          version: l.version,
          sentAt: l.sentAt,
          officerName: l.officerName,
          acceptedAt: l.acceptedAt,
          acceptedBy: l.acceptedBy?.name ?? null,
          supersededAt: l.supersededAt,
          archiveDocumentNumber: l.archiveDocumentNumber,
          appealDeadline: l.sentAt && l.kind === "DECISION" ? appealDeadline(l.sentAt) : null,
          canAccept: canAccept(actor, facts),
          canAppeal: canAppeal(actor, facts),
          canEdit: prepares && l.sentAt === null,
        };
      });
    const current = d.letters.find((l) => l.kind === "DECISION" && l.sentAt !== null && l.supersededAt === null);
    // The letter the page shows: the one in force, or for the Statsforvalter the newest decision letter (a draft to send).
    const shown = current ?? (prepares ? [...d.letters].reverse().find((l) => l.kind === "DECISION") : undefined);
    return {
      id: d.id,
      scheme: d.budget.scheme,
      budgetId: d.budget.id,
      outcome: d.outcome,
      amount: d.amount,
      kind: letterOutcome(
        d.outcome,
        d.amount,
        sum(report.measures.filter((m) => m.scheme === d.budget.scheme).map((m) => m.ownerAmount + m.uhAmount)),
      ),
      payments: d.payments.map((p) => ({ side: p.side, recipient: p.organisation.name, amount: p.amount })),
      letters,
      readyForPayment:
        d.outcome === "GRANTED" &&
        readyForPayment(current ? { sent: true, accepted: current.acceptedAt !== null, superseded: false } : null),
      shownLetterId: shown?.id ?? null,
      /** ready; awaiting the owner's acceptance; the grant letter not sent; null for a refusal */
      paymentStatus:
        d.outcome !== "GRANTED"
          ? null
          : current?.acceptedAt
            ? ("ready" as const)
            : current
              ? ("awaiting" as const)
              : ("notSent" as const),
      // An appeal is between the party and the Statsforvalter: the report's other readers do not see it.
      appeals:
        prepares || actsForParty(actor, report)
          ? d.appeals.map((a) => ({
              id: a.id,
              version: a.version,
              status: a.status,
              text: a.text,
              filedAt: a.filedAt,
              filedBy: a.filedBy,
              deadline: a.deadline,
              late: a.late,
              assessment: a.assessment,
              attachments: a.attachments,
              canDecide: prepares && a.status === "FILED",
            }))
          : [],
    };
  });
  return { report, decisions, prepares };
}
export type ReportDecisions = Awaited<ReturnType<typeof getReportDecisions>>;

/**
 * One letter of a report for the actor, as a document (a draft only for the
 * Statsforvalter) and, once sent, the PDF as it was sent. `courtesy` gives
 * the English copy, for information.
 */
export async function getLetter(actor: Actor, reportId: string, letterId: string, opts: { courtesy?: boolean } = {}) {
  const l = await db.decisionLetter.findFirst({
    where: { id: letterId, needsReportId: reportId, needsReport: needsReportScope(actor) },
    select: {
      id: true,
      kind: true,
      sentAt: true,
      pdf: true,
      filename: true,
      needsReport: { select: { round: { select: { countyId: true } } } },
    },
  });
  if (!l || !canReadLetter(actor, { countyId: l.needsReport.round.countyId, sent: l.sentAt !== null }))
    throw new AppError("NOT_FOUND");
  const model = await letterDocument(db, l.id, { actor, courtesy: opts.courtesy });
  return { model, sent: l.sentAt !== null, pdf: l.pdf, filename: l.filename ?? letterFilename(l) };
}

/** An appeal's attachment, for the party and the Statsforvalter of the report's county. */
export async function getAppealAttachment(actor: Actor, reportId: string, attachmentId: string) {
  const a = await db.appealAttachment.findFirst({
    where: { id: attachmentId, appeal: { needsReportId: reportId, needsReport: needsReportScope(actor) } },
    select: {
      filename: true,
      data: true,
      appeal: { select: { needsReport: { select: { leadOwnerId: true, round: { select: { countyId: true } } } } } },
    },
  });
  if (!a) throw new AppError("NOT_FOUND");
  const r = a.appeal.needsReport;
  if (!canPrepareLetters(actor, r.round.countyId) && !actsForParty(actor, r)) throw new AppError("NOT_FOUND");
  return { filename: a.filename, data: a.data };
}

/** Every scheme with the appeal body its letters name (the default where none is set). */
export async function listAppealBodies(actor: Actor) {
  if (!canSetAppealBodies(actor)) throw new AppError("NOT_FOUND");
  const rows = await db.appealBody.findMany();
  return (["DESENTRALISERT", "REGIONAL", "KOMPETANSELOFTET"] as const).map((scheme) => ({
    scheme,
    name: rows.find((r) => r.scheme === scheme)?.name ?? DEFAULT_APPEAL_BODY,
  }));
}
