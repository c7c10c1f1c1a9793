import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canEditBudgetLines, canImportKeyData, canManageBudget } from "@/lib/budget/policy";
import { computeFrames, frameAmounts, proposeUhSplit } from "@/lib/budget/frames";
import { budgetNetworks, loadBudget, networkKeys, uhPartners } from "@/lib/budget/queries";
import type { BudgetInput } from "@/lib/budget/schema";
import { checkKeyRows, decodeCsv, parseKeyCsv, type CheckedRow, type FileError } from "@/lib/budget/key-import";
import { sum } from "@/lib/money";

const CONFLICT = "errors.detail.budgetChangedRetry";

/** Bumps the budget's version if it is still `version`: the optimistic lock, and a row lock that serialises writers. */
async function bumpBudget(tx: Tx, id: string, version: number, data: Prisma.YearBudgetUpdateManyMutationInput = {}) {
  const { count } = await tx.yearBudget.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT", CONFLICT);
}

const lineRows = (lines: BudgetInput["lines"]) =>
  lines.map((l, i) => ({ kind: l.kind, label: l.label, amount: l.amount, position: i + 1 }));

/** The lines must fit in the allocated amount. */
function checkLinesFit(lines: BudgetInput["lines"], allocated: number) {
  if (sum(lines.map((l) => l.amount)) > allocated)
    throw new AppError("INVALID", "Over tildelt", { lines: "validation.linesAboveAllocated" });
}

/**
 * A new year budget for a round (county and year) and scheme. Its allocated
 * amount is the directorate's for the county, scheme and year: without one,
 * there is no budget yet.
 */
