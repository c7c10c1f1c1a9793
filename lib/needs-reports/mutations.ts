import "server-only";
import { cleanJson } from "@/lib/form-data";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { inYear, networkActiveIn } from "@/lib/networks/membership";
import { AppError } from "@/lib/errors";
import { z } from "zod";
import { fieldErrors, recordId } from "@/lib/validation";
import type { Actor } from "@/lib/auth/actor";
import {
  canEditNeedsReport,
  canStartNeedsReport,
  canWithdrawNeedsReport,
  deadlineAllowsSubmit,
  needsReportScope,
} from "@/lib/needs-reports/policy";
import { draftSchema, submitSchema, type NeedsReportDraft } from "@/lib/needs-reports/schema";
import { childRows, draftInclude, reportColumns, toDraft } from "@/lib/needs-reports/mapping";
import { mailReopenRequested, mailSubmitted } from "@/lib/needs-reports/notifications";
import { draftForNewRound } from "@/lib/needs-reports/copy";

/** A report reference as the browser sends it (the id and the version the user edited): never trusted. */
const refArgs = z.object({ id: recordId, expectedVersion: z.number().int().min(1).max(2_147_483_647) });
function checkRef(id: unknown, expectedVersion: unknown) {
  const args = refArgs.safeParse({ id, expectedVersion });
  if (!args.success) throw new AppError("INVALID", "Ugyldig forespørsel", { _form: "validation.badRequest" });
  return args.data;
}

/** Loads a report the actor may edit, inside the transaction; "not found" outside their scope. */
async function loadForEdit(tx: Tx, actor: Actor, id: string) {
  const report = await tx.needsReport.findFirst({
    where: { AND: [{ id }, needsReportScope(actor)] },
    include: { ...draftInclude, round: true, network: { select: { name: true } } },
  });
  if (!report) throw new AppError("NOT_FOUND");
  if (!canEditNeedsReport(actor, report)) throw new AppError("FORBIDDEN", "errors.detail.reportLocked");
  return report;
}

/** The organisations a draft refers to must exist and be of the right kind. */
async function checkReferences(tx: Tx, report: { networkId: string; leadOwnerId: string }, d: NeedsReportDraft) {
  const errors: Record<string, string> = {};
  const owners = await tx.organisation.findMany({
    where: { id: { in: d.otherOwnerIds }, kind: { in: ["KOMMUNE", "FYLKESKOMMUNE", "PRIVAT"] } },
    select: { id: true },
  });
  if (owners.length !== new Set(d.otherOwnerIds).size || d.otherOwnerIds.includes(report.leadOwnerId))
    errors.otherOwnerIds = "validation.unknownOwner";
  const uhIds = [...new Set([...d.uhUnitIds, ...(d.uhInstitutionId ? [d.uhInstitutionId] : [])])];
  const uh = await tx.organisation.findMany({
    where: { id: { in: uhIds }, kind: "UH" },
    select: { id: true, parentId: true },
  });
  if (uh.length !== uhIds.length) errors.uhUnitIds = "validation.unknownUh";
  else if (d.uhInstitutionId && uh.some((u) => d.uhUnitIds.includes(u.id) && u.parentId !== d.uhInstitutionId))
    errors.uhUnitIds = "validation.unitNotOfInstitution";
  if (Object.keys(errors).length) throw new AppError("INVALID", "Ugyldige valg", errors);
}

/**
 * What a save that lost the race is told: the stored draft and its version,
 * and who saved it when (the last write in the report's audit trail), so the
 * message can say "Eirik Solstad lagret kl. 14.12".
 */
async function conflictDetails(
  tx: Tx,
  current: Parameters<typeof toDraft>[0] & { id: string; version: number; updatedAt: Date },
) {
  const last = await tx.auditEvent.findFirst({
    where: {
      entityType: "NeedsReport",
      entityId: current.id,
      action: { in: ["needs-report.create", "needs-report.save", "needs-report.withdraw"] },
    },
    orderBy: { at: "desc" },
    select: { actor: { select: { name: true } } },
  });
  return {
    version: current.version,
    draft: toDraft(current),
    savedAt: current.updatedAt.toISOString(),
    savedBy: last?.actor?.name ?? null,
  };
}

/**
 * Starts a new draft report for an owner in a network and round — empty, or
 * from an earlier report of the same network or lead owner that the actor
 * can see (lib/needs-reports/copy.ts says what is carried over).
 */
