import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { lookupUnit, type LookupResult, type RegisterUnit } from "@/lib/registers/brreg";
import { countyNumberOf, suggestKind } from "@/lib/registers/org-forms";
import { canAddOrganisations, canManageOrganisation, organisationScope } from "@/lib/organisations/policy";

type Kind = "KOMMUNE" | "FYLKESKOMMUNE" | "PRIVAT" | "UH";
type WrittenStandard = "BOKMAL" | "NYNORSK";

/** The register's facts as the portal keeps them. */
const registerColumns = (u: RegisterUnit, now: Date) => ({
  name: u.name,
  orgForm: u.orgForm,
  address: u.address,
  municipalityNumber: u.municipalityNumber,
  registerVerifiedAt: now,
  registerCheckedAt: now,
  registerName: null,
  registerDeletedOn: u.deletedOn,
});

export type LookupAnswer = {
  result: LookupResult;
  /** an organisation the portal already has with this number (in the actor's view) */
  existing: { id: string; name: string } | null;
  suggestedKind: Kind | null;
  /** the register's county number for the unit, and whether it is the chosen county's */
  countyNumber: string | null;
};

/** Looks a number up in Enhetsregisteret and in the portal. Writes nothing. */
export async function lookupOrganisation(actor: Actor, input: { orgNumber: string }): Promise<LookupAnswer> {
  if (!(actor.isAdmin || actor.statsforvalterCountyIds.length > 0)) throw new AppError("NOT_FOUND");
  const [result, existing] = await Promise.all([
    lookupUnit(input.orgNumber),
    db.organisation.findFirst({
      where: { AND: [{ orgNumber: input.orgNumber }, organisationScope(actor)] },
      select: { id: true, name: true },
    }),
  ]);
  const unit = result.status === "found" ? result.unit : null;
  return {
    result,
    existing,
    suggestedKind: unit ? suggestKind(unit.orgForm) : null,
    countyNumber: unit ? countyNumberOf(unit.municipalityNumber) : null,
  };
}

/**
 * Adds an owner or a UH institution to a county. The register is asked again
 * here (what the browser showed is not trusted): a unit found there is stored
 * with the register's name and marked verified; a deleted or unknown number
 * is refused; only when the register cannot be reached may the person give
 * the name by hand, and the organisation is then marked as not verified.
 */
