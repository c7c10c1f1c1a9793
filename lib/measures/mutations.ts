import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canCreateMeasure, canPlanGatherings, canPlanMeasure, measureScope } from "@/lib/measures/policy";
import { needsReportScope } from "@/lib/needs-reports/policy";
import type {
  CreateMeasureInput,
  ParticipationInput,
  SemesterPlanInput,
  UpdateMeasureInput,
} from "@/lib/measures/schema";
import { compareSemesters } from "@/lib/semesters";

const CONFLICT = "errors.detail.measureChangedKept";

/** A measure in scope, for a change by someone who may plan it (details: `canPlanMeasure`; semesters and gatherings: `canPlanGatherings`). */
export async function measureForChange(tx: Tx, actor: Actor, id: string, what: "measure" | "gatherings" = "measure") {
  const scoped = await tx.measure.findFirst({ where: { AND: [{ id }, measureScope(actor)] }, select: { id: true } });
  if (!scoped) throw new AppError("NOT_FOUND");
  // One change to a measure and its plan at a time (gatherings check semesters and networks the plan may be changing).
  await tx.$executeRaw`SELECT 1 FROM "Measure" WHERE id = ${scoped.id} FOR UPDATE`;
  const m = await tx.measure.findUniqueOrThrow({
    where: { id: scoped.id },
    include: { participations: { select: { networkId: true } } },
  });
  const facts = {
    countyId: m.countyId,
    ownerNetworkId: m.ownerNetworkId,
    isJoint: m.isJoint,
    networkIds: m.participations.map((p) => p.networkId),
  };
  if (!(what === "measure" ? canPlanMeasure(actor, facts) : canPlanGatherings(actor, facts)))
    throw new AppError("NOT_FOUND");
  return { ...m, networkIds: m.ownerNetworkId ? [m.ownerNetworkId] : facts.networkIds };
}

async function bump(tx: Tx, id: string, version: number, data: Prisma.MeasureUpdateManyMutationInput = {}) {
  const { count } = await tx.measure.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT", CONFLICT);
}

/** The needs-report measure that funds this one must be in a submitted report of one of its networks that the actor may read. */
async function checkReportMeasure(tx: Tx, actor: Actor, reportMeasureId: string | undefined, networkIds: string[]) {
  if (!reportMeasureId) return;
  const found = await tx.reportMeasure.findFirst({
    where: {
      id: reportMeasureId,
      report: { AND: [{ networkId: { in: networkIds }, status: { not: "DRAFT" } }, needsReportScope(actor)] },
    },
    select: { id: true },
  });
  if (!found) throw new AppError("INVALID", "Ukjent tiltak i behovsmelding", { reportMeasureId: "validation.choose" });
}

const detailColumns = (m: CreateMeasureInput | UpdateMeasureInput) => ({
  name: m.name,
  scheme: m.scheme,
  goal: m.goal,
  targetGroup: m.targetGroup,
  content: m.content,
  organisation: m.organisation,
  obligations: m.obligations,
  reportMeasureId: m.reportMeasureId ?? null,
});

