import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { canManageOrganisation, canSeeAccountNumber, organisationScope } from "@/lib/organisations/policy";

export async function listOrganisations(actor: Actor, filter: { kind?: OrganisationKind } = {}) {
  const orgs = await db.organisation.findMany({
    where: { AND: [organisationScope(actor), filter.kind ? { kind: filter.kind } : {}] },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      orgNumber: true,
      accountNumber: true,
      countyId: true,
      parentId: true,
      county: { select: { name: true } },
      parent: { select: { name: true } },
      registerVerifiedAt: true,
      registerName: true,
      registerDeletedOn: true,
    },
  });
  return orgs.map(({ accountNumber, ...o }) => ({
    ...o,
    accountNumber: canSeeAccountNumber(actor, o) ? accountNumber : null,
  }));
}

/** One organisation with its units, networks (with years) and what the actor may do; "not found" outside the actor's view. */
export async function getOrganisation(actor: Actor, id: string) {
  const o = await db.organisation.findFirst({
    where: { AND: [{ id }, organisationScope(actor)] },
    include: {
      county: { select: { id: true, name: true } },
      parent: { select: { id: true, name: true } },
      children: { orderBy: { name: "asc" }, select: { id: true, name: true, orgNumber: true } },
      networkMemberships: {
        orderBy: [{ fromYear: "asc" }],
        select: { id: true, fromYear: true, toYear: true, network: { select: { id: true, name: true } } },
      },
      uhPartnerships: {
        orderBy: [{ fromYear: "asc" }],
        select: { id: true, fromYear: true, toYear: true, network: { select: { id: true, name: true } } },
      },
    },
  });
  if (!o) throw new AppError("NOT_FOUND");
  const manage = canManageOrganisation(actor, o);
  return {
    ...o,
    accountNumber: canSeeAccountNumber(actor, o) ? o.accountNumber : null,
    email: manage || canSeeAccountNumber(actor, o) ? o.email : null,
    phone: manage || canSeeAccountNumber(actor, o) ? o.phone : null,
    can: { manage, addUnits: manage && o.kind === "UH" && o.parentId === null },
  };
}

export type OrganisationView = Awaited<ReturnType<typeof getOrganisation>>;

/** The counties the actor may add organisations to. */
export async function listOrganisationCounties(actor: Actor) {
  return db.county.findMany({
    where: actor.isAdmin ? {} : { id: { in: actor.statsforvalterCountyIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, code: true },
  });
}