export async function createBudget(
  actor: Actor,
  input: {
    roundId: string;
    scheme: "DESENTRALISERT" | "REGIONAL" | "KOMPETANSELOFTET";
    lines: BudgetInput["lines"];
    note: string | null;
  },
) {
  return db.$transaction(async (tx) => {
    const round = await tx.round.findFirst({
      where: { id: input.roundId, countyId: { in: actor.statsforvalterCountyIds } },
    });
    if (!round) throw new AppError("NOT_FOUND");
    const exists = await tx.yearBudget.findUnique({
      where: { countyId_year_scheme: { countyId: round.countyId, year: round.year, scheme: input.scheme } },
      select: { id: true },
    });
    if (exists) throw new AppError("INVALID", "Finnes fra før", { roundId: "validation.budgetExists" });
    const allocation = await tx.countyAllocation.findUnique({
      where: { countyId_year_scheme: { countyId: round.countyId, year: round.year, scheme: input.scheme } },
    });
    if (!allocation) throw new AppError("INVALID", "Ikke tildelt", { scheme: "validation.noCountyAllocation" });
    checkLinesFit(input.lines, allocation.amount);
    const budget = await tx.yearBudget.create({
      data: {
        countyId: round.countyId,
        roundId: round.id,
        year: round.year,
        scheme: input.scheme,
        allocatedAmount: allocation.amount,
        note: input.note,
        createdById: actor.personId,
        lines: { create: lineRows(input.lines) },
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "budget.create",
      entityType: "YearBudget",
      entityId: budget.id,
      data: { year: round.year, scheme: input.scheme, allocated: allocation.amount, lines: input.lines },
    });
    return { id: budget.id };
  });
}

/** Changes the lines and the note, until a frame scenario is decided. A changed UH line clears the forum's split of it. */
export async function updateBudget(actor: Actor, input: BudgetInput) {
  return db.$transaction(async (tx) => {
    const budget = await loadBudget(tx, actor, input.id);
    if (!canManageBudget(actor, budget.countyId)) throw new AppError("NOT_FOUND");
    if (
      !canEditBudgetLines(actor, {
        countyId: budget.countyId,
        hasDecidedScenario: budget.scenarios.some((s) => s.decided),
      })
    ) {
      throw new AppError("FORBIDDEN", "errors.detail.budgetLocked");
    }
    const uhBefore = sum(budget.lines.filter((l) => l.kind === "UH_DIRECT").map((l) => l.amount));
    const uhAfter = sum(input.lines.filter((l) => l.kind === "UH_DIRECT").map((l) => l.amount));
    const clearUhSplit = uhBefore !== uhAfter && budget.uhAllocations.length > 0;
    checkLinesFit(input.lines, budget.allocatedAmount);
    await bumpBudget(tx, budget.id, input.version, {
      note: input.note,
      ...(clearUhSplit ? { uhSplitReason: null } : {}),
    });
    await tx.yearBudgetLine.deleteMany({ where: { budgetId: budget.id } });
    await tx.yearBudgetLine.createMany({ data: lineRows(input.lines).map((l) => ({ ...l, budgetId: budget.id })) });
    if (clearUhSplit) await tx.uhAllocation.deleteMany({ where: { budgetId: budget.id } });
    await audit(tx, {
      actorId: actor.personId,
      action: "budget.update",
      entityType: "YearBudget",
      entityId: budget.id,
      data: {
        before: {
          allocated: budget.allocatedAmount,
          lines: budget.lines.map((l) => ({ kind: l.kind, label: l.label, amount: l.amount })),
        },
        after: { allocated: budget.allocatedAmount, lines: input.lines },
        ...(clearUhSplit ? { uhSplitCleared: true } : {}),
      },
    });
  });
}

/**
 * Records the forum's split of the direct UH line. Equal to the pro-rata
 * proposal, nothing is overridden; otherwise the parts must add up to the line
 * exactly and the forum's reason is required.
 */
export async function setUhSplit(
  actor: Actor,
  input: { id: string; version: number; reason: string; amounts: { organisationId: string; amount: number }[] },
) {
  return db.$transaction(async (tx) => {
    const budget = await loadBudget(tx, actor, input.id);
    if (!canManageBudget(actor, budget.countyId)) throw new AppError("NOT_FOUND");
    const networks = await budgetNetworks(tx, budget);
    const line = sum(budget.lines.filter((l) => l.kind === "UH_DIRECT").map((l) => l.amount));
    const proposal = proposeUhSplit(
      line,
      await uhPartners(
        tx,
        networks.map((n) => n.id),
        budget.year,
      ),
    );
    const given = new Map(input.amounts.map((a) => [a.organisationId, a.amount]));
    if (given.size !== proposal.length || proposal.some((p) => !given.has(p.organisationId)))
      throw new AppError("INVALID", "Ukjent UH", { _form: "validation.badRequest" });
    const errors: Record<string, string> = {};
    if (sum([...given.values()]) !== line) errors["amounts.0.amount"] = "validation.uhSplitSum";
    const same = proposal.every((p) => given.get(p.organisationId) === p.proposed);
    if (!same && input.reason.length < 10) errors.reason = "validation.uhSplitReason";
    if (Object.keys(errors).length) throw new AppError("INVALID", "Fordelingen går ikke opp", errors);
    await bumpBudget(tx, budget.id, input.version, { uhSplitReason: same ? null : input.reason });
    await tx.uhAllocation.deleteMany({ where: { budgetId: budget.id } });
    if (!same) {
      await tx.uhAllocation.createMany({
        data: proposal.map((p) => ({
          budgetId: budget.id,
          organisationId: p.organisationId,
          networkCount: p.networkCount,
          proposedAmount: p.proposed,
          decidedAmount: given.get(p.organisationId)!,
        })),
      });
    }
    await audit(tx, {
      actorId: actor.personId,
      action: "budget.uhSplit",
      entityType: "YearBudget",
      entityId: budget.id,
      data: {
        before: budget.uhAllocations.map((u) => ({ organisationId: u.organisationId, amount: u.decidedAmount })),
        after: same ? "proposal" : input.amounts,
        reason: input.reason,
      },
    });
  });
}

/** Computes frames for a scenario from the key data as it is now, with the inputs it used. */
async function computeScenario(
  tx: Tx,
  budget: { countyId: string; scheme: "DESENTRALISERT" | "REGIONAL" | "KOMPETANSELOFTET"; year: number },
  s: { key: "TEACHER_FTE" | "STAFF_FTE" | "CUSTOM"; keyYear: number; baseAmount: number; proRataAmount: number },
) {
  const networks = await budgetNetworks(tx, budget);
  if (networks.length === 0) throw new AppError("INVALID", "Ingen nettverk", { _form: "validation.noNetworks" });
  const { keys, missing } = await networkKeys(tx, networks, s.key, s.keyYear);
  if (keys.every((k) => k.key === 0))
    throw new AppError("INVALID", "Ingen nøkkeldata", { keyYear: "validation.noKeyData" });
  const frames = computeFrames({ base: s.baseAmount, proRata: s.proRataAmount }, keys);
  const inputs = {
    computedAt: new Date().toISOString(),
    key: s.key,
    keyYear: s.keyYear,
    amounts: { base: s.baseAmount, proRata: s.proRataAmount },
    networks: keys.map((k) => ({ networkId: k.networkId, name: k.name, key: k.key, owners: k.owners })),
    missing: missing.map((m) => ({ organisationId: m.organisationId, name: m.name, network: m.network })),
  };
  return { frames, inputs };
}

const frameRows = (frames: ReturnType<typeof computeFrames>) =>
  frames.map((f) => ({
    networkId: f.networkId,
    keyValue: f.key.toFixed(4),
    baseShare: f.baseShare,
    proRataShare: f.proRataShare,
    frame: f.frame,
  }));

/** A new frame scenario: the budget's amounts unless other amounts are tried. */
export async function createScenario(
  actor: Actor,
  input: {
    budgetId: string;
    name: string;
    key: "TEACHER_FTE" | "STAFF_FTE";
    keyYear: number;
    baseAmount?: number;
    proRataAmount?: number;
  },
) {
  return db.$transaction(async (tx) => {
    const budget = await loadBudget(tx, actor, input.budgetId);
    if (!canManageBudget(actor, budget.countyId)) throw new AppError("NOT_FOUND");
    const amounts = frameAmounts({ allocated: budget.allocatedAmount, lines: budget.lines });
    if (amounts.proRata < 0)
      throw new AppError("INVALID", "Budsjettet går ikke opp", { _form: "validation.linesAboveAllocated" });
    const s = {
      key: input.key,
      keyYear: input.keyYear,
      baseAmount: input.baseAmount ?? amounts.base,
      proRataAmount: input.proRataAmount ?? amounts.proRata,
    };
    const { frames, inputs } = await computeScenario(tx, budget, s);
    const scenario = await tx.frameScenario.create({
      data: {
        budgetId: budget.id,
        name: input.name,
        ...s,
        frozenInputs: inputs,
        createdById: actor.personId,
        frames: { create: frameRows(frames) },
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "frame-scenario.create",
      entityType: "FrameScenario",
      entityId: scenario.id,
      data: { budgetId: budget.id, ...s, total: sum(frames.map((f) => f.frame)) },
    });
    return { id: scenario.id };
  });
}

/** Loads a scenario in scope for a change, its row locked; decided scenarios are frozen. */
async function loadScenarioForChange(tx: Tx, actor: Actor, id: string, version: number) {
  const found = await tx.frameScenario.findFirst({ where: { id }, select: { budgetId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  const budget = await loadBudget(tx, actor, found.budgetId); // scope
  if (!canManageBudget(actor, budget.countyId)) throw new AppError("NOT_FOUND");
  await tx.$executeRaw`SELECT 1 FROM "FrameScenario" WHERE id = ${id} FOR UPDATE`;
  const scenario = await tx.frameScenario.findUnique({
    where: { id },
    include: { frames: { select: { networkId: true, frame: true } } },
  });
  if (!scenario) throw new AppError("NOT_FOUND");
  if (scenario.decided) throw new AppError("FORBIDDEN", "errors.detail.scenarioDecided");
  if (scenario.version !== version) throw new AppError("CONFLICT", "errors.detail.scenarioChanged");
  return { scenario, budget };
}

/** Computes a scenario again with the key data as it is now. */
export async function recomputeScenario(actor: Actor, input: { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const { scenario, budget } = await loadScenarioForChange(tx, actor, input.id, input.version);
    const { frames, inputs } = await computeScenario(tx, budget, scenario);
    const { count } = await tx.frameScenario.updateMany({
      where: { id: scenario.id, version: input.version, decided: false },
      data: { frozenInputs: inputs, computedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.scenarioChanged");
    const before = await tx.networkFrame.findMany({
      where: { scenarioId: scenario.id },
      select: { networkId: true, keyValue: true, frame: true },
    });
    await tx.networkFrame.deleteMany({ where: { scenarioId: scenario.id } });
    await tx.networkFrame.createMany({ data: frameRows(frames).map((f) => ({ ...f, scenarioId: scenario.id })) });
    await audit(tx, {
      actorId: actor.personId,
      action: "frame-scenario.recompute",
      entityType: "FrameScenario",
      entityId: scenario.id,
      data: {
        before: before.map((f) => ({ networkId: f.networkId, key: Number(f.keyValue), frame: f.frame })),
        after: frames.map((f) => ({ networkId: f.networkId, key: f.key, frame: f.frame })),
      },
    });
  });
}

export async function deleteScenario(actor: Actor, input: { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const { scenario } = await loadScenarioForChange(tx, actor, input.id, input.version);
    await tx.frameScenario.delete({ where: { id: scenario.id } });
    await audit(tx, {
      actorId: actor.personId,
      action: "frame-scenario.delete",
      entityType: "FrameScenario",
      entityId: scenario.id,
      data: { name: scenario.name, budgetId: scenario.budgetId },
    });
  });
}

/**
 * Marks a scenario as the decided frames: one per budget, computed with the
 * budget's own amounts; from then on it is frozen with the key values, budget
 * lines and date it used, and the budget lines are locked.
 */
export async function decideScenario(actor: Actor, input: { id: string; version: number }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { scenario, budget } = await loadScenarioForChange(tx, actor, input.id, input.version);
    const amounts = frameAmounts({ allocated: budget.allocatedAmount, lines: budget.lines });
    if (scenario.baseAmount !== amounts.base || scenario.proRataAmount !== amounts.proRata) {
      throw new AppError("INVALID", "Andre beløp enn budsjettet", { _form: "validation.scenarioAmounts" });
    }
    // Frames for exactly the budget's networks as they are now (a network added since needs a new computation).
    const networks = (await budgetNetworks(tx, budget)).map((n) => n.id).sort();
    if (
      networks.join() !==
      scenario.frames
        .map((f) => f.networkId)
        .sort()
        .join()
    )
      throw new AppError("INVALID", "Nettverkene er endret", { _form: "validation.scenarioNetworks" });
    // The budget row serialises two "decide" clicks: the second sees the first's decision.
    await bumpBudget(tx, budget.id, budget.version);
    const other = await tx.frameScenario.findFirst({
      where: { budgetId: budget.id, decided: true },
      select: { name: true },
    });
    if (other) throw new AppError("FORBIDDEN", `«${other.name}» er allerede vedtatt.`);
    const frozen = {
      ...(scenario.frozenInputs as Record<string, unknown>),
      decidedAt: now.toISOString(),
      decidedBy: actor.name,
      budget: {
        allocated: budget.allocatedAmount,
        lines: budget.lines.map((l) => ({ kind: l.kind, label: l.label, amount: l.amount })),
      },
    };
    const { count } = await tx.frameScenario.updateMany({
      where: { id: scenario.id, version: input.version, decided: false },
      data: {
        decided: true,
        decidedAt: now,
        decidedById: actor.personId,
        frozenInputs: frozen,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.scenarioChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "frame-scenario.decide",
      entityType: "FrameScenario",
      entityId: scenario.id,
      data: { budgetId: budget.id, total: sum(scenario.frames.map((f) => f.frame)) },
    });
  });
}

/** The buttons on a scenario (lib/budget/schema.ts scenarioStepSchema): compute again, delete, or decide. */
export async function scenarioStep(
  actor: Actor,
  input: { id: string; version: number; step: "recompute" | "delete" | "decide" },
) {
  const ref = { id: input.id, version: input.version };
  if (input.step === "recompute") return recomputeScenario(actor, ref);
  if (input.step === "delete") return deleteScenario(actor, ref);
  return decideScenario(actor, ref);
}

export type KeyImportPreview = {
  digest: string;
  filename: string;
  rows: (CheckedRow & {
    previous: number | null;
    previousStaff: number | null;
    status: "new" | "changed" | "unchanged" | null;
  })[];
  counts: { valid: number; errors: number; added: number; changed: number; unchanged: number };
  imported: number | null;
};

/**
 * Key data import in two steps with the same file: a preview (every row
 * checked against what is stored, nothing written) and, when the user
 * confirms the preview they saw, a transaction that writes the valid rows.
 * The preview's digest covers the file and the stored values it was compared
 * with; confirming re-checks both under a lock, so nothing changed in between
 * is overwritten unseen.
 */
export async function importKeyData(
  actor: Actor,
  input: { file: File; confirm: boolean; digest?: string },
): Promise<KeyImportPreview> {
  if (!canImportKeyData(actor)) throw new AppError("NOT_FOUND");
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const fail = (e: FileError) => new AppError("INVALID", "Filen kan ikke leses", { file: `validation.import.${e}` });
  const decoded = decodeCsv(bytes);
  if ("error" in decoded) throw fail(decoded.error);
  const parsed = parseKeyCsv(decoded.text);
  if ("error" in parsed) throw fail(parsed.error);
  if (parsed.rows.length === 0) throw fail("empty");
  const owners = await db.organisation.findMany({
    where: { countyId: { in: actor.statsforvalterCountyIds }, kind: { in: ["KOMMUNE", "FYLKESKOMMUNE", "PRIVAT"] } },
    select: { id: true, name: true, orgNumber: true },
  });
  const checked = checkKeyRows(parsed.rows, owners);
  const valid = checked.filter((r) => r.error === null);
  const preview = await previewAgainst(db, input.file.name, bytes, checked);
  if (!input.confirm) return preview;
  const source = `CSV: ${input.file.name}`.slice(0, 200);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('key-data-import'))`;
    const now = await previewAgainst(tx, input.file.name, bytes, checked);
    if (input.digest !== now.digest)
      throw new AppError("INVALID", "Filen eller nøkkeldataene er endret", { file: "validation.import.changed" });
    if (valid.length === 0)
      throw new AppError("INVALID", "Ingen gyldige rader", { file: "validation.import.noValidRows" });
    for (const r of valid) {
      // Only the values the file carries are written; a staff-only file leaves teacher FTEs as they are.
      const values = {
        ...(r.fte !== null ? { teacherFte: r.fte.toFixed(4) } : {}),
        ...(r.staffFte !== null ? { staffFte: r.staffFte.toFixed(4) } : {}),
      };
      await tx.teacherFte.upsert({
        where: { organisationId_year: { organisationId: r.organisationId!, year: r.yearValue! } },
        update: { ...values, source, importedAt: new Date(), importedById: actor.personId },
        create: {
          organisationId: r.organisationId!,
          year: r.yearValue!,
          ...values,
          source,
          importedById: actor.personId,
        },
      });
    }
    await audit(tx, {
      actorId: actor.personId,
      action: "key-data.import",
      entityType: "TeacherFte",
      entityId: now.digest.slice(0, 16),
      data: {
        filename: input.file.name,
        digest: now.digest,
        ...now.counts,
        years: [...new Set(valid.map((r) => r.yearValue!))],
        changes: now.rows
          .filter((r) => r.status === "changed")
          .map((r) => ({
            organisationId: r.organisationId,
            year: r.yearValue,
            before: { teacherFte: r.previous, staffFte: r.previousStaff },
            after: { teacherFte: r.fte, staffFte: r.staffFte },
          })),
      },
    });
  });
  return { ...preview, imported: valid.length };
}

/** The checked rows compared with the stored values, and a digest of the file and of those values. */
async function previewAgainst(
  r: Tx | typeof db,
  filename: string,
  bytes: Uint8Array,
  checked: CheckedRow[],
): Promise<KeyImportPreview> {
  const valid = checked.filter((x) => x.error === null);
  const existing = await r.teacherFte.findMany({
    where: { OR: valid.map((x) => ({ organisationId: x.organisationId!, year: x.yearValue! })) },
    select: { organisationId: true, year: true, teacherFte: true, staffFte: true },
    orderBy: [{ organisationId: "asc" }, { year: "asc" }],
  });
  const num = (d: { toString(): string } | null) => (d === null ? null : Number(d));
  const previousOf = (x: CheckedRow) => {
    const e = existing.find((y) => y.organisationId === x.organisationId && y.year === x.yearValue);
    return e ? { fte: num(e.teacherFte), staffFte: num(e.staffFte) } : null;
  };
  /** A row changes what is stored when a value it carries differs from the stored one. */
  const changes = (x: CheckedRow, p: ReturnType<typeof previousOf>) =>
    p !== null && ((x.fte !== null && x.fte !== p.fte) || (x.staffFte !== null && x.staffFte !== p.staffFte));
  const rows = checked.map((x) => {
    const p = x.error === null ? previousOf(x) : null;
    return {
      ...x,
      previous: p?.fte ?? null,
      previousStaff: p?.staffFte ?? null,
      status: x.error
        ? null
        : p === null
          ? ("new" as const)
          : changes(x, p)
            ? ("changed" as const)
            : ("unchanged" as const),
    };
  });
  const stored = JSON.stringify(existing.map((e) => [e.organisationId, e.year, num(e.teacherFte), num(e.staffFte)]));
  return {
    digest: createHash("sha256").update(bytes).update(stored).digest("hex"),
    filename,
    rows,
    counts: {
      valid: valid.length,
      errors: checked.length - valid.length,
      added: rows.filter((x) => x.status === "new").length,
      changed: rows.filter((x) => x.status === "changed").length,
      unchanged: rows.filter((x) => x.status === "unchanged").length,
    },
    imported: null,
  };
}
