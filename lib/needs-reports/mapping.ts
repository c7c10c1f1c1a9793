import type { Prisma } from "@/lib/generated/prisma/client";
import type { NeedsReportDraft } from "@/lib/needs-reports/schema";
import { compareSemesters } from "@/lib/semesters";

/** What a report must be loaded with to become a draft for the form. */
export const draftInclude = {
  owners: true,
  uhUnits: true,
  contacts: true,
  measures: {
    orderBy: { position: "asc" },
    include: {
      budgetLines: { orderBy: { position: "asc" } },
      semesters: true,
      laterNeeds: { orderBy: { position: "asc" } },
    },
  },
  partners: { orderBy: { position: "asc" } },
  codetermination: { orderBy: { position: "asc" } },
} satisfies Prisma.NeedsReportInclude;

export type ReportWithDraft = Prisma.NeedsReportGetPayload<{ include: typeof draftInclude }>;

/** The stored report as the form's draft. */
export function toDraft(r: ReportWithDraft): NeedsReportDraft {
  const contact = (side: "OWNER" | "UH") => {
    const c = r.contacts.find((x) => x.side === side);
    return {
      name: c?.name ?? "",
      role: c?.role ?? "",
      phone: c?.phone ?? "",
      email: c?.email ?? "",
      accountNumber: c?.accountNumber ?? "",
      orgNumber: c?.orgNumber ?? "",
      paymentMarking: c?.paymentMarking ?? "",
    };
  };
  return {
    schemes: r.schemes,
    otherOwnerIds: r.owners.map((o) => o.organisationId),
    uhInstitutionId: r.uhInstitutionId,
    uhUnitIds: r.uhUnits.map((u) => u.organisationId),
    contacts: { owner: contact("OWNER"), uh: contact("UH") },
    multipleOwners: r.multipleOwners,
    multipleUh: r.multipleUh,
    multipleSchemes: r.multipleSchemes,
    measures: r.measures.map((m) => ({
      name: m.name,
      scheme: m.scheme,
      ownerAmount: m.ownerAmount,
      uhAmount: m.uhAmount,
      purposes: m.purposes,
      anchoringText: m.anchoringText ?? "",
      collectiveText: m.collectiveText ?? "",
      teacherEducationText: m.teacherEducationText ?? "",
      longTermPlanText: m.longTermPlanText ?? "",
      longTermPlanPoints: m.longTermPlanPoints ?? "",
      ownerUsageText: m.ownerUsageText ?? "",
      uhUsageText: m.uhUsageText ?? "",
      ownerLines: m.budgetLines
        .filter((l) => l.side === "OWNER")
        .map((l) => ({ title: l.title, description: l.description ?? "", amount: l.amount })),
      uhLines: m.budgetLines
        .filter((l) => l.side === "UH")
        .map((l) => ({ title: l.title, description: l.description ?? "", amount: l.amount })),
      coordinatorNeeded: m.coordinatorNeeded,
      coordinatorText: m.coordinatorText ?? "",
      coordinatorAmount: m.coordinatorAmount,
      coordinatorAcknowledged: m.coordinatorAcknowledged,
      semesters: [...m.semesters].sort(compareSemesters).map((s) => ({ term: s.term, year: s.year })),
      laterNeeds: m.laterNeeds.map((n) => ({
        term: n.term,
        year: n.year,
        ownerAmount: n.ownerAmount,
        ownerReason: n.ownerReason ?? "",
        uhAmount: n.uhAmount,
        uhReason: n.uhReason ?? "",
      })),
      targetGroup: m.targetGroup ?? "",
    })),
    partners: r.partners.map((p) => ({ name: p.name, contactPerson: p.contactPerson ?? "", kind: p.kind })),
    codetermination: {
      discussed: r.codeterminationDiscussed,
      participants: r.codetermination.map((c) => ({ role: c.role, name: c.name })),
      remark: r.codeterminationRemark ?? "",
    },
    units: {
      kommunaleBarnehager: r.unitsKommunaleBarnehager,
      privateBarnehager: r.unitsPrivateBarnehager,
      offentligeSkoler: r.unitsOffentligeSkoler,
      privateSkoler: r.unitsPrivateSkoler,
      ppt: r.unitsPpt,
    },
  };
}

