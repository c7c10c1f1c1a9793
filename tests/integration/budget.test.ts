import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  createBudget,
  createScenario,
  decideScenario,
  deleteScenario,
  importKeyData,
  recomputeScenario,
  setUhSplit,
  updateBudget,
} from "@/lib/budget/mutations";
import { getBudget, listBudgets } from "@/lib/budget/queries";
import { budgetWorld } from "@/tests/support/budget-world";
import { setCountyAllocation } from "@/lib/directorate/mutations";
import * as f from "@/tests/support/factory";

let w: Awaited<ReturnType<typeof budgetWorld>>;
const code = (e: unknown) => (e instanceof AppError ? e.code : String(e));
const fields = (e: unknown) => (e instanceof AppError ? (e.details as Record<string, string>) : {});
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => e,
  );
const csv = (text: string, name = "lararaarsverk.csv") => new File([text], name, { type: "text/csv" });

beforeEach(async () => {
  w = await budgetWorld();
});

describe("year budget", () => {
  it("computes the remainder for pro-rata distribution; only the county's Statsforvalter may change it; others find nothing", async () => {
    const b = await getBudget(w.sf, w.budgetId);
    expect(b.linesTotal).toBe(900_000);
    expect(b.amounts).toEqual({ base: 300_000, proRata: 1_100_000 });
    expect(b.can).toEqual({ manage: true, editLines: true });
    expect((await getBudget(w.member, w.budgetId)).can.manage).toBe(false);
    for (const outsider of [w.otherSf, w.owner]) {
      expect(code(await fail(getBudget(outsider, w.budgetId)))).toBe("NOT_FOUND");
      expect(await listBudgets(outsider)).toEqual([]);
    }
    const input = {
      id: w.budgetId,
      version: b.version,
      lines: [{ kind: "BASE_GRANT" as const, label: "Grunntilskudd", amount: 300_000 }],
      note: null,
    };
    expect(code(await fail(updateBudget(w.member, input)))).toBe("NOT_FOUND");
    expect(code(await fail(updateBudget(w.otherSf, input)))).toBe("NOT_FOUND");
    await updateBudget(w.sf, input);
    expect((await getBudget(w.sf, w.budgetId)).amounts).toEqual({ base: 300_000, proRata: 1_700_000 });
    // The version the form started from is stale now: nothing is written.
    expect(code(await fail(updateBudget(w.sf, input)))).toBe("CONFLICT");
    // Lines above the directorate's amount are refused at the lines.
    const over = {
      ...input,
      version: (await getBudget(w.sf, w.budgetId)).version,
      lines: [{ kind: "OTHER" as const, label: "For mye", amount: 2_000_001 }],
    };
    expect(fields(await fail(updateBudget(w.sf, over)))).toEqual({ lines: "validation.linesAboveAllocated" });
    const audits = await db.auditEvent.findMany({ where: { entityId: w.budgetId }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["budget.create", "budget.update"]);
    expect(audits[1]!.data).toMatchObject({ before: { allocated: 2_000_000 }, after: { allocated: 2_000_000 } });
  });

  it("takes its allocated amount from the directorate: the county cannot type it, and a new amount reaches the budget until frames are decided", async () => {
    expect((await getBudget(w.sf, w.budgetId)).allocatedAmount).toBe(2_000_000);
    const directorate = await f.actor([{ role: "DIRECTORATE" }]);
    const set = (amount: number, version: number) =>
      setCountyAllocation(directorate, {
        countyId: w.county.id,
        year: w.round.year,
        scheme: "DESENTRALISERT",
        amount,
        version,
        note: null,
      });
    expect(
      code(
        await fail(
          setCountyAllocation(w.sf, {
            countyId: w.county.id,
            year: w.round.year,
            scheme: "DESENTRALISERT",
            amount: 9,
            version: 1,
            note: null,
          }),
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(code(await fail(set(2_100_000, 0)))).toBe("CONFLICT");
    await set(2_100_000, 1);
    const b = await getBudget(w.sf, w.budgetId);
    expect(b.allocatedAmount).toBe(2_100_000);
    expect(b.amounts).toEqual({ base: 300_000, proRata: 1_200_000 });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "County", entityId: w.county.id, action: "county-allocation.set" },
    });
    expect(audit.actorId).toBe(directorate.personId);
    expect(audit.data).toMatchObject({
      before: { amount: 2_000_000 },
      after: { amount: 2_100_000 },
      budgetsUpdated: 1,
    });
    // Without the directorate's amount there is no budget for a scheme.
    expect(
      fields(
        await fail(createBudget(w.sf, { roundId: w.round.id, scheme: "KOMPETANSELOFTET", lines: [], note: null })),
      ),
    ).toEqual({ scheme: "validation.noCountyAllocation" });
  });

  it("refuses a second budget for the same round and scheme, and a round in another county", async () => {
    const again = { roundId: w.round.id, scheme: "DESENTRALISERT" as const, lines: [], note: null };
    expect(fields(await fail(createBudget(w.sf, again)))).toEqual({ roundId: "validation.budgetExists" });
    expect(code(await fail(createBudget(w.otherSf, { ...again, scheme: "REGIONAL" })))).toBe("NOT_FOUND");
  });
});

describe("the direct UH line", () => {
  it("is proposed pro rata by networks partnered (a unit counts for its institution) and overridden only with a reason and a sum that holds", async () => {
    const b = await getBudget(w.sf, w.budgetId);
    const byOrg = Object.fromEntries(b.uh.rows.map((r) => [r.organisationId, r]));
    expect(byOrg[w.ntnu.id]).toMatchObject({ networkCount: 2, proposed: 333_333, decided: null });
    expect(byOrg[w.nord.id]).toMatchObject({ networkCount: 1, proposed: 166_667, decided: null });
    const split = (ntnu: number, nord: number, reason: string, version = b.version) =>
      setUhSplit(w.sf, {
        id: w.budgetId,
        version,
        reason,
        amounts: [
          { organisationId: w.ntnu.id, amount: ntnu },
          { organisationId: w.nord.id, amount: nord },
        ],
      });
    expect(fields(await fail(split(300_000, 199_999, "Vedtatt i Samarbeidsforum")))).toEqual({
      "amounts.0.amount": "validation.uhSplitSum",
    });
    expect(fields(await fail(split(300_000, 200_000, "")))).toEqual({ reason: "validation.uhSplitReason" });
    expect(
      code(
        await fail(setUhSplit(w.member, { id: w.budgetId, version: b.version, reason: "x".repeat(20), amounts: [] })),
      ),
    ).toBe("NOT_FOUND");
    await split(300_000, 200_000, "Vedtatt i Samarbeidsforum, sak 6/2027");
    const after = await getBudget(w.sf, w.budgetId);
    expect(after.uh.rows.map((r) => r.decided).sort()).toEqual([200_000, 300_000]);
    expect(after.uh.reason).toBe("Vedtatt i Samarbeidsforum, sak 6/2027");
    // Back to the proposal: nothing is overridden any more.
    await split(333_333, 166_667, "", after.version);
    expect((await getBudget(w.sf, w.budgetId)).uh.overridden).toBe(false);
  });
});

describe("frame scenarios", () => {
  it("split the base grant equally and the remainder by summed teacher FTEs, exactly, listing owners without key data", async () => {
    const { id } = await createScenario(w.sf, {
      budgetId: w.budgetId,
      name: "Lærerårsverk 2026",
      key: "TEACHER_FTE",
      keyYear: w.keyYear,
    });
    const s = (await getBudget(w.sf, w.budgetId)).scenarios.find((x) => x.id === id)!;
    const frame = (networkId: string) => s.frames.find((f) => f.networkId === networkId)!;
    expect(frame(w.netA.id)).toMatchObject({
      keyValue: 150.75,
      baseShare: 100_000,
      proRataShare: 367_887,
      frame: 467_887,
    });
    expect(frame(w.netB.id)).toMatchObject({
      keyValue: 300,
      baseShare: 100_000,
      proRataShare: 732_113,
      frame: 832_113,
    });
    expect(frame(w.netC.id)).toMatchObject({ keyValue: 0, baseShare: 100_000, proRataShare: 0, frame: 100_000 });
    expect(s.total).toBe(1_400_000);
    const inputs = s.frozenInputs as {
      missing: { organisationId: string }[];
      networks: { owners: { value: number | null }[] }[];
    };
    expect(inputs.missing.map((m) => m.organisationId)).toEqual([w.c1.id]);
  });

  it("can try other amounts, but only a scenario with the budget's own amounts can be decided", async () => {
    const { id } = await createScenario(w.sf, {
      budgetId: w.budgetId,
      name: "Mer til fordeling",
      key: "TEACHER_FTE",
      keyYear: w.keyYear,
      proRataAmount: 2_000_000,
    });
    const s = (await getBudget(w.sf, w.budgetId)).scenarios.find((x) => x.id === id)!;
    expect(s.total).toBe(2_300_000);
    expect(fields(await fail(decideScenario(w.sf, { id, version: s.version })))).toEqual({
      _form: "validation.scenarioAmounts",
    });
  });

  it("refuses a key year without key data", async () => {
    expect(
      fields(
        await fail(createScenario(w.sf, { budgetId: w.budgetId, name: "Tomt", key: "TEACHER_FTE", keyYear: 2019 })),
      ),
    ).toEqual({ keyYear: "validation.noKeyData" });
  });

  it("deciding one freezes it with its inputs and locks the budget lines; a second cannot be decided", async () => {
    const a = await createScenario(w.sf, { budgetId: w.budgetId, name: "A", key: "TEACHER_FTE", keyYear: w.keyYear });
    const b = await createScenario(w.sf, { budgetId: w.budgetId, name: "B", key: "TEACHER_FTE", keyYear: w.keyYear });
    expect(code(await fail(decideScenario(w.member, { id: a.id, version: 1 })))).toBe("NOT_FOUND");
    await decideScenario(w.sf, { id: a.id, version: 1 }, new Date("2027-02-15T08:00:00Z"));
    expect(code(await fail(decideScenario(w.sf, { id: b.id, version: 1 })))).toBe("FORBIDDEN");
    const budget = await getBudget(w.sf, w.budgetId);
    expect(budget.decided?.id).toBe(a.id);
    expect(budget.can.editLines).toBe(false);
    expect(budget.decided!.frozenInputs).toMatchObject({
      decidedAt: "2027-02-15T08:00:00.000Z",
      budget: { allocated: 2_000_000 },
    });
    // Key data changes afterwards do not move the decided frames.
    await db.teacherFte.updateMany({ where: { organisationId: w.b1.id }, data: { teacherFte: "900" } });
    expect(code(await fail(recomputeScenario(w.sf, { id: a.id, version: 2 })))).toBe("FORBIDDEN");
    expect(code(await fail(deleteScenario(w.sf, { id: a.id, version: 2 })))).toBe("FORBIDDEN");
    expect((await getBudget(w.sf, w.budgetId)).decided!.frames.find((f) => f.networkId === w.netB.id)!.frame).toBe(
      832_113,
    );
    expect(
      code(await fail(updateBudget(w.sf, { id: w.budgetId, version: budget.version, lines: [], note: null }))),
    ).toBe("FORBIDDEN");
  });

  it("two people deciding two scenarios at once: exactly one is decided", async () => {
    const a = await createScenario(w.sf, { budgetId: w.budgetId, name: "A", key: "TEACHER_FTE", keyYear: w.keyYear });
    const b = await createScenario(w.sf, { budgetId: w.budgetId, name: "B", key: "TEACHER_FTE", keyYear: w.keyYear });
    const results = await Promise.allSettled([
      decideScenario(w.sf, { id: a.id, version: 1 }),
      decideScenario(w.sf, { id: b.id, version: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.frameScenario.count({ where: { budgetId: w.budgetId, decided: true } })).toBe(1);
  });
});

describe("key data import (CSV of teacher FTEs per owner)", () => {
  const names = () => ({ a1: w.a1.name, b1: w.b1.name, c1: w.c1.name, elsewhere: w.elsewhere.name });

  it("previews every row with its error, writes nothing until confirmed, then writes exactly the valid rows", async () => {
    const n = names();
    const file = csv(
      [
        "Organisasjonsnummer;Navn;Skoleår;Lærerårsverk",
        `;${n.a1};2026-27;"120,5"`,
        `;${n.c1};2027;33`,
        `;${n.elsewhere};2027;10`, // another county's owner
        `;${n.b1};2027;tretti`, // not a number
        `;${n.c1};2027;34`, // duplicate of line 3
        "123456789;;2027;5", // broken organisation number
      ].join("\n"),
    );
    const preview = await importKeyData(w.sf, { file, confirm: false });
    expect(preview.rows.map((r) => [r.line, r.error])).toEqual([
      [2, null],
      [3, null],
      [4, "unknownOwner"],
      [5, "badNumber"],
      [6, "duplicate"],
      [7, "badOrgNumber"],
    ]);
    expect(preview.rows[4]!.duplicateOf).toBe(3);
    expect(preview.counts).toMatchObject({ valid: 2, errors: 4, added: 2 });
    expect(await db.teacherFte.count({ where: { year: 2027 } })).toBe(0);

    // Confirming another file than the one previewed is refused.
    expect(
      fields(
        await fail(
          importKeyData(w.sf, { file: csv("Navn;År;Lærerårsverk\nX;2027;1"), confirm: true, digest: preview.digest }),
        ),
      ),
    ).toEqual({ file: "validation.import.changed" });
    const done = await importKeyData(w.sf, { file, confirm: true, digest: preview.digest });
    expect(done.imported).toBe(2);
    const rows = await db.teacherFte.findMany({ where: { year: 2027 }, orderBy: { teacherFte: "asc" } });
    expect(rows.map((r) => [r.organisationId, Number(r.teacherFte)])).toEqual([
      [w.c1.id, 33],
      [w.a1.id, 120.5],
    ]);
    expect(await db.auditEvent.count({ where: { action: "key-data.import", actorId: w.sf.personId } })).toBe(1);
  });

  it("shows what a row changes, reads Windows-1252 files, and refuses files that are not CSV", async () => {
    const bytes = Buffer.from(`Navn,År,Lærerårsverk\n${w.a1.name},${w.keyYear},101.25\n`, "latin1");
    const preview = await importKeyData(w.sf, { file: new File([bytes], "gsi.csv"), confirm: false });
    expect(preview.rows[0]).toMatchObject({ error: null, previous: 100.5, fte: 101.25 });
    expect(preview.counts.changed).toBe(1);
    expect(
      fields(
        await fail(
          importKeyData(w.sf, {
            file: new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0])], "x.xlsx"),
            confirm: false,
          }),
        ),
      ),
    ).toEqual({ file: "validation.import.notText" });
    expect(fields(await fail(importKeyData(w.sf, { file: csv("a;b;c\n1;2;3"), confirm: false })))).toEqual({
      file: "validation.import.noHeader",
    });
  });

  it("takes staff FTEs for kindergartens without touching teacher FTEs, and frames can use them as key", async () => {
    const file = csv(
      `Navn;År;Årsverk i barnehage\n${w.a1.name};${w.keyYear};30\n${w.b1.name};${w.keyYear};10\n${w.c1.name};${w.keyYear};20`,
    );
    const preview = await importKeyData(w.sf, { file, confirm: false });
    expect(preview.rows.map((r) => r.status)).toEqual(["changed", "changed", "new"]);
    await importKeyData(w.sf, { file, confirm: true, digest: preview.digest });
    const a1 = await db.teacherFte.findUniqueOrThrow({
      where: { organisationId_year: { organisationId: w.a1.id, year: w.keyYear } },
    });
    expect([Number(a1.teacherFte), Number(a1.staffFte)]).toEqual([100.5, 30]);
    const { id } = await createScenario(w.sf, {
      budgetId: w.budgetId,
      name: "Årsverk i barnehage",
      key: "STAFF_FTE",
      keyYear: w.keyYear,
    });
    const s = (await getBudget(w.sf, w.budgetId)).scenarios.find((x) => x.id === id)!;
    // 1 100 000 by 30 : 10 : 20, plus 100 000 each.
    expect(s.frames.map((f) => [f.networkId, f.frame])).toEqual(
      expect.arrayContaining([
        [w.netA.id, 650_000],
        [w.netB.id, 283_333],
        [w.netC.id, 466_667],
      ]),
    );
  });

  it("is for the Statsforvalter only, and only for owners in their counties", async () => {
    const file = csv(`Navn;År;Lærerårsverk\n${w.a1.name};2027;1`);
    expect(code(await fail(importKeyData(w.member, { file, confirm: false })))).toBe("NOT_FOUND");
    expect((await importKeyData(w.otherSf, { file, confirm: false })).rows[0]!.error).toBe("unknownOwner");
  });
});

describe("key data import racing another import", () => {
  it("refuses to confirm a preview when the stored values changed after it", async () => {
    const file = csv(`Navn;År;Lærerårsverk\n${w.a1.name};${w.keyYear};111`);
    const preview = await importKeyData(w.sf, { file, confirm: false });
    expect(preview.rows[0]).toMatchObject({ status: "changed", previous: 100.5 });
    await db.teacherFte.update({
      where: { organisationId_year: { organisationId: w.a1.id, year: w.keyYear } },
      data: { teacherFte: "105" },
    });
    expect(fields(await fail(importKeyData(w.sf, { file, confirm: true, digest: preview.digest })))).toEqual({
      file: "validation.import.changed",
    });
    expect(
      Number(
        (
          await db.teacherFte.findUniqueOrThrow({
            where: { organisationId_year: { organisationId: w.a1.id, year: w.keyYear } },
          })
        ).teacherFte,
      ),
    ).toBe(105);
  });
});