export async function createNeedsReport(
  actor: Actor,
  input: {
    roundId: string;
    networkId: string;
    leadOwnerId: string;
    fromReportId?: string | null;
    keepAmounts?: boolean;
  },
) {
  return db.$transaction(async (tx) => {
    const round = await tx.round.findUnique({ where: { id: input.roundId } });
    // The network and its members as they are in the round's year.
    const network = round
      ? await tx.network.findFirst({
          where: { id: input.networkId, ...networkActiveIn(round.year) },
          include: { members: { where: inYear(round.year), select: { organisationId: true } } },
        })
      : null;
    if (!round || !network) throw new AppError("NOT_FOUND");
    const allowed = canStartNeedsReport(actor, {
      leadOwnerId: input.leadOwnerId,
      networkId: network.id,
      networkMemberIds: network.members.map((m) => m.organisationId),
      networkCountyId: network.countyId,
      round,
    });
    if (!allowed) throw new AppError("NOT_FOUND");
    const source = input.fromReportId
      ? await tx.needsReport.findFirst({
          where: {
            AND: [
              { id: input.fromReportId },
              needsReportScope(actor),
              { OR: [{ networkId: network.id }, { leadOwnerId: input.leadOwnerId }] },
              { round: { year: { lte: round.year } } },
            ],
          },
          include: { ...draftInclude, round: { select: { year: true } } },
        })
      : null;
    if (input.fromReportId && !source)
      throw new AppError("INVALID", "Ukjent behovsmelding", { from: "validation.choose" });
    const report = await tx.needsReport.create({
      data: {
        roundId: round.id,
        networkId: network.id,
        leadOwnerId: input.leadOwnerId,
        createdById: actor.personId,
        copiedFromId: source?.id ?? null,
      },
    });
    if (source) {
      const draft = draftForNewRound(toDraft(source), {
        fromYear: source.round.year,
        toYear: round.year,
        keepAmounts: input.keepAmounts ?? true,
        roundSchemes: round.schemes,
        leadOwnerId: input.leadOwnerId,
        memberIds: network.members.map((m) => m.organisationId),
        sourceLeadOwnerId: source.leadOwnerId,
      });
      await writeDraftRows(tx, report.id, draftSchema.parse(draft));
      await tx.needsReport.update({ where: { id: report.id }, data: reportColumns(draft) });
    }
    await audit(tx, {
      actorId: actor.personId,
      action: "needs-report.create",
      entityType: "NeedsReport",
      entityId: report.id,
      data: input,
    });
    const created = await tx.needsReport.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } });
    return { id: report.id, version: created.version };
  });
}

/** Replaces a report's parts (owners, UH, contacts, measures with their lines, semesters and later needs, partners, co-determination). */
async function writeDraftRows(tx: Tx, id: string, draft: NeedsReportDraft) {
  const rows = childRows(id, draft);
  await Promise.all([
    tx.needsReportOwner.deleteMany({ where: { reportId: id } }),
    tx.needsReportUhUnit.deleteMany({ where: { reportId: id } }),
    tx.needsReportContact.deleteMany({ where: { reportId: id } }),
    tx.reportPartner.deleteMany({ where: { reportId: id } }),
    tx.codeterminationParticipant.deleteMany({ where: { reportId: id } }),
  ]);
  // Measures keep their ids where the position is unchanged, so links from planned measures survive.
  const existing = await tx.reportMeasure.findMany({ where: { reportId: id }, select: { id: true, position: true } });
  await tx.reportMeasure.deleteMany({ where: { reportId: id, position: { gt: rows.measures.length } } });
  await Promise.all([
    tx.needsReportOwner.createMany({ data: rows.owners }),
    tx.needsReportUhUnit.createMany({ data: rows.uhUnits }),
    tx.needsReportContact.createMany({ data: rows.contacts }),
    tx.reportPartner.createMany({ data: rows.partners }),
    tx.codeterminationParticipant.createMany({ data: rows.codetermination }),
  ]);
  for (const m of rows.measures) {
    const keep = existing.find((e) => e.position === m.data.position);
    const measureId = keep
      ? (await tx.reportMeasure.update({ where: { id: keep.id }, data: m.data })).id
      : (await tx.reportMeasure.create({ data: m.data })).id;
    await Promise.all([
      tx.budgetLine.deleteMany({ where: { reportMeasureId: measureId } }),
      tx.reportMeasureSemester.deleteMany({ where: { reportMeasureId: measureId } }),
      tx.laterNeed.deleteMany({ where: { reportMeasureId: measureId } }),
    ]);
    await Promise.all([
      tx.budgetLine.createMany({ data: m.budgetLines.map((l) => ({ ...l, reportMeasureId: measureId })) }),
      tx.reportMeasureSemester.createMany({ data: m.semesters.map((s) => ({ ...s, reportMeasureId: measureId })) }),
      tx.laterNeed.createMany({ data: m.laterNeeds.map((n) => ({ ...n, reportMeasureId: measureId })) }),
    ]);
  }
}

/**
 * Saves a draft. `expectedVersion` is the version the user's form started
 * from: if someone else saved in between, nothing is written and CONFLICT
 * carries the stored draft so the user sees what changed.
 */
