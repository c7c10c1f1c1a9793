import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { needsReportScope } from "@/lib/needs-reports/policy";
import { reportTotals } from "@/lib/needs-reports/totals";

/** The reports the actor may see, newest round first, with computed totals. */
export async function listNeedsReports(actor: Actor) {
  const reports = await db.needsReport.findMany({
    where: needsReportScope(actor),
    orderBy: [{ round: { year: "desc" } }, { network: { name: "asc" } }],
    select: {
      id: true,
      status: true,
      schemes: true,
      submittedAt: true,
      round: { select: { year: true, deadline: true, county: { select: { name: true } } } },
      network: { select: { id: true, name: true } },
      leadOwner: { select: { id: true, name: true } },
      measures: { select: { scheme: true, ownerAmount: true, uhAmount: true } },
    },
  });
  return reports.map(({ measures, ...r }) => ({ ...r, total: reportTotals(measures).total.total }));
}

/** One report in full for the read view; "not found" when outside the actor's scope. */
export async function getNeedsReport(actor: Actor, id: string) {
  const report = await db.needsReport.findFirst({
    where: { AND: [{ id }, needsReportScope(actor)] },
    include: {
      round: { include: { county: true } },
      network: true,
      leadOwner: true,
      owners: { include: { organisation: true }, orderBy: { organisation: { name: "asc" } } },
      uhUnits: { include: { organisation: { include: { parent: true } } } },
      contacts: true,
      measures: {
        orderBy: { position: "asc" },
        include: {
          budgetLines: { orderBy: [{ side: "asc" }, { position: "asc" }] },
          semesters: true,
          laterNeeds: { orderBy: { position: "asc" } },
        },
      },
      partners: { orderBy: { position: "asc" } },
      codetermination: { orderBy: { position: "asc" } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  const uhInstitution = report.uhInstitutionId
    ? await db.organisation.findUnique({ where: { id: report.uhInstitutionId }, select: { id: true, name: true, orgNumber: true } })
    : null;
  return { ...report, uhInstitution, totals: reportTotals(report.measures) };
}

export type NeedsReportView = Awaited<ReturnType<typeof getNeedsReport>>;
