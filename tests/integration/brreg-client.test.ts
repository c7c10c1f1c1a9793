/**
 * The Enhetsregisteret client against a real local HTTP server answering in
 * the API's shape (tests/support/brreg-server.mjs): a unit found, a sub-unit,
 * an unknown number, a deleted unit, a slow answer, a body that is not a
 * unit, a register that refuses connections — and a number that fails MOD11,
 * which is never sent. Then adding organisations through the portal's
 * mutations with the register up and down.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lookupUnit } from "@/lib/registers/brreg";
import { acceptRegisterName, checkRegister, createOrganisation, lookupOrganisation } from "@/lib/organisations/mutations";
import { importFromRegister } from "@/lib/organisations/register-import";
import { startBrregServer, type BrregServer } from "@/tests/support/brreg-server.mjs";
import * as f from "@/tests/support/factory";
import fs from "node:fs";

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
const fail = (p: Promise<unknown>) => p.then(() => "no error", (e: unknown) => e);

describe("the register client", () => {
  it("finds a unit with its name, form, municipality and address; spaces in the number are fine", async () => {
    const r = await lookupUnit("964 965 137");
    expect(r).toEqual({
      status: "found",
      unit: { orgNumber: "964965137", name: "GRIMSTAD KOMMUNE", orgForm: "KOMM", orgFormName: "Kommune", municipalityNumber: "4202", municipalityName: "GRIMSTAD", address: "Arendalsveien 23, 4878 GRIMSTAD", parentOrgNumber: null, subUnit: false, deletedOn: null },
    });
  });

  it("falls back to the sub-units, and knows the parent", async () => {
    const r = await lookupUnit("910000012");
    expect(r.status).toBe("found");
    expect(r.status === "found" && r.unit).toMatchObject({ subUnit: true, parentOrgNumber: "970546200", municipalityNumber: "4204" });
    expect(register.requests.slice(-2)).toEqual(["/enhetsregisteret/api/enheter/910000012", "/enhetsregisteret/api/underenheter/910000012"]);
  });

  it("tells unknown (404 twice) from deleted (410 with slettedato)", async () => {
    expect(await lookupUnit("910000055")).toEqual({ status: "not-found" });
    expect(await lookupUnit("910000020")).toMatchObject({ status: "deleted", deletedOn: "2021-06-30" });
  });

  it("gives up on a slow answer after the timeout, and on a body that is not a unit", async () => {
    const started = Date.now();
    expect(await lookupUnit("910000039", { timeoutMs: 300 })).toEqual({ status: "unreachable", reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await lookupUnit("910000047")).toEqual({ status: "unreachable", reason: "malformed" });
  });

  it("says unreachable when the register refuses connections, and never sends a number that fails MOD11", async () => {
    await register.setDown(true);
    try {
      expect(await lookupUnit("964965137")).toEqual({ status: "unreachable", reason: "network" });
    } finally {
      await register.setDown(false);
    }
    const asked = register.requests.length;
    expect(await lookupUnit("964965138")).toEqual({ status: "invalid-number" });
    expect(register.requests.length).toBe(asked);
  });
});

describe("adding organisations", () => {
  it("stores what the register says, verified; refuses unknown and deleted numbers; by hand only when the register is down", async () => {
    const county = await f.county();
    const sf = await f.actor([{ role: "STATSFORVALTER", countyId: county.id }]);
    const answer = await lookupOrganisation(sf, { orgNumber: "940493021" });
    expect(answer).toMatchObject({ result: { status: "found", unit: { name: "ARENDAL KOMMUNE" } }, existing: null, suggestedKind: "KOMMUNE", countyNumber: "42" });
    // The name posted is not trusted: the register's is stored.
    const { id, verified } = await createOrganisation(sf, { countyId: county.id, orgNumber: "940493021", kind: "KOMMUNE", writtenStandard: "BOKMAL", manual: false, name: "Noe annet" });
    expect(verified).toBe(true);
    expect(await db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "ARENDAL KOMMUNE", orgForm: "KOMM", municipalityNumber: "4203", registerVerifiedAt: expect.any(Date) });
    expect(fields(await fail(createOrganisation(sf, { countyId: county.id, orgNumber: "940493021", kind: "KOMMUNE", writtenStandard: "BOKMAL", manual: false, name: null })))).toEqual({ orgNumber: "validation.orgExists" });
    expect(fields(await fail(createOrganisation(sf, { countyId: county.id, orgNumber: "910000055", kind: "PRIVAT", writtenStandard: "BOKMAL", manual: true, name: "Finnes ikke AS" })))).toEqual({ orgNumber: "validation.orgNotInRegister" });
    expect(fields(await fail(createOrganisation(sf, { countyId: county.id, orgNumber: "910000020", kind: "PRIVAT", writtenStandard: "BOKMAL", manual: false, name: null })))).toEqual({ orgNumber: "validation.orgDeletedInRegister" });

    await register.setDown(true);
    try {
      expect(fields(await fail(createOrganisation(sf, { countyId: county.id, orgNumber: "910000004", kind: "PRIVAT", writtenStandard: "NYNORSK", manual: false, name: null })))).toEqual({ orgNumber: "validation.registerUnreachable" });
      const manual = await createOrganisation(sf, { countyId: county.id, orgNumber: "910000004", kind: "PRIVAT", writtenStandard: "NYNORSK", manual: true, name: "Sørlandet Friskole AS" });
      expect(manual.verified).toBe(false);
      expect(await db.organisation.findUniqueOrThrow({ where: { id: manual.id } })).toMatchObject({ name: "Sørlandet Friskole AS", registerVerifiedAt: null, writtenStandard: "NYNORSK" });
    } finally {
      await register.setDown(false);
    }
    // Checked against the register later: verified, and the register's different name waits as a difference to accept.
    const entered = await db.organisation.findUniqueOrThrow({ where: { orgNumber: "910000004" } });
    expect(await checkRegister(sf, { id: entered.id })).toEqual({ status: "found", nameDiffers: true });
    const checked = await db.organisation.findUniqueOrThrow({ where: { id: entered.id } });
    expect(checked).toMatchObject({ name: "Sørlandet Friskole AS", registerName: "SØRLANDET FRISKOLE AS", registerVerifiedAt: expect.any(Date) });
    await acceptRegisterName(sf, { id: entered.id, version: checked.version });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: entered.id } })).toMatchObject({ name: "SØRLANDET FRISKOLE AS", registerName: null });
    // Another county's Statsforvalter cannot add to this county.
    const other = await f.actor([{ role: "STATSFORVALTER", countyId: (await f.county()).id }]);
    expect(fields(await fail(createOrganisation(other, { countyId: county.id, orgNumber: "964965226", kind: "KOMMUNE", writtenStandard: "BOKMAL", manual: false, name: null })))).toEqual({ countyId: "validation.choose" });
  });

  it("imports a county's owners from the register's bulk file: preview first, then the new ones and the name changes", async () => {
    const agder = await db.county.create({ data: { name: `Agder ${Date.now()}`, code: "42" } }).catch(async () => db.county.findFirstOrThrow({ where: { code: "42" } }));
    const sf = await f.actor([{ role: "STATSFORVALTER", countyId: agder.id }]);
    await db.organisation.deleteMany({ where: { orgNumber: { in: ["963296746", "964965137", "964965226", "921707134"] } } });
    await db.organisation.create({ data: { name: "Grimstad kommune (gammelt navn)", orgNumber: "964965137", kind: "KOMMUNE", countyId: agder.id } });
    const file = () => new File([fs.readFileSync("tests/fixtures/brreg/agder-enheter.csv")], "agder-enheter.csv", { type: "text/csv" });
    const before = await db.organisation.count();
    const preview = await importFromRegister(sf, { countyId: agder.id, file: file(), forms: ["KOMM", "FYLK"], confirm: false });
    expect(preview.imported).toBeNull();
    expect(preview.errors).toEqual([{ line: 9, message: "invalidOrgNumber" }, { line: 11, message: "duplicate" }]);
    expect(preview.rows.find((r) => r.orgNumber === "964965137")).toMatchObject({ status: "nameChanged", currentName: "Grimstad kommune (gammelt navn)" });
    expect(preview.rows.map((r) => r.orgNumber)).not.toContain("938644500"); // Vågan is in Nordland
    expect(preview.rows.map((r) => r.orgNumber)).not.toContain("910000004"); // a private owner, not chosen
    expect(await db.organisation.count()).toBe(before); // the preview writes nothing
    const done = await importFromRegister(sf, { countyId: agder.id, file: file(), forms: ["KOMM", "FYLK"], confirm: true, digest: preview.digest });
    expect(done.imported).toEqual({ created: preview.counts.new, nameChanges: 1 });
    expect(await db.organisation.findUniqueOrThrow({ where: { orgNumber: "921707134" } })).toMatchObject({ kind: "FYLKESKOMMUNE", countyId: agder.id, registerVerifiedAt: expect.any(Date) });
    expect(await db.organisation.findUniqueOrThrow({ where: { orgNumber: "964965137" } })).toMatchObject({ name: "Grimstad kommune (gammelt navn)", registerName: "GRIMSTAD KOMMUNE" });
    // The same file again: the preview it was confirmed with is stale.
    expect(fields(await fail(importFromRegister(sf, { countyId: agder.id, file: file(), forms: ["KOMM", "FYLK"], confirm: true, digest: preview.digest })))).toEqual({ file: "validation.import.changed" });
  });
});
