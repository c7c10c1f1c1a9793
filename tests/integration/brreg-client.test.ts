/**
 * The Enhetsregisteret client against a real local HTTP server in the API's
 * shape (tests/support/brreg-server.mjs, fixtures in tests/fixtures/brreg): a
 * unit found, a sub-unit, an unknown number, a deleted and a removed unit, a
 * slow answer, a body that is not a unit, a register that refuses
 * connections — and a number that fails MOD11, which is never sent. Then
 * adding organisations through the portal's mutations with the register up
 * and down, and the bulk import.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lookupUnit } from "@/lib/registers/brreg";
import {
  acceptRegisterName,
  checkRegister,
  createOrganisation,
  lookupOrganisation,
} from "@/lib/organisations/mutations";
import { importFromRegister } from "@/lib/organisations/register-import";
import { startBrregServer, type BrregServer } from "@/tests/support/brreg-server.mjs";
import * as f from "@/tests/support/factory";

let register: BrregServer;
beforeAll(async () => {
  register = await startBrregServer();
  process.env.BRREG_API_URL = register.url;
});
afterAll(async () => {
  delete process.env.BRREG_API_URL;
  await register.stop();
});

const fields = (e: unknown) => (e instanceof AppError ? (e.details as Record<string, string>) : {});
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => e,
  );
const asked = (from: number) => register.requests.slice(from);

describe("the register client", () => {
  it("finds a unit with its name, form, municipality and address", async () => {
    expect(await lookupUnit("820852982")).toEqual({
      status: "found",
      unit: {
        orgNumber: "820852982",
        name: "KRISTIANSAND KOMMUNE",
        orgForm: "KOMM",
        orgFormName: "Kommune",
        municipalityNumber: "4204",
        municipalityName: "KRISTIANSAND",
        address: "Rådhusgata 18, 4611 KRISTIANSAND S",
        parentOrgNumber: null,
        subUnit: false,
        deletedOn: null,
      },
    });
    expect(await lookupUnit("970546200")).toMatchObject({
      status: "found",
      unit: { name: "UNIVERSITETET I AGDER", orgForm: "ORGL", parentOrgNumber: "872417842", subUnit: false },
    });
  });

  it("accepts the number as people type it, and a base URL with a trailing slash", async () => {
    const from = register.requests.length;
    expect(await lookupUnit("964 965 137")).toMatchObject({
      status: "found",
      unit: { orgNumber: "964965137", name: "SANDNES KOMMUNE", municipalityNumber: "1108" },
    });
    expect(await lookupUnit(" 940.493.021 ", { baseUrl: `${register.url}/` })).toMatchObject({
      status: "found",
      unit: { name: "ARENDAL KOMMUNE" },
    });
    expect(asked(from)).toEqual(["/enhetsregisteret/api/enheter/964965137", "/enhetsregisteret/api/enheter/940493021"]);
  });

  it("falls back to the sub-units on 404, and knows the parent", async () => {
    const from = register.requests.length;
    expect(await lookupUnit("974595001")).toEqual({
      status: "found",
      unit: expect.objectContaining({
        name: "VÅGSBYGD VIDEREGÅENDE SKOLE",
        orgForm: "BEDR",
        subUnit: true,
        parentOrgNumber: "921707134",
        municipalityNumber: "4204",
        address: "Kirsten Flagstads vei 26, 4621 KRISTIANSAND S",
      }),
    });
    expect(asked(from)).toEqual([
      "/enhetsregisteret/api/enheter/974595001",
      "/enhetsregisteret/api/underenheter/974595001",
    ]);
  });

  it("tells unknown (404 twice) from deleted (slettedato) and removed (410 Gone)", async () => {
    expect(await lookupUnit("910000055")).toEqual({ status: "not-found" });
    expect(await lookupUnit("821227062")).toEqual({
      status: "deleted",
      deletedOn: "2024-11-26",
      unit: expect.objectContaining({
        name: "VESTFOLD OG TELEMARK FYLKESKOMMUNE UNDER SLETTING FRA 01.01.2024",
        orgForm: "FYLK",
        deletedOn: "2024-11-26",
      }),
    });
    const from = register.requests.length;
    expect(await lookupUnit("910000020")).toEqual({ status: "deleted", unit: null, deletedOn: "2021-06-30" });
    expect(asked(from)).toEqual(["/enhetsregisteret/api/enheter/910000020"]);
  });

  it("gives up on a slow answer within the timeout, and on a body that is not a unit", async () => {
    const started = Date.now();
    expect(await lookupUnit("910000039", { timeoutMs: 300 })).toEqual({ status: "unreachable", reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await lookupUnit("910000047")).toEqual({ status: "unreachable", reason: "malformed" });
  });

  it("says unreachable when the register refuses connections, and answers again when it is back", async () => {
    await register.setDown(true);
    try {
      expect(await lookupUnit("820852982")).toEqual({ status: "unreachable", reason: "network" });
      expect(await lookupUnit("820852982", { baseUrl: "http://127.0.0.1:1/enhetsregisteret/api" })).toEqual({
        status: "unreachable",
        reason: "network",
      });
    } finally {
      await register.setDown(false);
    }
    expect(await lookupUnit("820852982")).toMatchObject({ status: "found" });
  });

  it("never sends a number that fails MOD11", async () => {
    const from = register.requests.length;
    for (const n of ["964965138", "82085298", "8208529820", "abc", ""])
      expect(await lookupUnit(n)).toEqual({ status: "invalid-number" });
    expect(asked(from)).toEqual([]);
  });
});

describe("adding organisations", () => {
  it("stores what the register says, verified; refuses unknown and deleted numbers; by hand only when the register is down", async () => {
    const county = await f.county();
    const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }]);
    const answer = await lookupOrganisation(sf, { orgNumber: "940493021" });
    expect(answer).toMatchObject({
      result: { status: "found", unit: { name: "ARENDAL KOMMUNE" } },
      existing: null,
      suggestedKind: "KOMMUNE",
      countyNumber: "42",
    });
    // The name posted is not trusted: the register's is stored.
    const { id, verified } = await createOrganisation(sf, {
      countyId: county.id,
      orgNumber: "940493021",
      kind: "KOMMUNE",
      writtenStandard: "BOKMAL",
      manual: false,
      name: "Noe annet",
    });
    expect(verified).toBe(true);
    expect(await db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "ARENDAL KOMMUNE",
      orgForm: "KOMM",
      municipalityNumber: "4203",
      address: "Sam Eydes plass 2, 4836 ARENDAL",
      registerVerifiedAt: expect.any(Date),
    });
    expect(
      fields(
        await fail(
          createOrganisation(sf, {
            countyId: county.id,
            orgNumber: "940493021",
            kind: "KOMMUNE",
            writtenStandard: "BOKMAL",
            manual: false,
            name: null,
          }),
        ),
      ),
    ).toEqual({ orgNumber: "validation.orgExists" });
    expect(
      fields(
        await fail(
          createOrganisation(sf, {
            countyId: county.id,
            orgNumber: "910000055",
            kind: "PRIVAT",
            writtenStandard: "BOKMAL",
            manual: true,
            name: "Finnes ikke AS",
          }),
        ),
      ),
    ).toEqual({ orgNumber: "validation.orgNotInRegister" });
    expect(
      fields(
        await fail(
          createOrganisation(sf, {
            countyId: county.id,
            orgNumber: "910000020",
            kind: "PRIVAT",
            writtenStandard: "BOKMAL",
            manual: false,
            name: null,
          }),
        ),
      ),
    ).toEqual({ orgNumber: "validation.orgDeletedInRegister" });
    expect(
      fields(
        await fail(
          createOrganisation(sf, {
            countyId: county.id,
            orgNumber: "821227062",
            kind: "FYLKESKOMMUNE",
            writtenStandard: "BOKMAL",
            manual: false,
            name: null,
          }),
        ),
      ),
    ).toEqual({ orgNumber: "validation.orgDeletedInRegister" });

    await db.organisation.deleteMany({ where: { orgNumber: "842872022" } });
    await register.setDown(true);
    try {
      expect(
        fields(
          await fail(
            createOrganisation(sf, {
              countyId: county.id,
              orgNumber: "842872022",
              kind: "PRIVAT",
              writtenStandard: "NYNORSK",
              manual: false,
              name: null,
            }),
          ),
        ),
      ).toEqual({ orgNumber: "validation.registerUnreachable" });
      const manual = await createOrganisation(sf, {
        countyId: county.id,
        orgNumber: "842872022",
        kind: "PRIVAT",
        writtenStandard: "NYNORSK",
        manual: true,
        name: "Maritim videregående skole Sørlandet",
      });
      expect(manual.verified).toBe(false);
      expect(await db.organisation.findUniqueOrThrow({ where: { id: manual.id } })).toMatchObject({
        name: "Maritim videregående skole Sørlandet",
        registerVerifiedAt: null,
        writtenStandard: "NYNORSK",
      });
    } finally {
      await register.setDown(false);
    }
    // Checked against the register later: verified, and the register's different name waits as a difference to accept.
    const entered = await db.organisation.findUniqueOrThrow({ where: { orgNumber: "842872022" } });
    expect(await checkRegister(sf, { id: entered.id })).toEqual({ status: "found", nameDiffers: true });
    const checked = await db.organisation.findUniqueOrThrow({ where: { id: entered.id } });
    expect(checked).toMatchObject({
      name: "Maritim videregående skole Sørlandet",
      registerName: "STIFTELSEN MARITIM VIDEREGÅENDE SKOLE SØRLANDET",
      orgForm: "STI",
      registerVerifiedAt: expect.any(Date),
    });
    await acceptRegisterName(sf, { id: entered.id, version: checked.version });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: entered.id } })).toMatchObject({
      name: "STIFTELSEN MARITIM VIDEREGÅENDE SKOLE SØRLANDET",
      registerName: null,
    });
    // Another county's Statsforvalter cannot add to this county.
    const other = await f.actor([{ role: "STATSFORVALTER", countyId: (await f.county()).id }]);
    expect(
      fields(
        await fail(
          createOrganisation(other, {
            countyId: county.id,
            orgNumber: "964965404",
            kind: "KOMMUNE",
            writtenStandard: "BOKMAL",
            manual: false,
            name: null,
          }),
        ),
      ),
    ).toEqual({ countyId: "validation.choose" });
  });

  it("imports a county's owners from the register's bulk file: preview first, then the new ones and the name changes", async () => {
    const agder = await db.county
      .create({ data: { name: `Agder ${Date.now()}`, code: "42" } })
      .catch(async () => db.county.findFirstOrThrow({ where: { code: "42" } }));
    const sf = await f.actor([{ role: "STATSFORVALTER", countyId: agder.id }]);
    await db.organisation.deleteMany({
      where: { orgNumber: { in: ["820852982", "940493021", "864964702", "964965404", "921707134", "842872022"] } },
    });
    await db.organisation.create({
      data: { name: "Grimstad kommune (gammelt navn)", orgNumber: "864964702", kind: "KOMMUNE", countyId: agder.id },
    });
    const file = () =>
      new File([fs.readFileSync("tests/fixtures/brreg/agder-enheter.csv")], "agder-enheter.csv", { type: "text/csv" });
    const before = await db.organisation.count();
    const preview = await importFromRegister(sf, {
      countyId: agder.id,
      file: file(),
      forms: ["KOMM", "FYLK"],
      confirm: false,
    });
    expect(preview.imported).toBeNull();
    expect(preview.errors).toEqual([
      { line: 10, message: "invalidOrgNumber" },
      { line: 11, message: "missingName" },
      { line: 12, message: "duplicate" },
    ]);
    expect(preview.rows.find((r) => r.orgNumber === "864964702")).toMatchObject({
      status: "nameChanged",
      currentName: "Grimstad kommune (gammelt navn)",
    });
    expect(preview.rows.map((r) => r.orgNumber).sort()).toEqual([
      "820852982",
      "864964702",
      "921707134",
      "940493021",
      "964965404",
    ]);
    // Not chosen: Vågan is in Nordland, UiA is a state body, the foundation a private owner.
    expect(preview.counts).toMatchObject({ new: 4, nameChanged: 1, outside: 3, errors: 3 });
    expect(await db.organisation.count()).toBe(before); // the preview writes nothing
    const done = await importFromRegister(sf, {
      countyId: agder.id,
      file: file(),
      forms: ["KOMM", "FYLK"],
      confirm: true,
      digest: preview.digest,
    });
    expect(done.imported).toEqual({ created: 4, nameChanges: 1 });
    expect(await db.organisation.findUniqueOrThrow({ where: { orgNumber: "921707134" } })).toMatchObject({
      kind: "FYLKESKOMMUNE",
      countyId: agder.id,
      municipalityNumber: "4204",
      registerVerifiedAt: expect.any(Date),
    });
    expect(await db.organisation.findUniqueOrThrow({ where: { orgNumber: "864964702" } })).toMatchObject({
      name: "Grimstad kommune (gammelt navn)",
      registerName: "GRIMSTAD KOMMUNE",
    });
    // The same file again: the preview it was confirmed with is stale.
    expect(
      fields(
        await fail(
          importFromRegister(sf, {
            countyId: agder.id,
            file: file(),
            forms: ["KOMM", "FYLK"],
            confirm: true,
            digest: preview.digest,
          }),
        ),
      ),
    ).toEqual({ file: "validation.import.changed" });
  });
});
