import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { z } from "zod";
import { requireActor } from "@/lib/session";
import { canListAnnualReports, canManageAnnualReporting } from "@/lib/annual-reports/policy";
import { listExpectedAnnualReports, listReportingRounds } from "@/lib/annual-reports/queries";
import { REMINDER_DAYS_BEFORE } from "@/lib/annual-reports/rules";
import { osloDateString } from "@/lib/dates";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { Money } from "@/components/ui/money";
import { AnnualStatusTag } from "@/components/ui/annual-status-tag";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { PageLinks } from "@/components/ui/page-links";
import { DeadlineForm, RemindForm, StartAnnualReportForm } from "./forms";

export async function generateMetadata() {
  const t = await getTranslations("annualReports");
  return { title: t("title") };
}

const filterSchema = z.object({
  ar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  vis: z.enum(["alle", "mangler", "levert"]).catch("alle").default("alle"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

/** Rows per page of the table, and how many of the missing reports the reviewer's summary names. */
const PAGE_SIZE = 50;
const MISSING_NAMED = 20;

function hrefFor(filter: z.infer<typeof filterSchema>, overrides: Partial<z.infer<typeof filterSchema>>): string {
  const merged = { ...filter, ...overrides };
  const params = new URLSearchParams();
  if (merged.ar) params.set("ar", String(merged.ar));
  if (merged.vis !== "alle") params.set("vis", merged.vis);
  if (merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `/arsrapporter?${query}` : "/arsrapporter";
}

export default async function AnnualReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { formatDate, formatDateTime } = await getDates();
  const actor = await requireActor();
  if (!canListAnnualReports(actor)) notFound();
  const filter = filterSchema.parse(await searchParams);
  const now = new Date();
  const [t, all, rounds] = await Promise.all([
    getTranslations(),
    listExpectedAnnualReports(actor, {}, now),
    listReportingRounds(actor),
  ]);
  const years = [...new Set(all.map((r) => r.year))].sort((a, b) => b - a);
  const matching = all.filter(
    (r) =>
      (!filter.ar || r.year === filter.ar) &&
      (filter.vis === "alle" || (filter.vis === "mangler" ? r.missing : r.delivered)),
  );
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const rows = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const missing = all.filter((r) => r.missing && (!filter.ar || r.year === filter.ar));
  const reviewer = actor.statsforvalterCountyIds.length > 0 || actor.forumCountyIds.length > 0;
  const counties = [...new Set(rounds.map((r) => r.countyId))].filter((c) => canManageAnnualReporting(actor, c));
  return (
    <>
      <PageHeading
        title={t("annualReports.title")}
        intro={reviewer ? t("annualReports.introReviewer") : t("annualReports.intro")}
      />
      <div className="flex flex-col gap-10">
        <FilterBar
          label={t("dashboard.filters")}
          apply={t("list.apply")}
          reset={t("list.reset")}
          resetHref="/arsrapporter"
        >
          <FilterSelect
            name="ar"
            label={t("annualReports.filterYear")}
            value={filter.ar}
            options={[
              { value: "", label: t("annualReports.allYears") },
              ...years.map((y) => ({ value: y, label: String(y) })),
            ]}
          />
          <FilterSelect
            name="vis"
            label={t("annualReports.filterStatus")}
            value={filter.vis}
            options={[
              { value: "alle", label: t("annualReports.showAll") },
              { value: "mangler", label: t("annualReports.showMissing") },
              { value: "levert", label: t("annualReports.showDelivered") },
            ]}
          />
        </FilterBar>

        {rows.length === 0 ? (
          <Paragraph>{t("annualReports.none")}</Paragraph>
        ) : (
          <div>
            {pages > 1 ? (
              <Paragraph>
                {t("annualReports.showing", {
                  from: (page - 1) * PAGE_SIZE + 1,
                  to: (page - 1) * PAGE_SIZE + rows.length,
                  total: matching.length,
                })}
              </Paragraph>
            ) : null}
            <DataTable caption={t("annualReports.title")} zebra>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{t("annualReports.measure")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("annualReports.network")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("annualReports.owner")}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("annualReports.year")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("annualReports.granted")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t("annualReports.deadline")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("annualReports.status")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("annualReports.actions")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.key}>
                    <TableHeaderCell scope="row">
                      <AppLink href={`/behovsmeldinger/${r.needsReportId}`}>{r.measureName}</AppLink>
                    </TableHeaderCell>
                    <TableCell>{r.network.name}</TableCell>
                    <TableCell>{r.leadOwner.name}</TableCell>
                    <TableCell className="num">{r.year}</TableCell>
                    <TableCell className="num">
                      <Money amount={r.granted.total} />
                    </TableCell>
                    <TableCell>{formatDate(r.deadline)}</TableCell>
                    <TableCell>
                      <AnnualStatusTag status={r.status} missing={r.missing} />
                      {r.report?.submittedAt ? (
                        <span className="mt-1 block text-sm">
                          {t("annualReports.submitted")} {formatDateTime(r.report.submittedAt)}
                          {r.lateDelivery ? ` – ${t("annualReports.late")}` : ""}
                        </span>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      {r.report?.readable ? (
                        <AppLink href={`/arsrapporter/${r.report.id}`}>
                          {r.status === "DRAFT" || r.status === "RETURNED"
                            ? t("annualReports.continue")
                            : t("annualReports.open")}
                          <span className="sr-only">
                            : {r.measureName} {r.year}
                          </span>
                        </AppLink>
                      ) : r.canStart ? (
                        <StartAnnualReportForm reportMeasureId={r.reportMeasureId} year={r.year} />
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
            <PageLinks page={page} pages={pages} href={(n) => hrefFor(filter, { page: n })} label={t("list.pages")} />
          </div>
        )}

        {reviewer ? (
          <PageSection title={t("annualReports.missingTitle", { count: missing.length })}>
            {missing.length === 0 ? (
              <Paragraph>{t("annualReports.missingNone")}</Paragraph>
            ) : (
              <ul className="list-disc pl-6">
                {missing.slice(0, MISSING_NAMED).map((r) => (
                  <li key={r.key}>
                    {`${r.leadOwner.name} (${r.network.name}): ${r.measureName}, ${r.year} – ${t(`annualStatus.${r.status}`)}. ${t("annualReports.lateDeadline", { date: formatDate(r.deadline) })}`}
                  </li>
                ))}
              </ul>
            )}
            {missing.length > MISSING_NAMED ? (
              <Paragraph>
                <AppLink href={hrefFor(filter, { vis: "mangler", page: 1 })}>
                  {t("annualReports.missingAll", { count: missing.length })}
                </AppLink>
              </Paragraph>
            ) : null}
          </PageSection>
        ) : null}

        {rounds.length ? (
          <PageSection title={t("annualReports.deadlinesTitle")}>
            <div className="grid gap-6 md:grid-cols-2">
              {rounds.map((r) => (
                <DeadlineForm
                  key={r.id}
                  roundId={r.id}
                  version={r.version}
                  year={r.year}
                  deadline={osloDateString(r.deadline)}
                />
              ))}
            </div>
          </PageSection>
        ) : null}
        {counties.length ? (
          <PageSection title={t("annualReports.remindTitle")}>
            <Paragraph>{t("annualReports.remindIntro", { days: REMINDER_DAYS_BEFORE })}</Paragraph>
            {counties.map((c) => (
              <RemindForm key={c} countyId={c} />
            ))}
          </PageSection>
        ) : null}
      </div>
    </>
  );
}
