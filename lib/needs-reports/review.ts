import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { osloDateTime } from "@/lib/dates";
import type { Actor } from "@/lib/auth/actor";
import { canSeeReviewNotes, canTakeReviewStep, needsReportScope, type ReviewStep } from "@/lib/needs-reports/policy";
import { mailReturned } from "@/lib/needs-reports/notifications";
import type { ReviewInput } from "@/lib/needs-reports/review-schema";

/** Loads a report for a review step, in the transaction; "not found" outside scope, FORBIDDEN when the step is not allowed now. */
async function loadForReview(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  actor: Actor,
  id: string,
  step: ReviewStep,
) {
  const report = await tx.needsReport.findFirst({
    where: { AND: [{ id }, needsReportScope(actor)] },
    include: { round: { select: { countyId: true, deadline: true, year: true } }, network: { select: { name: true } } },
  });
  if (!report) throw new AppError("NOT_FOUND");
  if (!canTakeReviewStep(actor, { countyId: report.round.countyId, status: report.status }, step))
    throw new AppError("FORBIDDEN", "errors.detail.stepNotPossible");
  return report;
}

type ReportRow = Awaited<ReturnType<typeof loadForReview>>;
type Data = Parameters<typeof db.needsReport.update>[0]["data"];

async function transition(
  actor: Actor,
  id: string,
  step: ReviewStep,
  data: Data | ((r: ReportRow) => Data),
  auditData?: Record<string, string>,
  after?: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], r: ReportRow, values: Data) => Promise<void>,
) {
  return db.$transaction(async (tx) => {
    const report = await loadForReview(tx, actor, id, step);
    const values = typeof data === "function" ? data(report) : data;
    const { count } = await tx.needsReport.updateMany({
      where: { id, version: report.version },
      data: { ...values, version: { increment: 1 } } as never,
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.reportChangedRetry");
    await audit(tx, {
      actorId: actor.personId,
      action: `needs-report.${step}`,
      entityType: "NeedsReport",
      entityId: id,
      data: { from: report.status, ...auditData },
    });
    if (after) await after(tx, report, values);
  });
}

export const startReview = (actor: Actor, id: string) => transition(actor, id, "startReview", { status: "IN_REVIEW" });

/** Days the owners get to correct a report returned after the round's deadline. */
export const CORRECTION_DAYS = 14;

/**
 * Returns the report to the owners with a reason they see on the report; they
 * correct and resubmit (a new version). Returned after the deadline, it stays
 * open for resubmission for CORRECTION_DAYS (the Statsforvalter can extend).
 */
export const returnForCorrection = (actor: Actor, id: string, reason: string, now = new Date()) =>
  transition(
    actor,
    id,
    "returnForCorrection",
    (r) => ({
      status: "RETURNED",
      returnReason: reason,
      reviewedAt: null,
      reviewedById: null,
      reopenedUntil:
        now > r.round.deadline ? new Date(now.getTime() + CORRECTION_DAYS * 24 * 3600 * 1000) : r.reopenedUntil,
    }),
    { reason },
    (tx, r, values) =>
      mailReturned(tx, {
        id,
        year: r.round.year,
        network: r.network.name,
        reason,
        until: (values.reopenedUntil as Date | null) ?? null,
      }),
  );

export const markReviewed = (actor: Actor, id: string) =>
  transition(actor, id, "markReviewed", { status: "IN_REVIEW", reviewedAt: new Date(), reviewedById: actor.personId });

/** After the deadline: lets the owners submit this one report until the end of `until` (Oslo time). */
export async function reopenForSubmission(actor: Actor, id: string, until: string, now = new Date()) {
  const end = osloDateTime(until, "23:59");
  if (end <= now || end.getTime() - now.getTime() > 60 * 24 * 3600 * 1000)
    throw new AppError("INVALID", "Ugyldig dato", { until: "validation.reopenDate" });
  return transition(actor, id, "reopen", { reopenedUntil: end }, { until });
}

export async function addReviewNote(actor: Actor, id: string, text: string) {
  return db.$transaction(async (tx) => {
    const report = await tx.needsReport.findFirst({
      where: { AND: [{ id }, needsReportScope(actor)] },
      include: { round: { select: { countyId: true } } },
    });
    if (!report) throw new AppError("NOT_FOUND");
    if (!canSeeReviewNotes(actor, report.round)) throw new AppError("FORBIDDEN");
    const note = await tx.reviewNote.create({ data: { reportId: id, authorId: actor.personId, text } });
    await audit(tx, {
      actorId: actor.personId,
      action: "needs-report.note",
      entityType: "NeedsReport",
      entityId: id,
      data: { noteId: note.id },
    });
    return note;
  });
}

/** Internal notes: only for the Statsforvalter of the county. */
/**
 * The review facts of a report the actor has already been given (getNeedsReport, in the actor's
 * scope): the name of whoever marked it reviewed, and the internal notes, which only the county's
 * Statsforvalter sees (null for everyone else). No scope query of its own: the report was read through it.
 */
export async function reviewFactsOf(
  actor: Actor,
  report: { id: string; reviewedById: string | null; round: { countyId: string } },
) {
  const notesVisible = canSeeReviewNotes(actor, report.round);
  const [reviewer, notes] = await Promise.all([
    report.reviewedById ? db.person.findUnique({ where: { id: report.reviewedById }, select: { name: true } }) : null,
    notesVisible
      ? db.reviewNote.findMany({
          where: { reportId: report.id },
          orderBy: { createdAt: "asc" },
          include: { author: { select: { name: true } } },
        })
      : null,
  ]);
  return { reviewerName: reviewer?.name ?? null, notes };
}

/** One entry for the review panel's forms (lib/needs-reports/review-schema.ts reviewSchema). */
export async function reviewNeedsReport(actor: Actor, input: ReviewInput) {
  switch (input.step) {
    case "startReview":
      return startReview(actor, input.id);
    case "markReviewed":
      return markReviewed(actor, input.id);
    case "return":
      return returnForCorrection(actor, input.id, input.reason);
    case "reopen":
      return reopenForSubmission(actor, input.id, input.until);
    case "note":
      return addReviewNote(actor, input.id, input.text);
  }
}