const orNull = (s: string) => (s === "" ? null : s);

/** The scalar columns of the report for a draft. */
export function reportColumns(d: NeedsReportDraft) {
  return {
    schemes: d.schemes,
    uhInstitutionId: d.uhInstitutionId,
    multipleOwners: d.multipleOwners,
    multipleUh: d.multipleUh,
    multipleSchemes: d.multipleSchemes,
    codeterminationDiscussed: d.codetermination.discussed,
    codeterminationRemark: orNull(d.codetermination.remark),
    unitsKommunaleBarnehager: d.units.kommunaleBarnehager,
    unitsPrivateBarnehager: d.units.privateBarnehager,
    unitsOffentligeSkoler: d.units.offentligeSkoler,
    unitsPrivateSkoler: d.units.privateSkoler,
    unitsPpt: d.units.ppt,
  } satisfies Prisma.NeedsReportUncheckedUpdateInput;
}

/** The child rows of the report for a draft (written after the old ones are removed). */
export function childRows(reportId: string, d: NeedsReportDraft) {
  const contact = (side: "OWNER" | "UH", c: NeedsReportDraft["contacts"]["owner"]) => ({
    reportId,
    side,
    name: c.name,
    role: orNull(c.role),
    phone: orNull(c.phone),
    email: orNull(c.email),
    accountNumber: orNull(c.accountNumber),
    orgNumber: orNull(c.orgNumber),
    paymentMarking: orNull(c.paymentMarking),
  });
  const hasContact = (c: NeedsReportDraft["contacts"]["owner"]) => Object.values(c).some((v) => v !== "");
  return {
    owners: [...new Set(d.otherOwnerIds)].map((organisationId) => ({ reportId, organisationId })),
    uhUnits: [...new Set(d.uhUnitIds)].map((organisationId) => ({ reportId, organisationId })),
    contacts: [
      ...(hasContact(d.contacts.owner) ? [contact("OWNER", d.contacts.owner)] : []),
      ...(hasContact(d.contacts.uh) ? [contact("UH", d.contacts.uh)] : []),
    ],
    partners: d.partners.map((p, i) => ({
      reportId,
      position: i + 1,
      name: p.name,
      contactPerson: orNull(p.contactPerson),
      kind: p.kind,
    })),
    codetermination: d.codetermination.participants.map((p, i) => ({
      reportId,
      position: i + 1,
      role: p.role,
      name: p.name,
    })),
    measures: d.measures.map((m, i) => ({
      data: {
        reportId,
        position: i + 1,
        name: m.name,
        scheme: m.scheme,
        ownerAmount: m.ownerAmount,
        uhAmount: m.uhAmount,
        purposes: m.purposes,
        anchoringText: orNull(m.anchoringText),
        collectiveText: orNull(m.collectiveText),
        teacherEducationText: orNull(m.teacherEducationText),
        longTermPlanText: orNull(m.longTermPlanText),
        longTermPlanPoints: orNull(m.longTermPlanPoints),
        ownerUsageText: orNull(m.ownerUsageText),
        uhUsageText: orNull(m.uhUsageText),
        coordinatorNeeded: m.coordinatorNeeded,
        coordinatorText: orNull(m.coordinatorText),
        coordinatorAmount: m.coordinatorAmount,
        coordinatorAcknowledged: m.coordinatorAcknowledged,
        targetGroup: orNull(m.targetGroup),
      },
      budgetLines: [
        ...m.ownerLines.map((l, j) => ({
          side: "OWNER" as const,
          position: j + 1,
          title: l.title,
          description: orNull(l.description),
          amount: l.amount,
        })),
        ...m.uhLines.map((l, j) => ({
          side: "UH" as const,
          position: j + 1,
          title: l.title,
          description: orNull(l.description),
          amount: l.amount,
        })),
      ],
      semesters: [...new Map(m.semesters.map((s) => [`${s.year}${s.term}`, s])).values()],
      laterNeeds: m.laterNeeds.map((n, j) => ({
        position: j + 1,
        ...n,
        ownerReason: orNull(n.ownerReason),
        uhReason: orNull(n.uhReason),
      })),
    })),
  };
}
