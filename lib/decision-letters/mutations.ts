import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { documentPdf } from "@/lib/document/pdf";
import type { DocumentModel } from "@/lib/document/model";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueLocalizedMail } from "@/lib/mail/localized";
import { queueMail } from "@/lib/mail/outbox";
import { publicUrl } from "@/lib/public-url";
import { datesFor } from "@/lib/dates";
import { sum } from "@/lib/money";
import { localeOfWrittenStandard } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { needsReportScope } from "@/lib/needs-reports/policy";
import { checkGrant } from "@/lib/allocations/policy";
import { paymentsFor } from "@/lib/allocations/payments";
import { appealDeadline, isLateAppeal, letterOutcome, reasonsProblem } from "@/lib/decision-letters/content";
import { letterDocument, letterFilename } from "@/lib/decision-letters/queries";
import {
  acceptanceReminderDue,
  canAccept,
  canAppeal,
  canPrepareLetters,
  canSetAppealBodies,
  OPEN_APPEAL,
} from "@/lib/decision-letters/policy";

/** A report in the actor's scope with its county, or "not found". */
async function reportInScope(tx: Tx, actor: Actor, reportId: string) {
  const report = await tx.needsReport.findFirst({
    where: { AND: [{ id: reportId }, needsReportScope(actor)] },
    select: {
      id: true,
      leadOwnerId: true,
      round: { select: { countyId: true, year: true } },
      network: { select: { name: true } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  return report;
}

/** A letter of a report in the actor's scope, its row locked so that sending, accepting and appealing cannot pass each other. */
async function letterInScope(tx: Tx, actor: Actor, letterId: string) {
  const found = await tx.decisionLetter.findUnique({ where: { id: letterId }, select: { needsReportId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  const report = await reportInScope(tx, actor, found.needsReportId);
  await tx.$executeRaw`SELECT 1 FROM "DecisionLetter" WHERE id = ${letterId} FOR UPDATE`;
  const letter = await tx.decisionLetter.findUniqueOrThrow({
    where: { id: letterId },
    include: {
      decision: {
        select: {
          id: true,
          outcome: true,
          amount: true,
          budgetId: true,
          networkId: true,
          payments: { select: { amount: true } },
        },
      },
    },
  });
  // A draft is the Statsforvalter's alone: to anyone else it does not exist.
  if (letter.sentAt === null && !canPrepareLetters(actor, report.round.countyId)) throw new AppError("NOT_FOUND");
  return { letter, report };
}

/** The draft letter a decision starts with, in the lead owner's written standard (språklova). */
export async function createDraftLetter(
  tx: Tx,
  input: {
    decisionId: string;
    needsReportId: string;
    leadOwnerId: string;
    reasons: string | null;
    appealId?: string | null;
    kind?: "DECISION" | "APPEAL_FORWARDED";
  },
) {
  const owner = await tx.organisation.findUniqueOrThrow({
    where: { id: input.leadOwnerId },
    select: { writtenStandard: true },
  });
  return tx.decisionLetter.create({
    data: {
      decisionId: input.decisionId,
      needsReportId: input.needsReportId,
      kind: input.kind ?? "DECISION",
      locale: localeOfWrittenStandard(owner.writtenStandard),
      reasons: input.reasons,
      appealId: input.appealId ?? null,
    },
  });
}

/** The Statsforvalter edits a draft letter's reasons and the officer's title. */
export async function updateLetterDraft(
  actor: Actor,
  input: { letterId: string; version: number; reasons: string | null; officerTitle: string | null },
) {
  return db.$transaction(async (tx) => {
    const { letter, report } = await letterInScope(tx, actor, input.letterId);
    if (!canPrepareLetters(actor, report.round.countyId)) throw new AppError("NOT_FOUND");
    if (letter.sentAt) throw new AppError("FORBIDDEN", "errors.detail.letterSent");
    const { count } = await tx.decisionLetter.updateMany({
      where: { id: letter.id, version: input.version },
      data: { reasons: input.reasons, officerTitle: input.officerTitle, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.letterChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "decision-letter.update",
      entityType: "NeedsReport",
      entityId: report.id,
      data: {
        letterId: letter.id,
        before: { reasons: letter.reasons, officerTitle: letter.officerTitle },
        after: { reasons: input.reasons, officerTitle: input.officerTitle },
      },
    });
  });
}

/** The document model as stored with a sent letter (its page-number function is rebuilt from the language when read). */
const storedDocument = (model: DocumentModel) =>
  JSON.parse(JSON.stringify({ ...model, pageLabel: undefined })) as Prisma.InputJsonValue;

/** Renders, stores and sends a letter: its PDF is fixed, it goes by e-mail with the PDF to the report's contacts, and it is shown on the report. */
async function dispatchLetter(
  tx: Tx,
  actor: Actor,
  letterId: string,
  report: { id: string; leadOwnerId: string; network: { name: string }; round: { year: number } },
  now: Date,
) {
  const person = await tx.person.findUniqueOrThrow({
    where: { id: actor.personId },
    select: { name: true, title: true },
  });
  const draft = await tx.decisionLetter.findUniqueOrThrow({ where: { id: letterId } });
  const officerTitle = draft.officerTitle ?? person.title;
  await tx.decisionLetter.update({ where: { id: letterId }, data: { officerTitle } });
  const model = await letterDocument(tx, letterId, { actor, now });
  const pdf = await documentPdf(model);
  const filename = letterFilename({ kind: draft.kind, sentAt: now, id: draft.id });
  await tx.decisionLetter.update({
    where: { id: letterId },
    data: {
      sentAt: now,
      sentById: actor.personId,
      officerName: person.name,
      pdf: new Uint8Array(pdf),
      pdfSha256: createHash("sha256").update(pdf).digest("hex"),
      filename,
      document: storedDocument(model),
      version: { increment: 1 },
    },
  });
  if (draft.kind === "DECISION") {
    // A new decision letter (a reversal on appeal) replaces the one in force.
    await tx.decisionLetter.updateMany({
      where: {
        decisionId: draft.decisionId,
        kind: "DECISION",
        id: { not: draft.id },
        sentAt: { not: null },
        supersededAt: null,
      },
      data: { supersededAt: now },
    });
  }
  const contacts = await tx.needsReportContact.findMany({ where: { reportId: report.id }, select: { email: true } });
  const url = publicUrl(`/behovsmeldinger/${report.id}/vedtak`);
  await queueLocalizedMail(tx, {
    to: contacts.map((c) => c.email ?? ""),
    organisationId: report.leadOwnerId,
    entityType: "NeedsReport",
    entityId: report.id,
    attachLetterId: letterId,
    compose: (t, locale) => ({
      subject: t(draft.kind === "APPEAL_FORWARDED" ? "mail.letter.forwardedSubject" : "mail.letter.subject", {
        network: report.network.name,
        year: report.round.year,
      }),
      text: [
        t(draft.kind === "APPEAL_FORWARDED" ? "mail.letter.forwardedBody" : "mail.letter.body", {
          network: report.network.name,
          year: report.round.year,
          date: datesFor(locale).formatDate(now),
        }),
        "",
        t("mail.letter.link", { url }),
      ].join("\n"),
    }),
  });
  return { sha256: createHash("sha256").update(pdf).digest("hex"), size: pdf.length };
}

/**
 * Sends a draft letter: reasons are required when the decision does not give
 * what was applied for; the letter is then locked (a database trigger keeps
 * a sent letter's text and PDF as they were).
 */
export async function sendLetter(actor: Actor, input: { letterId: string; version: number }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { letter, report } = await letterInScope(tx, actor, input.letterId);
    if (!canPrepareLetters(actor, report.round.countyId)) throw new AppError("NOT_FOUND");
    if (letter.sentAt) throw new AppError("FORBIDDEN", "errors.detail.letterSent");
    if (letter.version !== input.version) throw new AppError("CONFLICT", "errors.detail.letterChanged");
    if (letter.kind === "DECISION") {
      const { scheme } = await tx.yearBudget.findUniqueOrThrow({
        where: { id: letter.decision.budgetId },
        select: { scheme: true },
      });
      const measures = await tx.reportMeasure.findMany({
        where: { reportId: report.id, scheme },
        select: { ownerAmount: true, uhAmount: true },
      });
      const kind = letterOutcome(
        letter.decision.outcome,
        sum(letter.decision.payments.map((p) => p.amount)),
        sum(measures.map((m) => m.ownerAmount + m.uhAmount)),
      );
      const problem = reasonsProblem(kind, letter.reasons);
      if (problem) throw new AppError("INVALID", "Begrunnelse mangler", { _form: problem });
    }
    const sent = await dispatchLetter(tx, actor, letter.id, report, now);
    await audit(tx, {
      actorId: actor.personId,
      action: "decision-letter.send",
      entityType: "NeedsReport",
      entityId: report.id,
      data: {
        letterId: letter.id,
        kind: letter.kind,
        locale: letter.locale,
        reasons: letter.reasons,
        pdfSha256: sent.sha256,
        size: sent.size,
      },
    });
    return { sentAt: now };
  });
}

/** The lead owner accepts the terms of a sent grant letter; only then is the allocation ready for payment. */
export async function acceptLetter(actor: Actor, input: { letterId: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { letter, report } = await letterInScope(tx, actor, input.letterId);
    const facts = {
      leadOwnerId: report.leadOwnerId,
      kind: letter.kind,
      sent: letter.sentAt !== null,
      superseded: letter.supersededAt !== null,
      accepted: letter.acceptedAt !== null,
      granted: letter.decision.outcome === "GRANTED",
    };
    if (!canAccept(actor, facts))
      throw new AppError(
        "FORBIDDEN",
        letter.acceptedAt ? "errors.detail.letterAccepted" : "errors.detail.cannotAccept",
      );
    await tx.decisionLetter.update({
      where: { id: letter.id },
      data: { acceptedAt: now, acceptedById: actor.personId },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "decision-letter.accept",
      entityType: "NeedsReport",
      entityId: report.id,
      data: { letterId: letter.id, amount: letter.decision.amount },
    });
    return { acceptedAt: now };
  });
}

const isPdf = (b: Buffer) => b.subarray(0, 5).toString("latin1") === "%PDF-";

/**
 * The lead owner appeals against a sent decision letter (klage), with text and
 * PDF attachments. The deadline is computed from the day the letter was sent;
 * an appeal after it is taken in and marked as late. The Statsforvalter's
 * officers are told.
 */
export async function fileAppeal(
  actor: Actor,
  input: { letterId: string; text: string; files: File[] },
  now = new Date(),
) {
  const files = await Promise.all(
    input.files
      .filter((f) => f.size > 0)
      .map(async (f) => ({
        name: f.name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "vedlegg.pdf",
        bytes: Buffer.from(await f.arrayBuffer()),
      })),
  );
  if (files.some((f) => !isPdf(f.bytes)))
    throw new AppError("INVALID", "Ikke en PDF", { files: "validation.attachment.notPdf" });
  return db.$transaction(async (tx) => {
    const { letter, report } = await letterInScope(tx, actor, input.letterId);
    const openAppeal =
      (await tx.appeal.count({ where: { letterId: letter.id, status: { in: [...OPEN_APPEAL] } } })) > 0;
    if (
      !canAppeal(actor, {
        leadOwnerId: report.leadOwnerId,
        kind: letter.kind,
        sent: letter.sentAt !== null,
        superseded: letter.supersededAt !== null,
        openAppeal,
      })
    ) {
      throw new AppError("FORBIDDEN", openAppeal ? "errors.detail.appealOpen" : "errors.detail.cannotAppeal");
    }
    const deadline = appealDeadline(letter.sentAt!);
    const late = isLateAppeal(now, deadline);
    const appeal = await tx.appeal.create({
      data: {
        decisionId: letter.decisionId,
        needsReportId: report.id,
        letterId: letter.id,
        text: input.text,
        filedAt: now,
        filedById: actor.personId,
        deadline,
        late,
        attachments: {
          create: files.map((f) => ({
            filename: f.name,
            contentType: "application/pdf",
            size: f.bytes.length,
            data: new Uint8Array(f.bytes),
          })),
        },
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "appeal.file",
      entityType: "NeedsReport",
      entityId: report.id,
      data: {
        appealId: appeal.id,
        letterId: letter.id,
        late,
        deadline: deadline.toISOString(),
        attachments: files.map((f) => ({ filename: f.name, size: f.bytes.length })),
      },
    });
    const officers = await tx.roleBinding.findMany({
      where: { role: "STATSFORVALTER", countyId: report.round.countyId, person: { active: true } },
      select: { person: { select: { email: true } } },
    });
    const t = await translatorFor("nb");
    await queueMail(tx, {
      to: officers.map((o) => o.person.email),
      subject: t("mail.appeal.subject", { network: report.network.name, year: report.round.year }),
      text: [
        t(late ? "mail.appeal.bodyLate" : "mail.appeal.body", {
          network: report.network.name,
          year: report.round.year,
        }),
        "",
        input.text,
        "",
        t("mail.letter.link", { url: publicUrl(`/behovsmeldinger/${report.id}/vedtak`) }),
      ].join("\n"),
      entityType: "NeedsReport",
      entityId: report.id,
    });
    return { id: appeal.id, late, deadline };
  });
}

type AppealDecision =
  | { appealId: string; version: number; action: "FORWARD"; assessment: string }
  | {
      appealId: string;
      version: number;
      action: "REVERSE";
      assessment: string;
      outcome: "GRANTED" | "REJECTED";
      ownerAmount?: number;
      uhAmount?: number;
      reason: string | null;
    };

/**
 * The Statsforvalter handles an appeal first (fvl. § 33): either reverses the
 * decision — the allocation changes, never above the forum's recommendation,
 * and a new decision letter is drafted to preview and send — or keeps it and
 * forwards the appeal to the appeal body, which sends the party a letter.
 */
export async function decideAppeal(actor: Actor, input: AppealDecision, now = new Date()) {
  return db.$transaction(async (tx) => {
    const found = await tx.appeal.findUnique({ where: { id: input.appealId }, select: { needsReportId: true } });
    if (!found) throw new AppError("NOT_FOUND");
    const report = await reportInScope(tx, actor, found.needsReportId);
    if (!canPrepareLetters(actor, report.round.countyId)) throw new AppError("NOT_FOUND");
    await tx.$executeRaw`SELECT 1 FROM "Appeal" WHERE id = ${input.appealId} FOR UPDATE`;
    const appeal = await tx.appeal.findUniqueOrThrow({
      where: { id: input.appealId },
      include: { decision: { include: { payments: true, budget: { select: { id: true } } } } },
    });
    if (appeal.status !== "FILED") throw new AppError("FORBIDDEN", "errors.detail.appealDecided");
    // The appealed letter is locked too: an acceptance cannot pass the handling of the appeal.
    await tx.$executeRaw`SELECT 1 FROM "DecisionLetter" WHERE id = ${appeal.letterId} FOR UPDATE`;
    const { count } = await tx.appeal.updateMany({
      where: { id: appeal.id, version: input.version },
      data: {
        status: input.action === "FORWARD" ? "FORWARDED" : "REVERSED",
        assessment: input.assessment,
        assessedAt: now,
        assessedById: actor.personId,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.appealChanged");
    const d = appeal.decision;

    if (input.action === "FORWARD") {
      const letter = await createDraftLetter(tx, {
        decisionId: d.id,
        needsReportId: report.id,
        leadOwnerId: report.leadOwnerId,
        reasons: null,
        appealId: appeal.id,
        kind: "APPEAL_FORWARDED",
      });
      const sent = await dispatchLetter(tx, actor, letter.id, report, now);
      await audit(tx, {
        actorId: actor.personId,
        action: "appeal.forward",
        entityType: "NeedsReport",
        entityId: report.id,
        data: { appealId: appeal.id, assessment: input.assessment, letterId: letter.id, pdfSha256: sent.sha256 },
      });
      return { letterId: letter.id };
    }

    // Reversal: the allocation changes as a decision would, within the recommendation.
    await tx.$executeRaw`SELECT 1 FROM "YearBudget" WHERE id = ${d.budgetId} FOR UPDATE`;
    const ownerAmount = input.outcome === "GRANTED" ? (input.ownerAmount ?? 0) : 0;
    const uhAmount = input.outcome === "GRANTED" ? (input.uhAmount ?? 0) : 0;
    const amount = ownerAmount + uhAmount;
    if (input.outcome === "GRANTED") {
      const recommendation = await tx.recommendation.findUnique({
        where: { budgetId_networkId: { budgetId: d.budgetId, networkId: d.networkId } },
      });
      const others = await tx.allocationDecision.aggregate({
        where: { budgetId: d.budgetId, networkId: d.networkId, outcome: "GRANTED", id: { not: d.id } },
        _sum: { amount: true },
      });
      if (
        !recommendation ||
        checkGrant({ recommendation: recommendation.amount, grantedToOthers: others._sum.amount ?? 0, amount }) ===
          "aboveRecommendation"
      ) {
        throw new AppError("INVALID", "Over innstillingen", { ownerAmount: "validation.aboveRecommendation" });
      }
    }
    const full = await tx.needsReport.findUniqueOrThrow({
      where: { id: report.id },
      select: {
        leadOwnerId: true,
        uhInstitutionId: true,
        leadOwner: { select: { accountNumber: true } },
        contacts: true,
      },
    });
    if (uhAmount > 0 && !full.uhInstitutionId)
      throw new AppError("INVALID", "Ingen UH", { uhAmount: "validation.noUhRecipient" });
    await tx.allocationPayment.deleteMany({ where: { decisionId: d.id } });
    await tx.allocationDecision.update({
      where: { id: d.id },
      data: {
        outcome: input.outcome,
        amount,
        reason: input.reason,
        payments: { create: paymentsFor(full, ownerAmount, uhAmount) },
      },
    });
    // A report in two schemes stays granted while any of its decisions grants money (as decideAllocation counts it).
    const granted = await tx.allocationDecision.count({ where: { needsReportId: report.id, outcome: "GRANTED" } });
    await tx.needsReport.update({
      where: { id: report.id },
      data: { status: granted > 0 ? "GRANTED" : "REJECTED", version: { increment: 1 } },
    });
    // The letter appealed against is no longer the decision in force: nothing can be accepted, appealed or reminded on it, and
    // the allocation is not ready for payment until the new letter is sent.
    await tx.decisionLetter.updateMany({
      where: { decisionId: d.id, kind: "DECISION", sentAt: { not: null }, supersededAt: null },
      data: { supersededAt: now },
    });
    const letter = await createDraftLetter(tx, {
      decisionId: d.id,
      needsReportId: report.id,
      leadOwnerId: report.leadOwnerId,
      reasons: input.reason,
      appealId: appeal.id,
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "appeal.reverse",
      entityType: "NeedsReport",
      entityId: report.id,
      data: {
        appealId: appeal.id,
        assessment: input.assessment,
        before: {
          outcome: d.outcome,
          amount: d.amount,
          payments: d.payments.map((p) => ({ side: p.side, amount: p.amount })),
        },
        after: { outcome: input.outcome, amount, ownerAmount, uhAmount },
        letterId: letter.id,
      },
    });
    return { letterId: letter.id };
  });
}

/** The archive's case number for the report and each sent letter's document number, recorded back from the archive (Noark 5). */
export async function recordArchiveNumbers(
  actor: Actor,
  input: { reportId: string; caseNumber: string | null; letters: { letterId: string; documentNumber?: number }[] },
) {
  return db.$transaction(async (tx) => {
    const report = await reportInScope(tx, actor, input.reportId);
    if (!canPrepareLetters(actor, report.round.countyId)) throw new AppError("NOT_FOUND");
    const before = await tx.needsReport.findUniqueOrThrow({
      where: { id: report.id },
      select: { archiveCaseNumber: true },
    });
    await tx.needsReport.update({ where: { id: report.id }, data: { archiveCaseNumber: input.caseNumber } });
    for (const l of input.letters) {
      const { count } = await tx.decisionLetter.updateMany({
        where: { id: l.letterId, needsReportId: report.id },
        data: { archiveDocumentNumber: l.documentNumber ?? null },
      });
      if (count === 0) throw new AppError("NOT_FOUND");
    }
    await audit(tx, {
      actorId: actor.personId,
      action: "needs-report.archive-numbers",
      entityType: "NeedsReport",
      entityId: report.id,
      data: { before: before.archiveCaseNumber, after: input },
    });
  });
}

/**
 * The scheduled job: one reminder to the report's contacts for each grant
 * letter sent 14 days ago or more and not yet accepted. Each letter is
 * taken with its row locked, so two runs never remind twice.
 */
export async function sendAcceptanceReminders(now = new Date()): Promise<{ sent: number }> {
  const candidates = await db.decisionLetter.findMany({
    where: {
      kind: "DECISION",
      sentAt: { not: null },
      acceptedAt: null,
      reminderSentAt: null,
      supersededAt: null,
      decision: { outcome: "GRANTED" },
    },
    select: { id: true },
  });
  let sent = 0;
  for (const { id } of candidates) {
    const done = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM "DecisionLetter" WHERE id = ${id} FOR UPDATE SKIP LOCKED`;
      if (!row) return false;
      const l = await tx.decisionLetter.findUniqueOrThrow({
        where: { id },
        include: {
          needsReport: {
            select: {
              id: true,
              leadOwnerId: true,
              network: { select: { name: true } },
              round: { select: { year: true } },
              contacts: { select: { email: true } },
            },
          },
        },
      });
      if (!acceptanceReminderDue(l, now)) return false;
      await tx.decisionLetter.update({ where: { id }, data: { reminderSentAt: now } });
      const r = l.needsReport;
      await queueLocalizedMail(tx, {
        to: r.contacts.map((c) => c.email ?? ""),
        organisationId: r.leadOwnerId,
        entityType: "NeedsReport",
        entityId: r.id,
        compose: (t, locale) => ({
          subject: t("mail.letter.reminderSubject", { network: r.network.name, year: r.round.year }),
          text: [
            t("mail.letter.reminderBody", {
              network: r.network.name,
              year: r.round.year,
              date: datesFor(locale).formatDate(l.sentAt!),
            }),
            "",
            t("mail.letter.link", { url: publicUrl(`/behovsmeldinger/${r.id}/vedtak`) }),
          ].join("\n"),
        }),
      });
      await audit(tx, {
        actorId: null,
        action: "decision-letter.remind",
        entityType: "NeedsReport",
        entityId: r.id,
        data: { letterId: id, sentAt: l.sentAt!.toISOString() },
      });
      return true;
    });
    if (done) sent++;
  }
  return { sent };
}

/** The national administrator names a scheme's appeal body; letters sent from then on name it. */
export async function setAppealBody(
  actor: Actor,
  input: { scheme: "REGIONAL" | "DESENTRALISERT" | "KOMPETANSELOFTET"; name: string },
) {
  if (!canSetAppealBodies(actor)) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    const before = await tx.appealBody.findUnique({ where: { scheme: input.scheme } });
    await tx.appealBody.upsert({
      where: { scheme: input.scheme },
      update: { name: input.name },
      create: { scheme: input.scheme, name: input.name },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "appeal-body.set",
      entityType: "AppealBody",
      entityId: input.scheme,
      data: { before: before?.name ?? null, after: input.name },
    });
  });
}
