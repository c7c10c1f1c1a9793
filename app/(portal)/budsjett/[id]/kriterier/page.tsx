import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import {
  Card,
  CardBlock,
  Details,
  DetailsContent,
  DetailsSummary,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getCriteriaSheet } from "@/lib/criteria/queries";
import { orNotFound } from "@/lib/not-found";
import { BudgetHeader, budgetTitle } from "../budget-header";
import { AssessmentForm } from "./assessment-form";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("budget.tabs");
  return { title: `${t("criteria")} – ${await budgetTitle((await params).id)}` };
}

export default async function CriteriaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [sheet, t] = await Promise.all([orNotFound(getCriteriaSheet(actor, id)), getTranslations("criteria")]);
  const member = actor.forumCountyIds.length > 0;
  return (
    <>
      <BudgetHeader id={id} current="criteria" />
      <div className="flex flex-col gap-6">
        <Paragraph>{t("intro")}</Paragraph>
        <ol className="list-decimal pl-6">
          {(["LOCAL_NEEDS", "COLLECTIVE_PROCESSES", "PARTNERSHIP"] as const).map((c) => (
            <li key={c}>{t(`criteria.${c}`)}</li>
          ))}
        </ol>
        <Paragraph data-size="sm">{t("scaleText")}</Paragraph>
        {sheet.map((n) => (
          <Card key={n.id} data-color="neutral">
            <CardBlock className="flex flex-col gap-4">
              <Heading level={2} data-size="sm">
                {n.name}
              </Heading>
              <DataTable caption={t("summaryFor", { name: n.name })}>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("criterion")}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="num">
                      {t("average")}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col" className="num">
                      {t("count")}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">{t("comments")}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {n.summary.map((s) => (
                    <TableRow key={s.criterion}>
                      <TableHeaderCell scope="row">{t(`short.${s.criterion}`)}</TableHeaderCell>
                      <TableCell className="num">
                        {s.average === null ? "–" : s.average.toLocaleString("nb-NO", { minimumFractionDigits: 1 })}
                      </TableCell>
                      <TableCell className="num">{s.count}</TableCell>
                      <TableCell>
                        {s.comments.length ? (
                          <ul className="flex flex-col gap-1">
                            {s.comments.map((c, i) => (
                              <li key={i}>
                                <span className="font-semibold">
                                  {c.name} ({c.score}):
                                </span>{" "}
                                {c.comment}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          "–"
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </DataTable>
              {n.canAssess ? (
                <Details defaultOpen={Object.keys(n.mine).length === 0}>
                  <DetailsSummary>
                    {Object.keys(n.mine).length ? t("yourAssessmentDone") : t("yourAssessment")}
                  </DetailsSummary>
                  <DetailsContent>
                    <AssessmentForm budgetId={id} network={{ id: n.id, name: n.shortName }} mine={n.mine} />
                  </DetailsContent>
                </Details>
              ) : member ? (
                <Paragraph data-size="sm">{t("notYours")}</Paragraph>
              ) : null}
            </CardBlock>
          </Card>
        ))}
      </div>
    </>
  );
}
