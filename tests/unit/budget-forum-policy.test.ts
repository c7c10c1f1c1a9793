import { describe, expect, it } from "vitest";
import { actorWith } from "@/tests/support/actors";
import { budgetScope, canEditBudgetLines, canImportKeyData, canManageBudget, canUseBudgets } from "@/lib/budget/policy";
import { canDeclareConflict, canEditMeeting, canManageForum, forumScope } from "@/lib/forum/policy";
import { averageScore, canAssessNetwork } from "@/lib/criteria/policy";
import { canAllocate, canRecordRecommendation, checkGrant, checkRecommendation } from "@/lib/allocations/policy";

const sf = actorWith([{ role: "STATSFORVALTER", countyId: "trondelag" }]);
const member = actorWith([{ role: "FORUM_MEMBER", countyId: "trondelag" }]);
const ownerMember = actorWith([
  { role: "FORUM_MEMBER", countyId: "trondelag" },
  { role: "OWNER", organisationId: "trondelag:steinkjer" },
]);
const coordinator = actorWith([{ role: "COORDINATOR", networkId: "trondelag:fosen" }]);
const owner = actorWith([{ role: "OWNER", organisationId: "trondelag:trondheim" }]);
const otherSf = actorWith([{ role: "STATSFORVALTER", countyId: "nordland" }]);

describe("budgets", () => {
  it("are seen by the county's Statsforvalter and forum members, and nobody else", () => {
    expect(budgetScope(sf)).toEqual({ countyId: { in: ["trondelag"] } });
    expect(budgetScope(member)).toEqual({ countyId: { in: ["trondelag"] } });
    for (const a of [coordinator, owner]) {
      expect(budgetScope(a)).toEqual({ id: { in: [] } });
      expect(canUseBudgets(a)).toBe(false);
    }
  });
  it("are kept by the Statsforvalter of the county; lines lock once frames are decided", () => {
    expect(canManageBudget(sf, "trondelag")).toBe(true);
    expect(canManageBudget(member, "trondelag")).toBe(false);
    expect(canManageBudget(otherSf, "trondelag")).toBe(false);
    expect(canEditBudgetLines(sf, { countyId: "trondelag", hasDecidedScenario: false })).toBe(true);
    expect(canEditBudgetLines(sf, { countyId: "trondelag", hasDecidedScenario: true })).toBe(false);
    expect(canImportKeyData(sf)).toBe(true);
    expect(canImportKeyData(member)).toBe(false);
  });
});

describe("Samarbeidsforum", () => {
  it("the Statsforvalter is secretariat: manages meetings until the minutes are approved", () => {
    expect(forumScope(owner)).toEqual({ id: { in: [] } });
    expect(canManageForum(sf, "trondelag")).toBe(true);
    expect(canManageForum(member, "trondelag")).toBe(false);
    expect(canEditMeeting(sf, { countyId: "trondelag", status: "HELD" })).toBe(true);
    expect(canEditMeeting(sf, { countyId: "trondelag", status: "MINUTES_APPROVED" })).toBe(false);
  });
  it("members declare their own conflicts of interest", () => {
    const forum = { countyId: "trondelag", memberPersonIds: ["p1"] };
    expect(canDeclareConflict(member, forum)).toBe(true);
    expect(canDeclareConflict(member, { ...forum, memberPersonIds: ["someone-else"] })).toBe(false);
    expect(canDeclareConflict(sf, forum)).toBe(false);
  });
  it("the criteria sheet: a network is assessed by the others, not by a member acting for one of its owners", () => {
    const innherred = {
      id: "trondelag:innherred",
      countyId: "trondelag",
      memberOrgIds: ["trondelag:steinkjer", "trondelag:inderoy"],
    };
    expect(canAssessNetwork(member, innherred)).toBe(true);
    expect(canAssessNetwork(ownerMember, innherred)).toBe(false);
    expect(
      canAssessNetwork(ownerMember, { ...innherred, id: "trondelag:fosen", memberOrgIds: ["trondelag:orland"] }),
    ).toBe(true);
    expect(canAssessNetwork(sf, innherred)).toBe(false);
    expect(averageScore([4, 5, 5])).toBe(4.7);
    expect(averageScore([])).toBeNull();
  });
});

describe("recommendation and allocation", () => {
  it("never above the frame; a reason when below", () => {
    expect(checkRecommendation(932_420, 932_420, null)).toBe("ok");
    expect(checkRecommendation(932_420, 932_421, "Mye bra")).toBe("aboveFrame");
    expect(checkRecommendation(932_420, 900_000, "")).toBe("reasonRequired");
    expect(checkRecommendation(932_420, 900_000, "Omsøkt under ramme")).toBe("ok");
  });
  it("grants never add up to more than the recommendation", () => {
    expect(checkGrant({ recommendation: 800_000, grantedToOthers: 300_000, amount: 500_000 })).toBe("ok");
    expect(checkGrant({ recommendation: 800_000, grantedToOthers: 300_000, amount: 500_001 })).toBe(
      "aboveRecommendation",
    );
    expect(checkGrant({ recommendation: 800_000, grantedToOthers: 0, amount: 0 })).toBe("zero");
  });
  it("only the county's Statsforvalter records them", () => {
    expect(canRecordRecommendation(sf, "trondelag")).toBe(true);
    expect(canRecordRecommendation(member, "trondelag")).toBe(false);
    expect(canAllocate(otherSf, "trondelag")).toBe(false);
  });
});
