/**
 * Who may grant what (lib/access/policy.ts): every role in every kind of
 * scope, for every kind of granter. Nobody grants what their own bindings do
 * not let them administer; an organisation's administrator never reaches
 * past its organisation.
 */
import { describe, expect, it } from "vitest";
import { canGrant, canManageAccess, invitationState, rolesFor, type GrantScope } from "@/lib/access/policy";
import { actorWith } from "@/tests/support/actors";

const vagan: GrantScope = {
  kind: "organisation",
  id: "nordland:vagan",
  orgKind: "KOMMUNE",
  countyId: "nordland",
  parentId: null,
  uhCountyIds: [],
};
const trondheim: GrantScope = {
  kind: "organisation",
  id: "trondelag:trondheim",
  orgKind: "KOMMUNE",
  countyId: "trondelag",
  parentId: null,
  uhCountyIds: [],
};
const ntnu: GrantScope = {
  kind: "organisation",
  id: "ntnu",
  orgKind: "UH",
  countyId: "trondelag",
  parentId: null,
  uhCountyIds: ["nordland", "trondelag"],
};
const mat: GrantScope = {
  kind: "organisation",
  id: "ntnu-mat",
  orgKind: "UH",
  countyId: "trondelag",
  parentId: "ntnu",
  uhCountyIds: ["nordland"],
};
const lofoten: GrantScope = { kind: "network", id: "nordland:lofoten", countyId: "nordland" };
const nordland: GrantScope = { kind: "county", id: "nordland" };
const national: GrantScope = { kind: "national" };

const sfN = actorWith([{ role: "STATSFORVALTER", countyId: "nordland" }]);
const orgAdmin = actorWith([{ role: "ORG_ADMIN", organisationId: "nordland:vagan" }]);
const owner = actorWith([{ role: "OWNER", organisationId: "nordland:vagan" }]);
const coordinator = actorWith([{ role: "COORDINATOR", networkId: "nordland:lofoten" }]);
const admin = actorWith([{ role: "ADMIN" }]);
const directorate = actorWith([{ role: "DIRECTORATE" }]);
const ntnuAdmin = actorWith([{ role: "ORG_ADMIN", organisationId: "ntnu" }]);

describe("who may grant what", () => {
  it("offers each scope only its own roles", () => {
    expect(rolesFor(vagan)).toEqual(["OWNER", "ORG_ADMIN"]);
    expect(rolesFor(ntnu)).toEqual(["UH", "ORG_ADMIN"]);
    expect(rolesFor(lofoten)).toEqual(["COORDINATOR"]);
    expect(rolesFor(nordland)).toEqual(["STATSFORVALTER", "FORUM_MEMBER"]);
    expect(rolesFor(national)).toEqual(["ADMIN", "DIRECTORATE"]);
    // A role outside its scope is refused even to the administrator.
    expect(canGrant(admin, "STATSFORVALTER", vagan)).toBe(false);
    expect(canGrant(admin, "OWNER", ntnu)).toBe(false);
  });

  it("an organisation's administrator grants that organisation's roles and nothing else", () => {
    expect(canGrant(orgAdmin, "OWNER", vagan)).toBe(true);
    expect(canGrant(orgAdmin, "ORG_ADMIN", vagan)).toBe(true);
    expect(canGrant(orgAdmin, "OWNER", trondheim)).toBe(false);
    expect(canGrant(orgAdmin, "COORDINATOR", lofoten)).toBe(false);
    expect(canGrant(orgAdmin, "STATSFORVALTER", nordland)).toBe(false);
    expect(canGrant(orgAdmin, "ADMIN", national)).toBe(false);
    expect(canManageAccess(orgAdmin, nordland)).toBe(false);
    // A UH institution's administrator also reaches its units.
    expect(canGrant(ntnuAdmin, "UH", mat)).toBe(true);
    expect(canGrant(ntnuAdmin, "UH", ntnu)).toBe(true);
  });

  it("the county's Statsforvalter grants in the county: colleagues, forum, coordinators, owners, partnering UH", () => {
    for (const [role, scope] of [
      ["STATSFORVALTER", nordland],
      ["FORUM_MEMBER", nordland],
      ["COORDINATOR", lofoten],
      ["OWNER", vagan],
      ["ORG_ADMIN", vagan],
      ["UH", mat],
      ["UH", ntnu],
    ] as const) {
      expect(canGrant(sfN, role, scope), `${role} in ${scope.kind}`).toBe(true);
    }
    expect(canGrant(sfN, "OWNER", trondheim)).toBe(false);
    expect(canGrant(sfN, "ADMIN", national)).toBe(false);
    expect(canGrant(sfN, "DIRECTORATE", national)).toBe(false);
    expect(canGrant(sfN, "STATSFORVALTER", { kind: "county", id: "trondelag" })).toBe(false);
  });

  it("owners and coordinators grant nothing; the directorate only its own; the administrator anything in its scope", () => {
    for (const a of [owner, coordinator])
      for (const s of [vagan, lofoten, nordland, national, ntnu]) expect(canManageAccess(a, s)).toBe(false);
    expect(canGrant(directorate, "DIRECTORATE", national)).toBe(true);
    expect(canGrant(directorate, "ADMIN", national)).toBe(false);
    expect(canGrant(directorate, "STATSFORVALTER", nordland)).toBe(false);
    for (const [role, scope] of [
      ["ADMIN", national],
      ["DIRECTORATE", national],
      ["STATSFORVALTER", nordland],
      ["OWNER", trondheim],
    ] as const)
      expect(canGrant(admin, role, scope)).toBe(true);
  });

  it("tells an invitation's state from its dates", () => {
    const now = new Date("2027-01-10T12:00:00Z");
    const base = { usedAt: null, revokedAt: null, replacedById: null, expiresAt: new Date("2027-01-20T12:00:00Z") };
    expect(invitationState(base, now)).toBe("open");
    expect(invitationState({ ...base, expiresAt: now }, now)).toBe("expired");
    expect(invitationState({ ...base, usedAt: now }, now)).toBe("used");
    expect(invitationState({ ...base, revokedAt: now }, now)).toBe("revoked");
    expect(invitationState({ ...base, replacedById: "x" }, now)).toBe("replaced");
  });
});