export async function createOrganisation(
  actor: Actor,
  input: {
    countyId: string;
    orgNumber: string;
    kind: Kind;
    writtenStandard: WrittenStandard;
    manual: boolean;
    name: string | null;
  },
  now = new Date(),
) {
  if (!canAddOrganisations(actor, input.countyId))
    throw new AppError("INVALID", "Fylke", { countyId: "validation.choose" });
  const answer = await lookupUnit(input.orgNumber);
  if (answer.status === "not-found")
    throw new AppError("INVALID", "Ukjent", { orgNumber: "validation.orgNotInRegister" });
  if (answer.status === "deleted")
    throw new AppError("INVALID", "Slettet", { orgNumber: "validation.orgDeletedInRegister" });
  if (answer.status === "invalid-number") throw new AppError("INVALID", "MOD11", { orgNumber: "validation.orgNumber" });
  if (answer.status === "unreachable" && !input.manual)
    throw new AppError("INVALID", "Registeret svarer ikke", { orgNumber: "validation.registerUnreachable" });
  return db.$transaction(async (tx) => {
    const county = await tx.county.findUnique({ where: { id: input.countyId }, select: { id: true } });
    if (!county) throw new AppError("INVALID", "Fylke", { countyId: "validation.choose" });
    if (await tx.organisation.findUnique({ where: { orgNumber: input.orgNumber }, select: { id: true } }))
      throw new AppError("INVALID", "Finnes", { orgNumber: "validation.orgExists" });
    const fromRegister =
      answer.status === "found"
        ? registerColumns(answer.unit, now)
        : { name: input.name!, registerVerifiedAt: null, registerCheckedAt: null };
    const org = await tx.organisation.create({
      data: {
        ...fromRegister,
        orgNumber: input.orgNumber,
        kind: input.kind,
        writtenStandard: input.writtenStandard,
        countyId: county.id,
        createdById: actor.personId,
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "organisation.create",
      entityType: "Organisation",
      entityId: org.id,
      data: {
        after: {
          name: org.name,
          orgNumber: org.orgNumber,
          kind: org.kind,
          writtenStandard: org.writtenStandard,
          verified: answer.status === "found",
          orgForm: org.orgForm,
        },
      },
    });
    return { id: org.id, verified: answer.status === "found" };
  });
}

async function organisationForChange(tx: Tx, actor: Actor, id: string) {
  const org = await tx.organisation.findFirst({ where: { AND: [{ id }, organisationScope(actor)] } });
  if (!org || !canManageOrganisation(actor, org)) throw new AppError("NOT_FOUND");
  return org;
}

/** Changes what the portal keeps beside the register: written standard, account, contact data, the follow-up flag; the name only while not verified. */
export async function updateOrganisation(
  actor: Actor,
  input: {
    id: string;
    version: number;
    writtenStandard: WrittenStandard;
    accountNumber: string;
    email: string;
    phone: string;
    inFollowUpScheme: boolean;
    name: string | null;
  },
) {
  return db.$transaction(async (tx) => {
    const org = await organisationForChange(tx, actor, input.id);
    const name = org.registerVerifiedAt === null && input.name ? input.name : org.name;
    const after = {
      name,
      writtenStandard: input.writtenStandard,
      accountNumber: input.accountNumber || null,
      email: input.email || null,
      phone: input.phone || null,
      inFollowUpScheme: input.inFollowUpScheme,
    };
    const { count } = await tx.organisation.updateMany({
      where: { id: org.id, version: input.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.organisationChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "organisation.update",
      entityType: "Organisation",
      entityId: org.id,
      data: {
        before: {
          name: org.name,
          writtenStandard: org.writtenStandard,
          accountNumber: org.accountNumber,
          email: org.email,
          phone: org.phone,
          inFollowUpScheme: org.inFollowUpScheme,
        },
        after,
      },
    });
  });
}

export type RegisterCheck = { status: LookupResult["status"]; nameDiffers: boolean };

/**
 * Compares an organisation with the register now. A different name is kept
 * as a difference for a person to accept (never applied silently); a unit
 * entered by hand whose number the register knows becomes verified; a unit
 * the register has deleted is marked so.
 */
export async function checkRegister(actor: Actor, input: { id: string }, now = new Date()): Promise<RegisterCheck> {
  const scoped = await db.organisation.findFirst({
    where: { AND: [{ id: input.id }, organisationScope(actor)] },
    select: { id: true, orgNumber: true, countyId: true, parentId: true },
  });
  if (!scoped || !canManageOrganisation(actor, scoped)) throw new AppError("NOT_FOUND");
  if (!scoped.orgNumber) throw new AppError("FORBIDDEN", "errors.detail.noOrgNumber");
  const answer = await lookupUnit(scoped.orgNumber);
  if (answer.status === "unreachable" || answer.status === "invalid-number")
    return { status: answer.status, nameDiffers: false };
  return db.$transaction(async (tx) => {
    const org = await organisationForChange(tx, actor, scoped.id);
    let data: Parameters<typeof tx.organisation.update>[0]["data"];
    let nameDiffers = false;
    if (answer.status === "found") {
      nameDiffers = answer.unit.name !== org.name;
      data = {
        registerCheckedAt: now,
        registerName: nameDiffers ? answer.unit.name : null,
        registerDeletedOn: null,
        orgForm: answer.unit.orgForm,
        address: answer.unit.address,
        municipalityNumber: answer.unit.municipalityNumber ?? org.municipalityNumber,
        registerVerifiedAt: org.registerVerifiedAt ?? now,
      };
    } else if (answer.status === "deleted") {
      data = { registerCheckedAt: now, registerDeletedOn: answer.deletedOn ?? "ukjent" };
    } else {
      data = { registerCheckedAt: now };
    }
    await tx.organisation.update({ where: { id: org.id }, data: { ...data, version: { increment: 1 } } });
    await audit(tx, {
      actorId: actor.personId,
      action: "organisation.register-check",
      entityType: "Organisation",
      entityId: org.id,
      data: {
        status: answer.status,
        name: org.name,
        registerName: answer.status === "found" ? answer.unit.name : null,
      },
    });
    return { status: answer.status, nameDiffers };
  });
}

/** Takes the register's name, shown as a difference, as the organisation's name. */
export async function acceptRegisterName(actor: Actor, input: { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const org = await organisationForChange(tx, actor, input.id);
    if (!org.registerName) throw new AppError("FORBIDDEN", "errors.detail.noNameChange");
    const { count } = await tx.organisation.updateMany({
      where: { id: org.id, version: input.version },
      data: { name: org.registerName, registerName: null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.organisationChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "organisation.accept-register-name",
      entityType: "Organisation",
      entityId: org.id,
      data: { before: { name: org.name }, after: { name: org.registerName } },
    });
  });
}

/** A centre or institute of a UH institution (Matematikksenteret, Skrivesenteret …), in the institution's county. */
export async function addSubUnit(actor: Actor, input: { parentId: string; name: string; orgNumber: string | null }) {
  return db.$transaction(async (tx) => {
    const parent = await organisationForChange(tx, actor, input.parentId);
    if (parent.kind !== "UH" || parent.parentId !== null)
      throw new AppError("FORBIDDEN", "errors.detail.unitsOnlyForUh");
    if (
      input.orgNumber &&
      (await tx.organisation.findUnique({ where: { orgNumber: input.orgNumber }, select: { id: true } }))
    )
      throw new AppError("INVALID", "Finnes", { orgNumber: "validation.orgExists" });
    if (
      await tx.organisation.findFirst({
        where: { parentId: parent.id, name: { equals: input.name, mode: "insensitive" } },
        select: { id: true },
      })
    )
      throw new AppError("INVALID", "Finnes", { name: "validation.unitExists" });
    const unit = await tx.organisation.create({
      data: {
        name: input.name,
        orgNumber: input.orgNumber,
        kind: "UH",
        parentId: parent.id,
        countyId: parent.countyId,
        writtenStandard: parent.writtenStandard,
        createdById: actor.personId,
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "organisation.add-unit",
      entityType: "Organisation",
      entityId: parent.id,
      data: { unitId: unit.id, name: unit.name, orgNumber: unit.orgNumber },
    });
    return { id: unit.id };
  });
}

/** Renames a UH unit (its name is the institution's own, not the register's). */
export async function renameSubUnit(actor: Actor, input: { id: string; name: string }) {
  return db.$transaction(async (tx) => {
    const unit = await organisationForChange(tx, actor, input.id);
    if (unit.parentId === null) throw new AppError("FORBIDDEN", "errors.detail.unitsOnlyForUh");
    await tx.organisation.update({ where: { id: unit.id }, data: { name: input.name, version: { increment: 1 } } });
    await audit(tx, {
      actorId: actor.personId,
      action: "organisation.rename-unit",
      entityType: "Organisation",
      entityId: unit.parentId,
      data: { unitId: unit.id, before: { name: unit.name }, after: { name: input.name } },
    });
  });
}