export async function saveNeedsReportDraft(actor: Actor, reportId: string, version: number, input: unknown) {
  const { id, expectedVersion } = checkRef(reportId, version);
  const parsed = draftSchema.safeParse(cleanJson(input));
  if (!parsed.success) throw new AppError("INVALID", "Ugyldige felt", fieldErrors(parsed.error));
  const draft = parsed.data;
  return db.$transaction(async (tx) => {
    const report = await loadForEdit(tx, actor, id);
    if (report.version !== expectedVersion)
      throw new AppError("CONFLICT", "errors.detail.reportChanged", await conflictDetails(tx, report));
    await checkReferences(tx, report, draft);
    // Optimistic lock in the write itself: a concurrent save between our read and this update changes 0 rows.
    const { count } = await tx.needsReport.updateMany({
      where: { id, version: expectedVersion },
      data: { ...reportColumns(draft), version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.needsReport.findUniqueOrThrow({ where: { id }, include: draftInclude });
      throw new AppError("CONFLICT", "errors.detail.reportChanged", await conflictDetails(tx, current));
    }
    await writeDraftRows(tx, id, draft);
    const saved = await tx.needsReport.findUniqueOrThrow({
      where: { id },
      select: { id: true, version: true, updatedAt: true },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "needs-report.save",
      entityType: "NeedsReport",
      entityId: id,
      data: { version: saved.version },
    });
    return saved;
  });
}

/**
 * Submits the report: every rule of the form must hold, the deadline must
 * allow it, and a numbered, locked version with the full content is kept.
 */
export async function submitNeedsReport(actor: Actor, reportId: string, version: number, now = new Date()) {
  const { id, expectedVersion } = checkRef(reportId, version);
  return db.$transaction(async (tx) => {
    const report = await loadForEdit(tx, actor, id);
    if (report.version !== expectedVersion)
      throw new AppError("CONFLICT", "errors.detail.reportChanged", await conflictDetails(tx, report));
    if (!deadlineAllowsSubmit(report.round, report, now))
      throw new AppError("DEADLINE_PASSED", "errors.detail.submitDeadlinePassed");
    const draft = toDraft(report);
    const checked = submitSchema({ roundYear: report.round.year, roundSchemes: report.round.schemes }).safeParse(draft);
    if (!checked.success)
      throw new AppError("INVALID", "Behovsmeldingen er ikke fullstendig", fieldErrors(checked.error));
    const number = report.submittedVersion + 1;
    const { count } = await tx.needsReport.updateMany({
      where: { id, version: expectedVersion },
      data: {
        status: "SUBMITTED",
        submittedVersion: number,
        submittedAt: now,
        returnReason: null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.reportChanged");
    const { round, network, ...content } = report;
    await tx.needsReportVersion.create({
      data: {
        reportId: id,
        number,
        submittedAt: now,
        submittedById: actor.personId,
        snapshot: JSON.parse(JSON.stringify({ ...content, roundYear: round.year, draft })),
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "needs-report.submit",
      entityType: "NeedsReport",
      entityId: id,
      data: { number },
    });
    await mailSubmitted(tx, {
      id,
      year: round.year,
      network: network.name,
      number,
      by: { name: actor.name, email: actor.email },
      at: now,
    });
    return { number, version: expectedVersion + 1 };
  });
}

/**
 * Takes a submitted report back to draft before the deadline, while nobody
 * has started the review. "Not found" outside the actor's scope; refused for
 * those who see it but may not edit it, and once the review has started or
 * the deadline has passed.
 */
export async function withdrawNeedsReport(actor: Actor, reportId: string, version: number, now = new Date()) {
  const { id, expectedVersion } = checkRef(reportId, version);
  return db.$transaction(async (tx) => {
    const report = await tx.needsReport.findFirst({
      where: { AND: [{ id }, needsReportScope(actor)] },
      include: { round: { select: { deadline: true } } },
    });
    if (!report) throw new AppError("NOT_FOUND");
    if (!actor.ownerOrgIds.includes(report.leadOwnerId) && !actor.coordinatorNetworkIds.includes(report.networkId))
      throw new AppError("FORBIDDEN");
    if (report.version !== expectedVersion) throw new AppError("CONFLICT", "errors.detail.reportChanged");
    if (!canWithdrawNeedsReport(actor, report, report.round, now))
      throw new AppError("INVALID", "Kan ikke trekkes tilbake", { _form: "validation.cannotWithdraw" });
    const { count } = await tx.needsReport.updateMany({
      where: { id, version: expectedVersion, status: "SUBMITTED" },
      data: { status: "DRAFT", version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.reportChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "needs-report.withdraw",
      entityType: "NeedsReport",
      entityId: id,
      data: { submittedVersion: report.submittedVersion },
    });
    return { version: expectedVersion + 1 };
  });
}

/** After the deadline: the owners ask the county's Statsforvalter to reopen this report; it then becomes visible to them. */
export async function requestReopen(actor: Actor, id: string, reason: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const report = await loadForEdit(tx, actor, id);
    if (deadlineAllowsSubmit(report.round, report, now))
      throw new AppError("INVALID", "Fristen er ikke ute", { reason: "validation.deadlineNotPassed" });
    await tx.needsReport.update({
      where: { id },
      data: { reopenRequestedAt: now, reopenRequestReason: reason, version: { increment: 1 } },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "needs-report.requestReopen",
      entityType: "NeedsReport",
      entityId: id,
      data: { reason },
    });
    const owner = await tx.organisation.findUniqueOrThrow({
      where: { id: report.leadOwnerId },
      select: { name: true },
    });
    await mailReopenRequested(tx, {
      id,
      countyId: report.round.countyId,
      year: report.round.year,
      network: report.network.name,
      owner: owner.name,
      reason,
      by: actor.name,
    });
  });
}
