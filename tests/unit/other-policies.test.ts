import { describe, expect, it } from "vitest";
import { actorWith } from "@/tests/support/actors";
import { canSeeAccountNumber, organisationScope } from "@/lib/organisations/policy";
import { canSeeNetworkContacts, networkScope } from "@/lib/networks/policy";
import { canPlanGatherings, canPlanMeasure, measureScope } from "@/lib/measures/policy";
import { navigationFor } from "@/lib/navigation";
import { hasRole, roles } from "@/lib/auth/actor";

describe("actor", () => {
  it("derives counties from organisation, network and county bindings", () => {
    const a = actorWith([
      { role: "OWNER", organisationId: "nordland:vagan" },
      { role: "COORDINATOR", networkId: "trondelag:fosen" },
      { role: "FORUM_MEMBER", countyId: "innlandet" },
    ]);
    expect(a.countyIds.sort()).toEqual(["innlandet", "nordland", "trondelag"]);
    expect(roles(a).sort()).toEqual(["COORDINATOR", "FORUM_MEMBER", "OWNER"]);
    expect(hasRole(a, "ADMIN")).toBe(false);
  });
});

describe("organisations", () => {
  const org = { id: "nordland:vagan", countyId: "nordland", parentId: null };
  it("shows bank accounts to the organisation itself, its county's Statsforvalter and admin", () => {
    expect(canSeeAccountNumber(actorWith([{ role: "OWNER", organisationId: "nordland:vagan" }]), org)).toBe(true);
    expect(canSeeAccountNumber(actorWith([{ role: "STATSFORVALTER", countyId: "nordland" }]), org)).toBe(true);
    expect(canSeeAccountNumber(actorWith([{ role: "ADMIN" }]), org)).toBe(true);
  });
  it("hides them from other owners, other counties and forum members", () => {
    expect(canSeeAccountNumber(actorWith([{ role: "OWNER", organisationId: "nordland:meloy" }]), org)).toBe(false);
    expect(canSeeAccountNumber(actorWith([{ role: "STATSFORVALTER", countyId: "trondelag" }]), org)).toBe(false);
    expect(canSeeAccountNumber(actorWith([{ role: "FORUM_MEMBER", countyId: "nordland" }]), org)).toBe(false);
  });
  it("lists the actor's counties plus UH for everyone but admin", () => {
    expect(organisationScope(actorWith([{ role: "ADMIN" }]))).toEqual({});
    expect(
      JSON.stringify(organisationScope(actorWith([{ role: "OWNER", organisationId: "nordland:vagan" }]))),
    ).toContain("nordland");
  });
});

describe("networks", () => {
  it("shows a person the networks of their counties", () => {
    expect(networkScope(actorWith([{ role: "OWNER", organisationId: "nordland:vagan" }]))).toEqual({
      countyId: { in: ["nordland"] },
    });
    expect(networkScope(actorWith([{ role: "ADMIN" }]))).toEqual({});
  });
  it("shows coordinator contacts to the Statsforvalter and the network's own coordinator only", () => {
    const n = { id: "nordland:lofoten", countyId: "nordland" };
    expect(canSeeNetworkContacts(actorWith([{ role: "STATSFORVALTER", countyId: "nordland" }]), n)).toBe(true);
    expect(canSeeNetworkContacts(actorWith([{ role: "COORDINATOR", networkId: "nordland:lofoten" }]), n)).toBe(true);
    expect(canSeeNetworkContacts(actorWith([{ role: "COORDINATOR", networkId: "nordland:salten" }]), n)).toBe(false);
    expect(canSeeNetworkContacts(actorWith([{ role: "OWNER", organisationId: "nordland:vagan" }]), n)).toBe(false);
  });
});

describe("measures", () => {
  it("coordinators plan their network's own measures; the Statsforvalter plans joint measures in the county", () => {
    const own = { countyId: "nordland", ownerNetworkId: "nordland:lofoten", isJoint: false };
    const joint = { countyId: "trondelag", ownerNetworkId: null, isJoint: true };
    expect(canPlanMeasure(actorWith([{ role: "COORDINATOR", networkId: "nordland:lofoten" }]), own)).toBe(true);
    expect(canPlanMeasure(actorWith([{ role: "COORDINATOR", networkId: "trondelag:fosen" }]), joint)).toBe(false);
    expect(canPlanMeasure(actorWith([{ role: "STATSFORVALTER", countyId: "trondelag" }]), joint)).toBe(true);
    expect(canPlanMeasure(actorWith([{ role: "OWNER", organisationId: "nordland:vagan" }]), own)).toBe(false);
  });
  it("the gatherings of a joint measure are also planned by the coordinators of the networks taking part", () => {
    const joint = {
      countyId: "trondelag",
      ownerNetworkId: null,
      isJoint: true,
      networkIds: ["trondelag:gauldal", "trondelag:fosen"],
    };
    expect(canPlanGatherings(actorWith([{ role: "COORDINATOR", networkId: "trondelag:fosen" }]), joint)).toBe(true);
    expect(canPlanGatherings(actorWith([{ role: "COORDINATOR", networkId: "trondelag:innherred" }]), joint)).toBe(
      false,
    );
    expect(canPlanGatherings(actorWith([{ role: "OWNER", organisationId: "trondelag:melhus" }]), joint)).toBe(false);
  });
  it("UH contacts also see measures they contribute to", () => {
    const scope = measureScope(actorWith([{ role: "UH", organisationId: "ntnu-mat" }]));
    expect(JSON.stringify(scope)).toContain("ntnu-mat");
  });
});

describe("navigation", () => {
  const keys = (a: ReturnType<typeof actorWith>) => navigationFor(a).map((i) => i.key);
  it("an owner gets reports, annual reports, measures and networks, but not the overview or the organisation register", () => {
    expect(keys(actorWith([{ role: "OWNER", organisationId: "nordland:vagan" }]))).toEqual([
      "home",
      "needsReports",
      "annualReports",
      "measures",
      "calendar",
      "networks",
    ]);
  });
  it("the Statsforvalter also gets budgets, the forum, organisations and the administration", () => {
    expect(keys(actorWith([{ role: "STATSFORVALTER", countyId: "nordland" }]))).toEqual([
      "home",
      "needsReports",
      "annualReports",
      "dashboard",
      "budgets",
      "forum",
      "measures",
      "calendar",
      "networks",
      "organisations",
      "admin",
    ]);
  });
  it("a forum member gets reports, budgets and the forum, but not the organisation register", () => {
    expect(keys(actorWith([{ role: "FORUM_MEMBER", countyId: "nordland" }]))).toEqual([
      "home",
      "needsReports",
      "annualReports",
      "dashboard",
      "budgets",
      "forum",
      "measures",
      "calendar",
      "networks",
    ]);
  });
  it("an administrator gets no needs reports, but the national overview and the administration", () => {
    expect(keys(actorWith([{ role: "ADMIN" }]))).toEqual([
      "home",
      "measures",
      "calendar",
      "networks",
      "organisations",
      "directorate",
      "admin",
    ]);
  });
  it("the directorate gets its national overview and nothing of a county's", () => {
    expect(keys(actorWith([{ role: "DIRECTORATE" }]))).toEqual(["home", "directorate"]);
  });
  it("an organisation's administrator gets the register and the administration of its people", () => {
    expect(keys(actorWith([{ role: "ORG_ADMIN", organisationId: "nordland:vagan" }]))).toEqual([
      "home",
      "measures",
      "calendar",
      "networks",
      "organisations",
      "admin",
    ]);
  });
});
