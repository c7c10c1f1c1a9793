import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { canSeeAccountNumber, organisationScope } from "@/lib/organisations/policy";

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
    },
  });
  return orgs.map(({ accountNumber, ...o }) => ({
    ...o,
    accountNumber: canSeeAccountNumber(actor, o) ? accountNumber : null,
  }));
}
