import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { osloDateTime } from "@/lib/dates";
import {
  canManageAnnualReporting,
  canReviewAnnualReport,
  canWriteAnnualReport,
  grantedReportScope,
} from "@/lib/annual-reports/policy";
import { dueReminder, grantPerMeasure, requiredCoFinancing } from "@/lib/annual-reports/rules";
import { expectedForCounty, getAnnualReport } from "@/lib/annual-reports/queries";
import type { AnnualReportInput } from "@/lib/annual-reports/schema";
import {
  mailAnnualReminder,
  mailAnnualReturned,
  mailAnnualSubmitted,
  writers,
} from "@/lib/annual-reports/notifications";

const CO_FINANCING_DEFAULT = "Egenandel: lønn og frikjøp av deltakere og ressurspersoner";

/**
 * Starts the annual report for a granted measure and year (the lead owner or
 * the network's coordinator). Starting twice opens the same report. The
 * co-financing ledger starts with the promised 30 % as one line.
 */
export async function startAnnualReport(actor: Actor, input: { reportMeasureId: string; year: number }) {
  return db.$transaction(async (tx) => {
    const rm = await tx.reportMeasure.findFirst({
      where: { id: input.reportMeasureId, report: grantedReportScope(actor) },
      select: {
        id: true,
        name: true,
        scheme: true,
        report: {
          select: {
            id: true,
            leadOwnerId: true,
            networkId: true,
            measures: { select: { id: true, scheme: true, ownerAmount: true, uhAmount: true } },
            decisions: {
              where: { outcome: "GRANTED", budget: { year: input.year } },
              select: { payments: { select: { side: true, amount: true } }, budget: { select: { scheme: true } } },
            },
          },
        },
      },
    });
    const decision = rm?.report.decisions.find((d) => d.budget.scheme === rm.scheme);
    if (!rm || !decision) throw new AppError("NOT_FOUND");
    // Only those who write it start it (the Statsforvalter and the forum read it once it is delivered); starting again opens the same report.
    if (
      !canWriteAnnualReport(actor, {
        leadOwnerId: rm.report.leadOwnerId,
        networkId: rm.report.networkId,
        status: "NOT_STARTED",
      })
    )
      throw new AppError("FORBIDDEN");
    const existing = await tx.annualReport.findUnique({
      where: { reportMeasureId_year: { reportMeasureId: rm.id, year: input.year } },
      select: { id: true },
    });
    if (existing) return { id: existing.id };
    const granted = grantPerMeasure(
      decision.payments,
      rm.report.measures.filter((m) => m.scheme === rm.scheme),
    ).get(rm.id)!;
    const required = requiredCoFinancing(granted.total, rm.scheme);
    const created = await tx.annualReport.create({
      data: {
        organisationId: rm.report.leadOwnerId,
        reportMeasureId: rm.id,
        year: input.year,
        createdById: actor.personId,
        coFinancing:
          required > 0
            ? {
                create: [
                  { position: 1, kind: "SALARY", description: CO_FINANCING_DEFAULT, promised: required, delivered: 0 },
                ],
              }
            : undefined,
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "annual-report.start",
      entityType: "AnnualReport",
      entityId: created.id,
      data: { reportMeasureId: rm.id, year: input.year, granted, coFinancingRequired: required },
    });
    return { id: created.id };
  });
}

const FIELDS = [
  "usedOwner",
  "usedUh",
  "unspentPlan",
  "overspendReason",
  "activities",
  "uhContribution",
  "evaluation",
  "criterionLocalNeeds",
  "criterionCollective",
  "criterionPartnership",
  "planOnward",
] as const;

/** Saves the draft (any state of completeness) if nobody saved since it was read; the ledger is replaced as posted. */
export async function saveAnnualReport(actor: Actor, input: AnnualReportInput) {
  return db.$transaction(async (tx) => {
    const before = await getAnnualReport(actor, input.id, new Date(), tx);
    if (!before.can.write) throw new AppError("FORBIDDEN", "errors.detail.annualLocked");
    const data = Object.fromEntries(FIELDS.map((f) => [f, input[f]]));
    const { count } = await tx.annualReport.updateMany({
      where: { id: input.id, version: input.version, status: { in: ["DRAFT", "RETURNED"] } },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.annualChangedKept");
    await tx.coFinancingEntry.deleteMany({ where: { annualReportId: input.id } });
    if (input.coFinancing.length) {
      await tx.coFinancingEntry.createMany({
        data: input.coFinancing.map((row, i) => ({ annualReportId: input.id, position: i + 1, ...row })),
      });
    }
    const changed = FIELDS.filter((f) => before[f] !== input[f]);
    await audit(tx, {
      actorId: actor.personId,
      action: "annual-report.save",
      entityType: "AnnualReport",
      entityId: input.id,
      data: {
        changed: [...changed],
        before: Object.fromEntries(changed.map((f) => [f, before[f]])),
        after: Object.fromEntries(changed.map((f) => [f, input[f]])),
        coFinancing: {
          before: before.coFinancing.map(({ kind, description, promised, delivered }) => ({
            kind,
            description,
            promised,
            delivered,
          })),
          after: input.coFinancing,
        },
      },
    });
    return { version: input.version + 1 };
  });
}

/** Submits a complete report: locked as a numbered version with the figures of the day, mailed to the writers and the Statsforvalter. */
export async function submitAnnualReport(actor: Actor, input: { id: string; version: number }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const r = await getAnnualReport(actor, input.id, now, tx);
    if (!r.can.write) throw new AppError("FORBIDDEN", "errors.detail.annualNoSubmit");
    if (r.issues.length)
      throw new AppError(
        "INVALID",
        "Årsrapporten er ikke ferdig",
        Object.fromEntries(r.issues.map((i) => [i.field, i.message])),
      );
    const number = r.submittedVersion + 1;
    const { count } = await tx.annualReport.updateMany({
      where: { id: r.id, version: input.version, status: r.status },
      data: {
        status: "SUBMITTED",
        submittedAt: now,
        submittedVersion: number,
        returnReason: null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.annualChanged");
    const { can: _can, issues: _issues, versions: _versions, ...snapshot } = r;
    await tx.annualReportVersion.create({
      data: {
        annualReportId: r.id,
        number,
        snapshot: JSON.parse(JSON.stringify({ ...snapshot, status: "SUBMITTED", submittedAt: now })),
        submittedAt: now,
        submittedById: actor.personId,
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "annual-report.submit",
      entityType: "AnnualReport",
      entityId: r.id,
      data: {
        from: r.status,
        number,
        late: now > r.deadline,
        usedOwner: r.usedOwner,
        usedUh: r.usedUh,
        ledger: r.ledger,
      },
    });
    const to = await writers(tx, {
      needsReportId: r.needsReportId,
      leadOwnerId: r.organisationId,
      networkId: r.network.id,
    });
    await mailAnnualSubmitted(tx, {
      id: r.id,
      year: r.year,
      measure: r.measureName,
      network: r.network.name,
      owner: r.organisation.name,
      organisationId: r.organisationId,
      countyId: r.countyId,
      number,
      by: { name: actor.name, email: actor.email },
      at: now,
      to,
    });
    return { number, late: now > r.deadline };
  });
}

async function reviewStep(
  actor: Actor,
  input: { id: string; version: number },
  now: Date,
  step: "return" | "approve",
  reason?: string,
) {
  return db.$transaction(async (tx) => {
    const r = await getAnnualReport(actor, input.id, now, tx);
    if (!canReviewAnnualReport(actor, { countyId: r.countyId, status: r.status }))
      throw new AppError("FORBIDDEN", "errors.detail.onlySubmittedAnnual");
    const data =
      step === "return"
        ? { status: "RETURNED" as const, returnReason: reason!, returnedAt: now }
        : { status: "APPROVED" as const, approvedAt: now, approvedById: actor.personId };
    const { count } = await tx.annualReport.updateMany({
      where: { id: r.id, version: input.version, status: "SUBMITTED" },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.annualChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: `annual-report.${step}`,
      entityType: "AnnualReport",
      entityId: r.id,
      data: { from: r.status, to: data.status, ...(reason ? { reason } : {}) },
    });
    if (step === "return") {
      const to = await writers(tx, {
        needsReportId: r.needsReportId,
        leadOwnerId: r.organisationId,
        networkId: r.network.id,
      });
      await mailAnnualReturned(tx, {
        id: r.id,
        year: r.year,
        measure: r.measureName,
        network: r.network.name,
        owner: r.organisation.name,
        organisationId: r.organisationId,
        reason: reason!,
        to,
      });
    }
    return { status: data.status };
  });
}

export const returnAnnualReport = (
  actor: Actor,
  input: { id: string; version: number; reason: string },
  now = new Date(),
) => reviewStep(actor, input, now, "return", input.reason);
export const approveAnnualReport = (actor: Actor, input: { id: string; version: number }, now = new Date()) =>
  reviewStep(actor, input, now, "approve");

/** The Statsforvalter sets a round's reporting deadline (end of the chosen day, Oslo time). */
export async function setAnnualDeadline(actor: Actor, input: { roundId: string; version: number; deadline: string }) {
  return db.$transaction(async (tx) => {
    const round = await tx.round.findFirst({
      where: { id: input.roundId, countyId: { in: actor.statsforvalterCountyIds } },
    });
    if (!round) throw new AppError("NOT_FOUND");
    if (!canManageAnnualReporting(actor, round.countyId)) throw new AppError("FORBIDDEN");
    const deadline = osloDateTime(input.deadline, "23:59");
    if (Number(input.deadline.slice(0, 4)) <= round.year)
      throw new AppError("INVALID", "Frist", { deadline: "validation.annualDeadline" });
    const { count } = await tx.round.updateMany({
      where: { id: round.id, version: input.version },
      data: { annualReportDeadline: deadline, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.deadlineChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "annual-report.deadline",
      entityType: "Round",
      entityId: round.id,
      data: { before: round.annualReportDeadline?.toISOString() ?? null, after: deadline.toISOString() },
    });
    return { deadline };
  });
}

/**
 * Sends the reminders that are due: 14 days before the deadline to those who
 * have not delivered, and once after it to those still missing. Each reminder
 * goes out at most once per report and kind, even when two instances run the
 * job at the same time (a unique row claims it in the same transaction as the
 * queued mail). `actor` is the Statsforvalter who pressed the button, or null
 * for the scheduled job.
 */
export async function sendAnnualReportReminders(
  actor: Actor | null,
  input: { countyId: string | null },
  now = new Date(),
) {
  if (actor && (!input.countyId || !canManageAnnualReporting(actor, input.countyId))) throw new AppError("NOT_FOUND");
  const rows = await expectedForCounty(input.countyId, now);
  let sent = 0;
  for (const row of rows) {
    if (row.delivered) continue;
    const kind = dueReminder(row.deadline, now);
    if (!kind) continue;
    const done = await db.$transaction(async (tx) => {
      const claim = await tx.annualReportReminder.createMany({
        data: [{ reportMeasureId: row.reportMeasureId, year: row.year, kind, recipients: [] }],
        skipDuplicates: true,
      });
      if (claim.count === 0) return false;
      const to = await writers(tx, {
        needsReportId: row.needsReportId,
        leadOwnerId: row.leadOwner.id,
        networkId: row.network.id,
      });
      await tx.annualReportReminder.update({
        where: { reportMeasureId_year_kind: { reportMeasureId: row.reportMeasureId, year: row.year, kind } },
        data: { recipients: to },
      });
      await mailAnnualReminder(tx, {
        kind,
        reportMeasureId: row.reportMeasureId,
        year: row.year,
        measure: row.measureName,
        network: row.network.name,
        owner: row.leadOwner.name,
        ownerId: row.leadOwner.id,
        deadline: row.deadline,
        to,
      });
      await audit(tx, {
        actorId: actor?.personId ?? null,
        action: "annual-report.remind",
        entityType: "ReportMeasure",
        entityId: row.reportMeasureId,
        data: { year: row.year, kind, to },
      });
      return true;
    });
    if (done) sent++;
  }
  return { sent };
}
