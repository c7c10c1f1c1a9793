import { getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getBudgetOverview } from "@/lib/budget/overview";
import { listDecisionCases } from "@/lib/forum/queries";
import { canRecordRecommendation } from "@/lib/allocations/policy";
import { caseNumber } from "@/lib/forum/labels";
import { orNotFound } from "@/lib/not-found";
import { getDates } from "@/lib/i18n/dates";
import { formatKroner } from "@/lib/money";
import { AppLink } from "@/components/ui/app-link";
import { BudgetHeader, budgetTitle } from "../budget-header";
import { RecommendationForm, RecommendationTable } from "./recommendation-form";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("budget.tabs");
  return { title: `${t("recommendation")} – ${await budgetTitle((await params).id)}` };
}

export default async function RecommendationPage({ params }: { params: Promise<{ id: string }> }) {
  const { formatDate } = await getDates();
  const tc = await getTranslations("common");
  const { id } = await params;
  const actor = await requireActor();
  const [o, t] = await Promise.all([orNotFound(getBudgetOverview(actor, id)), getTranslations("recommendation")]);
  const canRecord = canRecordRecommendation(actor, o.budget.countyId);
  const cases = canRecord ? await listDecisionCases(o.budget.countyId, o.budget.year) : [];
  const recorded = o.rows.filter((r) => r.recommendation);
  const currentCase = recorded[0]?.recommendation?.case ?? null;
  const rows = o.rows.map((r) => ({
    networkId: r.network.id,
    name: r.network.shortName,
    frame: r.frame ?? 0,
    applied: r.applied,
    version: r.recommendation?.version ?? 0,
    amount: r.recommendation?.amount ?? null,
    reason: r.recommendation?.reason ?? null,
  }));
  return (
    <>
      <BudgetHeader id={id} current="recommendation" />
      <div className="flex flex-col gap-6">
        <Paragraph>{t("intro")}</Paragraph>
        {!o.budget.decided ? (
          <Alert data-color="warning">
            <Paragraph>{t("noFrames")}</Paragraph>
          </Alert>
        ) : null}
        {recorded.length ? (
          <Alert data-color="info">
            <Paragraph>
              {t("summary", {
                count: recorded.length,
                total: formatKroner(o.totals.recommended),
                case: currentCase ? `${caseNumber(currentCase)} ${currentCase.title}` : "",
              })}
            </Paragraph>
            <Paragraph>{t("leftover", { amount: formatKroner(o.leftover.notRecommended) })}</Paragraph>
            {currentCase ? (
              <AppLink href={`/samarbeidsforum/saker/${currentCase.id}`}>
                {t("toCase", { case: caseNumber(currentCase) })}
              </AppLink>
            ) : null}
          </Alert>
        ) : null}
        {canRecord && o.budget.decided ? (
          cases.length === 0 ? (
            <Alert data-color="warning">
              <Paragraph>{t("noCases", { year: o.budget.year })}</Paragraph>
              <AppLink href="/samarbeidsforum">{t("toForum")}</AppLink>
            </Alert>
          ) : (
            <RecommendationForm
              budgetId={o.budget.id}
              caseId={currentCase?.id ?? cases.find((c) => /innstilling/i.test(c.title))?.id ?? null}
              cases={cases.map((c) => ({
                value: c.id,
                label: `${tc("caseTitle", { number: caseNumber(c), title: c.title })}${c.meeting ? ` (${formatDate(c.meeting.startsAt)})` : ""}`,
              }))}
              rows={rows}
            />
          )
        ) : recorded.length ? (
          <RecommendationTable rows={rows} editable={false} />
        ) : (
          <Paragraph>{t("none")}</Paragraph>
        )}
      </div>
    </>
  );
}
