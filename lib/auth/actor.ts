import type { Role } from "@/lib/generated/prisma/enums";

/** One role a person holds, bound to an organisation, a network or a county (none for ADMIN and DIRECTORATE). */
export type Binding = {
  role: Role;
  organisationId: string | null;
  networkId: string | null;
  countyId: string | null;
};

/**
 * The signed-in person as every policy sees them: bindings plus the sets
 * derived from them. Built by `requireActor()` from the database on every
 * request, so a removed role takes effect at once.
 */
export type Actor = {
  personId: string;
  name: string;
  email: string;
  bindings: Binding[];
  /** Organisations the person acts for as OWNER. */
  ownerOrgIds: string[];
  /** Networks the person coordinates. */
  coordinatorNetworkIds: string[];
  /** UH institutions/units the person acts for, with the units of a bound institution. */
  uhOrgIds: string[];
  /** Counties where the person is Statsforvalter. */
  statsforvalterCountyIds: string[];
  /** Counties whose Samarbeidsforum the person sits in (only while the term lasts: bindings out of their validity are not loaded). */
  forumCountyIds: string[];
  /** Organisations whose people and access the person administers (ORG_ADMIN). */
  orgAdminOrgIds: string[];
  /** Every county the person is connected to through any binding. */
  countyIds: string[];
  /** National administrator: counties, the first Statsforvalter of each, other administrators and the directorate. */
  isAdmin: boolean;
  /** Utdanningsdirektoratet: the counties' amounts and the national overview. */
  isDirectorate: boolean;
};

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.bindings.some((b) => b.role === role);
}

export function roles(actor: Actor): Role[] {
  return [...new Set(actor.bindings.map((b) => b.role))];
}

const unique = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];

/** Derives the actor's sets from raw bindings and the facts needed to expand them. */
export function buildActor(input: {
  personId: string;
  name: string;
  email: string;
  bindings: Binding[];
  /** county of each organisation / network referred to by a binding */
  countyOf: { organisations: Record<string, string | null>; networks: Record<string, string> };
  /** child units of UH institutions referred to by a binding */
  uhChildren: Record<string, string[]>;
}): Actor {
  const { bindings } = input;
  const ids = (role: Role, key: "organisationId" | "networkId" | "countyId") =>
    unique(bindings.filter((b) => b.role === role).map((b) => b[key]));

  const uhDirect = ids("UH", "organisationId");
  const uhOrgIds = unique([...uhDirect, ...uhDirect.flatMap((id) => input.uhChildren[id] ?? [])]);

  const countyIds = unique(
    bindings.flatMap((b) => [
      b.countyId,
      b.networkId ? input.countyOf.networks[b.networkId] : null,
      b.organisationId ? input.countyOf.organisations[b.organisationId] : null,
    ]),
  );

  return {
    personId: input.personId,
    name: input.name,
    email: input.email,
    bindings,
    ownerOrgIds: ids("OWNER", "organisationId"),
    coordinatorNetworkIds: ids("COORDINATOR", "networkId"),
    uhOrgIds,
    statsforvalterCountyIds: ids("STATSFORVALTER", "countyId"),
    forumCountyIds: ids("FORUM_MEMBER", "countyId"),
    orgAdminOrgIds: ids("ORG_ADMIN", "organisationId"),
    countyIds,
    isAdmin: bindings.some((b) => b.role === "ADMIN"),
    isDirectorate: bindings.some((b) => b.role === "DIRECTORATE"),
  };
}
