import { describe, expect, it } from "vitest";
import {
  canCreateNeedsReport,
  canEditNeedsReport,
  canListNeedsReports,
  canViewNeedsReport,
  needsReportScope,
} from "@/lib/needs-reports/policy";
import { actorWith } from "@/tests/support/actors";
import type { NeedsReportStatus } from "@/lib/generated/prisma/enums";

const report = (status: NeedsReportStatus = "DRAFT") => ({
  leadOwnerId: "nordland:vagan",
  ownerIds: ["nordland:flakstad"],
  networkId: "nordland:lofoten",
  countyId: "nordland",
  uhOrgIds: ["ntnu-mat"],
  status,
});

describe("who may see a needs report", () => {
  it("the lead owner and the other owners of the partnership", () => {
    expect(canViewNeedsReport(actorWith([{ role: "OWNER", organisationId: "nordland:vagan" }]), report())).toBe(true);
    expect(canViewNeedsReport(actorWith([{ role: "OWNER", organisationId: "nordland:flakstad" }]), report())).toBe(
      true,
    );
  });

  it("not an owner outside the partnership, even in the same county", () => {
    expect(
      canViewNeedsReport(actorWith([{ role: "OWNER", organisationId: "nordland:meloy" }]), report("SUBMITTED")),
    ).toBe(false);
  });

  it("the coordinator of the report's network, not of another network", () => {
    expect(canViewNeedsReport(actorWith([{ role: "COORDINATOR", networkId: "nordland:lofoten" }]), report())).toBe(
      true,
    );
    expect(canViewNeedsReport(actorWith([{ role: "COORDINATOR", networkId: "nordland:salten" }]), report())).toBe(
      false,
    );
  });

  it("a UH contact of a unit named in the report, also when bound to the institution", () => {
    expect(canViewNeedsReport(actorWith([{ role: "UH", organisationId: "ntnu-mat" }]), report())).toBe(true);
    expect(
      canViewNeedsReport(
        actorWith([{ role: "UH", organisationId: "ntnu" }], { uhChildren: { ntnu: ["ntnu-mat", "ntnu-skriv"] } }),
        report(),
      ),
    ).toBe(true);
    expect(canViewNeedsReport(actorWith([{ role: "UH", organisationId: "nord-uni" }]), report())).toBe(false);
  });

  it("the Statsforvalter and forum members of the county, only once submitted", () => {
    for (const role of ["STATSFORVALTER", "FORUM_MEMBER"] as const) {
      const actor = actorWith([{ role, countyId: "nordland" }]);
      expect(canViewNeedsReport(actor, report("DRAFT"))).toBe(false);
      expect(canViewNeedsReport(actor, report("SUBMITTED"))).toBe(true);
      expect(canViewNeedsReport(actor, report("GRANTED"))).toBe(true);
      expect(canViewNeedsReport(actorWith([{ role, countyId: "trondelag" }]), report("SUBMITTED"))).toBe(false);
    }
  });

  it("not an administrator through that role", () => {
    expect(canViewNeedsReport(actorWith([{ role: "ADMIN" }]), report("SUBMITTED"))).toBe(false);
    expect(canListNeedsReports(actorWith([{ role: "ADMIN" }]))).toBe(false);
  });

  it("the Prisma scope of an actor without report roles matches nothing (not an empty OR, which Prisma ignores)", () => {
    expect(needsReportScope(actorWith([{ role: "ADMIN" }]))).toEqual({ id: { in: [] } });
  });

  it("the Prisma scope keeps drafts from reviewers, except a draft whose owners asked to submit late", () => {
    const scope = needsReportScope(actorWith([{ role: "STATSFORVALTER", countyId: "nordland" }]));
    expect(scope.OR).toHaveLength(2);
    expect(scope.OR?.[0]).toMatchObject({
      round: { countyId: { in: ["nordland"] } },
      status: { in: expect.not.arrayContaining(["DRAFT"]) },
    });
    expect(scope.OR?.[1]).toMatchObject({ status: "DRAFT", reopenRequestedAt: { not: null } });
    expect(needsReportScope(actorWith([{ role: "FORUM_MEMBER", countyId: "nordland" }])).OR).toHaveLength(1);
    const sf = actorWith([{ role: "STATSFORVALTER", countyId: "nordland" }]);
    expect(canViewNeedsReport(sf, { ...report("DRAFT"), reopenRequested: true })).toBe(true);
    expect(
      canViewNeedsReport(actorWith([{ role: "FORUM_MEMBER", countyId: "nordland" }]), {
        ...report("DRAFT"),
        reopenRequested: true,
      }),
    ).toBe(false);
  });
});

describe("who may edit and create", () => {
  it("the lead owner and the coordinator while draft or returned", () => {
    const owner = actorWith([{ role: "OWNER", organisationId: "nordland:vagan" }]);
    const coord = actorWith([{ role: "COORDINATOR", networkId: "nordland:lofoten" }]);
    for (const actor of [owner, coord]) {
      expect(canEditNeedsReport(actor, report("DRAFT"))).toBe(true);
      expect(canEditNeedsReport(actor, report("RETURNED"))).toBe(true);
      expect(canEditNeedsReport(actor, report("SUBMITTED"))).toBe(false);
      expect(canEditNeedsReport(actor, report("GRANTED"))).toBe(false);
    }
  });

  it("not another owner of the partnership, nor the Statsforvalter", () => {
    expect(canEditNeedsReport(actorWith([{ role: "OWNER", organisationId: "nordland:flakstad" }]), report())).toBe(
      false,
    );
    expect(canEditNeedsReport(actorWith([{ role: "STATSFORVALTER", countyId: "nordland" }]), report())).toBe(false);
  });

  it("owners and coordinators may start a report; others may not", () => {
    expect(canCreateNeedsReport(actorWith([{ role: "OWNER", organisationId: "x" }]))).toBe(true);
    expect(canCreateNeedsReport(actorWith([{ role: "COORDINATOR", networkId: "y" }]))).toBe(true);
    expect(canCreateNeedsReport(actorWith([{ role: "FORUM_MEMBER", countyId: "z" }]))).toBe(false);
    expect(canCreateNeedsReport(actorWith([{ role: "UH", organisationId: "u" }]))).toBe(false);
  });
});