export async function createMeasure(actor: Actor, input: CreateMeasureInput) {
  return db.$transaction(async (tx) => {
    let countyId: string;
    let networkIds: string[];
    if (input.kind === "OWN") {
      const network = await tx.network.findUnique({
        where: { id: input.ownerNetworkId! },
        select: { id: true, countyId: true },
      });
      if (
        !network ||
        !canCreateMeasure(actor, { countyId: network.countyId, ownerNetworkId: network.id, isJoint: false })
      )
        throw new AppError("INVALID", "Ukjent nettverk", { ownerNetworkId: "validation.choose" });
      countyId = network.countyId;
      networkIds = [network.id];
    } else {
      if (!canCreateMeasure(actor, { countyId: input.countyId!, ownerNetworkId: null, isJoint: true }))
        throw new AppError("INVALID", "Ukjent fylke", { countyId: "validation.choose" });
      countyId = input.countyId!;
      const networks = await tx.network.findMany({
        where: { id: { in: input.networkIds }, countyId },
        select: { id: true },
      });
      if (networks.length !== new Set(input.networkIds).size)
        throw new AppError("INVALID", "Ukjent nettverk", { networkIds: "validation.chooseNetworks" });
      networkIds = networks.map((n) => n.id);
    }
    await checkReportMeasure(tx, actor, input.reportMeasureId, networkIds);
    const measure = await tx.measure.create({
      data: {
        ...detailColumns(input),
        countyId,
        isJoint: input.kind === "JOINT",
        ownerNetworkId: input.kind === "OWN" ? networkIds[0]! : null,
        participations: { create: input.kind === "JOINT" ? networkIds.map((networkId) => ({ networkId })) : [] },
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "measure.create",
      entityType: "Measure",
      entityId: measure.id,
      data: { ...input },
    });
    return { id: measure.id };
  });
}

export async function updateMeasure(actor: Actor, input: UpdateMeasureInput) {
  return db.$transaction(async (tx) => {
    const m = await measureForChange(tx, actor, input.id);
    await checkReportMeasure(tx, actor, input.reportMeasureId, m.networkIds);
    await bump(tx, m.id, input.version, detailColumns(input));
    await audit(tx, {
      actorId: actor.personId,
      action: "measure.update",
      entityType: "Measure",
      entityId: m.id,
      data: {
        before: {
          name: m.name,
          scheme: m.scheme,
          goal: m.goal,
          targetGroup: m.targetGroup,
          content: m.content,
          organisation: m.organisation,
          obligations: m.obligations,
          reportMeasureId: m.reportMeasureId,
        },
        after: detailColumns(input),
      },
    });
  });
}

/**
 * Cohorts and participating networks of a joint measure. Each cohort row
 * carries its id, so semesters and gatherings planned for it stay attached
 * whatever is removed around it; a cohort that still has semesters or
 * gatherings cannot be removed. Numbers follow the order of the rows.
 */
export async function setParticipation(actor: Actor, input: ParticipationInput) {
  return db.$transaction(async (tx) => {
    const m = await measureForChange(tx, actor, input.id);
    if (!m.isJoint) throw new AppError("FORBIDDEN", "errors.detail.onlyJointCohorts");
    const networks = await tx.network.findMany({
      where: { id: { in: input.networks.map((n) => n.networkId) }, countyId: m.countyId },
      select: { id: true },
    });
    if (networks.length !== new Set(input.networks.map((n) => n.networkId)).size)
      throw new AppError("INVALID", "Ukjent nettverk", { _form: "validation.badRequest" });
    await bump(tx, m.id, input.version);
    const existing = await tx.cohort.findMany({
      where: { measureId: m.id },
      orderBy: { number: "asc" },
      include: { _count: { select: { semesters: true, gatherings: true } } },
    });
    if (input.cohorts.some((c) => c.cohortId && !existing.some((e) => e.id === c.cohortId)))
      throw new AppError("INVALID", "Ukjent pulje", { _form: "validation.badRequest" });
    const kept = new Set(input.cohorts.map((c) => c.cohortId).filter(Boolean));
    const removed = existing.filter((c) => !kept.has(c.id));
    if (removed.some((c) => c._count.semesters + c._count.gatherings > 0))
      throw new AppError("INVALID", "Puljen er i bruk", { _form: "validation.cohortInUse" });
    await tx.measureParticipation.deleteMany({ where: { measureId: m.id } });
    await tx.cohort.deleteMany({ where: { id: { in: removed.map((c) => c.id) } } });
    // Numbers are unique: move the kept ones out of the way before numbering in row order.
    await tx.cohort.updateMany({ where: { measureId: m.id }, data: { number: { increment: 1000 } } });
    const cohortIds: string[] = [];
    for (const [i, c] of input.cohorts.entries()) {
      const data = { name: c.name, startYear: c.startYear, endYear: c.endYear, number: i + 1 };
      cohortIds.push(
        c.cohortId
          ? (await tx.cohort.update({ where: { id: c.cohortId }, data })).id
          : (await tx.cohort.create({ data: { ...data, measureId: m.id } })).id,
      );
    }
    const taking = input.networks.filter((n) => n.cohort !== "");
    await tx.measureParticipation.createMany({
      data: taking.map((n) => ({
        measureId: m.id,
        networkId: n.networkId,
        cohortId: n.cohort === "0" ? null : cohortIds[Number(n.cohort) - 1]!,
      })),
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "measure.participation",
      entityType: "Measure",
      entityId: m.id,
      data: {
        before: { networks: m.networkIds, cohorts: existing.map((c) => c.name) },
        after: { networks: taking, cohorts: input.cohorts },
      },
    });
  });
}

export async function setContributors(
  actor: Actor,
  input: {
    id: string;
    version: number;
    contributors: { organisationId: string; personId?: string; role: string | null }[];
  },
) {
  return db.$transaction(async (tx) => {
    const m = await measureForChange(tx, actor, input.id);
    const orgIds = [...new Set(input.contributors.map((c) => c.organisationId))];
    const orgs = await tx.organisation.findMany({ where: { id: { in: orgIds }, kind: "UH" }, select: { id: true } });
    const personIds = input.contributors.flatMap((c) => (c.personId ? [c.personId] : []));
    // A contact person is someone who acts for a UH institution or unit in the portal.
    const people = await tx.person.findMany({
      where: { id: { in: personIds }, active: true, roleBindings: { some: { role: "UH" } } },
      select: { id: true },
    });
    const errors: Record<string, string> = {};
    input.contributors.forEach((c, i) => {
      if (!orgs.some((o) => o.id === c.organisationId))
        errors[`contributors.${i}.organisationId`] = "validation.choose";
      if (c.personId && !people.some((p) => p.id === c.personId))
        errors[`contributors.${i}.personId`] = "validation.choose";
    });
    if (Object.keys(errors).length) throw new AppError("INVALID", "Ukjent bidragsyter", errors);
    await bump(tx, m.id, input.version);
    const before = await tx.measureContributor.findMany({
      where: { measureId: m.id },
      select: { organisationId: true, personId: true, role: true },
    });
    await tx.measureContributor.deleteMany({ where: { measureId: m.id } });
    await tx.measureContributor.createMany({
      data: input.contributors.map((c) => ({
        measureId: m.id,
        organisationId: c.organisationId,
        personId: c.personId ?? null,
        role: c.role,
      })),
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "measure.contributors",
      entityType: "Measure",
      entityId: m.id,
      data: { before, after: input.contributors },
    });
  });
}

/**
 * The semester plan, numbered 1..n in time order (per cohort where there are
 * cohorts). Semesters keep their ids, so gatherings stay attached; one that
 * has gatherings cannot be removed.
 */
export async function setSemesterPlan(actor: Actor, input: SemesterPlanInput) {
  return db.$transaction(async (tx) => {
    const m = await measureForChange(tx, actor, input.id, "gatherings");
    const cohorts = await tx.cohort.findMany({
      where: { measureId: m.id },
      orderBy: { number: "asc" },
      select: { id: true },
    });
    const cohortOf = (c: string) => (c === "0" || c === "" ? null : (cohorts[Number(c) - 1]?.id ?? undefined));
    const errors: Record<string, string> = {};
    input.semesters.forEach((s, i) => {
      if (cohortOf(s.cohort) === undefined) errors[`semesters.${i}.cohort`] = "validation.choose";
    });
    const existing = await tx.measureSemester.findMany({
      where: { measureId: m.id },
      include: { _count: { select: { gatherings: true } } },
    });
    const kept = new Set(input.semesters.map((s) => s.semesterId).filter(Boolean));
    if (input.semesters.some((s) => s.semesterId && !existing.some((e) => e.id === s.semesterId)))
      errors._form = "validation.badRequest";
    if (existing.some((e) => !kept.has(e.id) && e._count.gatherings > 0)) errors._form = "validation.semesterInUse";
    if (Object.keys(errors).length) throw new AppError("INVALID", "Semesterplanen går ikke", errors);
    await bump(tx, m.id, input.version);
    await tx.measureSemester.deleteMany({ where: { measureId: m.id, id: { notIn: [...kept] as string[] } } });
    // Number in time order per cohort; move kept rows out of the way first (the numbers are unique).
    await tx.measureSemester.updateMany({ where: { measureId: m.id }, data: { number: { increment: 1000 } } });
    const groups = new Map<string | null, typeof input.semesters>();
    for (const s of input.semesters) groups.set(cohortOf(s.cohort)!, [...(groups.get(cohortOf(s.cohort)!) ?? []), s]);
    for (const [cohortId, list] of groups) {
      const ordered = [...list].sort(compareSemesters);
      for (const [i, s] of ordered.entries()) {
        const data = {
          cohortId,
          number: i + 1,
          term: s.term,
          year: s.year,
          focus: s.focus,
          betweenWork: s.betweenWork,
        };
        if (s.semesterId) {
          await tx.measureSemester.update({ where: { id: s.semesterId }, data });
          // Gatherings follow their semester into another cohort.
          await tx.gathering.updateMany({ where: { semesterId: s.semesterId }, data: { cohortId } });
        } else await tx.measureSemester.create({ data: { ...data, measureId: m.id } });
      }
    }
    await audit(tx, {
      actorId: actor.personId,
      action: "measure.semesters",
      entityType: "Measure",
      entityId: m.id,
      data: {
        before: existing.map((e) => ({ number: e.number, term: e.term, year: e.year, focus: e.focus })),
        after: input.semesters.map((s) => ({ term: s.term, year: s.year, focus: s.focus, cohort: s.cohort })),
      },
    });
  });
}
