import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import {
  Alert,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getBudgetOverview } from "@/lib/budget/overview";
import { orNotFound } from "@/lib/not-found";
import { formatKroner } from "@/lib/money";
import { Money } from "@/components/ui/money";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { StatusTag } from "@/components/ui/status-tag";
import { GroupedBarChart } from "@/components/ui/bar-chart";
import { BudgetHeader, budgetTitle } from "../budget-header";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("budget.tabs");
  return { title: `${t("overview")} – ${await budgetTitle((await params).id)}` };
}

export default async function OverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [o, t] = await Promise.all([orNotFound(getBudgetOverview(actor, id)), getTranslations()]);
  const over = o.rows.filter((r) => r.overFrame);
  return (
    <>
      <BudgetHeader id={id} current="overview" />
      <div className="flex flex-col gap-8">
        {!o.budget.decided ? (
          <Alert data-color="warning">
            <Paragraph>{t("overview.noFrames")}</Paragraph>
          </Alert>
        ) : null}
        {over.length ? (
          <Alert data-color="warning">
            <Heading level={2} data-size="xs">
              {t("overview.overTitle", { count: over.length })}
            </Heading>
            <Paragraph>{over.map((r) => r.network.shortName).join(", ")}</Paragraph>
          </Alert>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <AppLink href={`/budsjett/${id}/sammenstilling/eksport`}>{t("overview.exportXlsx")}</AppLink>
        </div>
        <DataTable caption={t("overview.tableTitle")} captionClassName="text-left text-lg font-semibold" zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("frames.network")}</TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("overview.frame")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("overview.applied")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("overview.difference")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("overview.recommended")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("overview.granted")}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t("overview.reports")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {o.rows.map((r) => (
              <TableRow key={r.network.id}>
                <TableHeaderCell scope="row">
                  {r.network.shortName}
                  {r.overFrame ? (
                    <Tag data-color="danger" className="ml-2">
                      {t("overview.overFrame")}
                    </Tag>
                  ) : null}
                </TableHeaderCell>
                <TableCell className="num">
                  <Money amount={r.frame} />
                </TableCell>
                <TableCell className="num">
                  <Money amount={r.applied} />
                </TableCell>
                <TableCell className={`num ${r.overFrame ? "font-semibold text-danger-text-default" : ""}`}>
                  {r.difference === null ? "–" : `${r.difference > 0 ? "+" : ""}${formatKroner(r.difference)}`}
                </TableCell>
                <TableCell className="num">
                  <Money amount={r.recommendation?.amount} />
                </TableCell>
                <TableCell className="num">
                  <Money amount={r.granted || null} />
                </TableCell>
                <TableCell>
                  {r.reports.length === 0 ? (
                    t("overview.noReports")
                  ) : (
                    <ul className="flex flex-col gap-1">
                      {r.reports.map((rep) => (
                        <li key={rep.id} className="flex flex-wrap items-center gap-2">
                          <AppLink href={`/behovsmeldinger/${rep.id}`}>{rep.leadOwner.name}</AppLink>
                          <StatusTag status={rep.status} />
                        </li>
                      ))}
                    </ul>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFoot>
            <TableRow>
              <TableHeaderCell scope="row">{t("common.total")}</TableHeaderCell>
              <TableCell className="num">
                <Money amount={o.totals.frame} />
              </TableCell>
              <TableCell className="num">
                <Money amount={o.totals.applied} />
              </TableCell>
              <TableCell className="num">{`${o.totals.applied - o.totals.frame > 0 ? "+" : ""}${formatKroner(o.totals.applied - o.totals.frame)}`}</TableCell>
              <TableCell className="num">
                <Money amount={o.totals.recommended} />
              </TableCell>
              <TableCell className="num">
                <Money amount={o.totals.granted} />
              </TableCell>
              <TableCell />
            </TableRow>
          </TableFoot>
        </DataTable>
        <PageSection title={t("overview.chartTitle")} className="flex flex-col gap-2">
          <GroupedBarChart
            title={t("overview.chartTitle")}
            description={t("overview.chartDescription")}
            series={[
              { label: t("overview.frame"), color: "#5b6b7d" },
              { label: t("overview.applied"), color: "#1a5dad", pattern: "hatch" },
              { label: t("overview.recommended"), color: "#1e7a46", pattern: "dots" },
            ]}
            rows={o.rows.map((r) => ({
              label: r.network.shortName,
              values: [r.frame, r.applied, r.recommendation?.amount ?? null],
            }))}
            format={(n) => formatKroner(n).replace(/[\u00a0\u202f]/g, " ")}
          />
        </PageSection>
      </div>
    </>
  );
}
