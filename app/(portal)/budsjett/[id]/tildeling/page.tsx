import { getTranslations } from "next-intl/server";
import { Alert, Card, CardBlock, Heading, Paragraph } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getBudgetOverview } from "@/lib/budget/overview";
import { listOpenCases } from "@/lib/forum/queries";
import { canAllocate } from "@/lib/allocations/policy";
import { caseNumber } from "@/lib/forum/labels";
import { orNotFound } from "@/lib/not-found";
import { getDates } from "@/lib/i18n/dates";
import { formatKroner, splitByWeights } from "@/lib/money";
import { Money } from "@/components/ui/money";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { StatusTag } from "@/components/ui/status-tag";
import { BudgetHeader, budgetTitle } from "../budget-header";
import { AllocationForm, CarryForm } from "./allocation-forms";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("budget.tabs");
  return { title: `${t("allocation")} – ${await budgetTitle((await params).id)}` };
}

type ReportRow = {
  id: string;
  applied: number;
  appliedOwner: number;
  appliedUh: number;
  uhName: string | null;
  decision: unknown;
};

/**
 * Proposals for the undecided reports of a network that together keep within
 * what is left of its recommendation: that amount (at most what they applied
 * for) split between them by what they applied for, and each part split like
 * the application (owner/UH). Every split adds up exactly.
 */
function proposals(left: number, reports: ReportRow[]) {
  const open = reports.filter((r) => !r.decision);
  const applied = open.map((r) => r.applied);
  const total = Math.max(
    0,
    Math.min(
      left,
      applied.reduce((a, b) => a + b, 0),
    ),
  );
  const parts = applied.some((a) => a > 0) ? splitByWeights(total, applied) : applied.map(() => 0);
  return new Map(
    open.map((r, i) => {
      const amount = parts[i]!;
      if (!r.uhName || r.appliedUh === 0 || amount === 0) return [r.id, { owner: amount, uh: 0 }];
      const [owner, uh] = r.appliedOwner === 0 ? [0, amount] : splitByWeights(amount, [r.appliedOwner, r.appliedUh]);
      return [r.id, { owner: owner!, uh: uh! }];
    }),
  );
}

export default async function AllocationPage({ params }: { params: Promise<{ id: string }> }) {
  const { formatDateTime } = await getDates();
  const tc = await getTranslations("common");
  const { id } = await params;
  const actor = await requireActor();
  const [o, t] = await Promise.all([orNotFound(getBudgetOverview(actor, id)), getTranslations("allocation")]);
  const can = canAllocate(actor, o.budget.countyId);
  const openCases = can ? await listOpenCases(o.budget.countyId, o.budget.year) : [];
  const rows = o.rows.filter((r) => r.recommendation);
  return (
    <>
      <BudgetHeader id={id} current="allocation" />
      <div className="flex flex-col gap-8">
        <Paragraph>{t("intro")}</Paragraph>
        {rows.length === 0 ? (
          <Alert data-color="info">
            <Paragraph>{t("noRecommendations")}</Paragraph>
            <AppLink href={`/budsjett/${id}/innstilling`}>{t("toRecommendation")}</AppLink>
          </Alert>
        ) : null}
        {rows.map((r) => {
          const left = r.recommendation!.amount - r.granted;
          const proposed = proposals(left, r.reports);
          return (
            <Card key={r.network.id} data-color="neutral">
              <CardBlock className="flex flex-col gap-4">
                <Heading level={2} data-size="sm">
                  {r.network.name}
                </Heading>
                <dl className="grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1">
                  <dt>{t("frame")}</dt>
                  <dd className="num">
                    <Money amount={r.frame} />
                  </dd>
                  <dt>{t("applied")}</dt>
                  <dd className="num">
                    <Money amount={r.applied} />
                  </dd>
                  <dt>{t("recommended", { case: caseNumber(r.recommendation!.case) })}</dt>
                  <dd className="num">
                    <Money amount={r.recommendation!.amount} />
                  </dd>
                  <dt>{t("grantedSoFar")}</dt>
                  <dd className="num">
                    <Money amount={r.granted} />
                  </dd>
                  <dt className="font-semibold">{t("left")}</dt>
                  <dd className="num font-semibold">
                    <Money amount={left} />
                  </dd>
                </dl>
                {r.reports.length === 0 ? <Paragraph>{t("noReports")}</Paragraph> : null}
                {r.reports.map((rep) => (
                  <section
                    key={rep.id}
                    aria-label={rep.leadOwner.name}
                    className="flex flex-col gap-3 border-t border-neutral-border-subtle pt-3"
                  >
                    <div className="flex flex-wrap items-center gap-3">
                      <AppLink href={`/behovsmeldinger/${rep.id}`}>
                        {t("report", { owner: rep.leadOwner.name })}
                      </AppLink>
                      <StatusTag status={rep.status} />
                      <span>
                        {t("appliedSplit", {
                          total: formatKroner(rep.applied),
                          owner: formatKroner(rep.appliedOwner),
                          uh: formatKroner(rep.appliedUh),
                        })}
                      </span>
                    </div>
                    {rep.decision ? (
                      <Paragraph>
                        {rep.decision.outcome === "GRANTED"
                          ? t("grantedLine", {
                              amount: formatKroner(rep.decision.amount),
                              date: formatDateTime(rep.decision.decidedAt),
                            })
                          : t("rejectedLine", {
                              date: formatDateTime(rep.decision.decidedAt),
                              reason: rep.decision.reason ?? "",
                            })}{" "}
                        <AppLink
                          href={`/behovsmeldinger/${rep.id}/vedtak`}
                          label={t("letterLinkFor", { owner: rep.leadOwner.name })}
                        >
                          {t("letterLink")}
                        </AppLink>
                      </Paragraph>
                    ) : can && rep.status === "RECOMMENDED" ? (
                      <AllocationForm
                        budgetId={o.budget.id}
                        reportId={rep.id}
                        version={rep.version}
                        owner={rep.leadOwner.name}
                        uh={rep.uhName}
                        proposal={proposed.get(rep.id) ?? { owner: 0, uh: 0 }}
                      />
                    ) : null}
                  </section>
                ))}
              </CardBlock>
            </Card>
          );
        })}
        <PageSection title={t("leftoverTitle")} className="flex flex-col gap-3">
          <dl className="grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1">
            <dt>{t("notRecommended")}</dt>
            <dd className="num">
              <Money amount={o.leftover.notRecommended} />
            </dd>
            <dt>{t("notGranted")}</dt>
            <dd className="num">
              <Money amount={o.leftover.notGranted} />
            </dd>
            <dt className="font-semibold">{t("available")}</dt>
            <dd className="num font-semibold">
              <Money amount={o.leftover.available} />
            </dd>
          </dl>
          {o.leftover.openNetworks > 0 ? (
            <Paragraph data-size="sm">{t("openNetworks", { count: o.leftover.openNetworks })}</Paragraph>
          ) : null}
          {o.budget.carryCase ? (
            <Paragraph>
              {t("carriedTo", { amount: formatKroner(o.budget.carryAmount ?? 0) })}{" "}
              <AppLink href={`/samarbeidsforum/saker/${o.budget.carryCase.id}`}>
                {tc("caseTitle", { number: caseNumber(o.budget.carryCase), title: o.budget.carryCase.title })}
              </AppLink>
            </Paragraph>
          ) : null}
          {can && o.leftover.available > 0 ? (
            openCases.length ? (
              <CarryForm
                budgetId={o.budget.id}
                version={o.budget.version}
                current={o.budget.carryCaseId}
                cases={openCases.map((c) => ({
                  value: c.id,
                  label: tc("caseTitle", { number: caseNumber(c), title: c.title }),
                }))}
              />
            ) : (
              <Paragraph>{t("noOpenCases")}</Paragraph>
            )
          ) : null}
        </PageSection>
      </div>
    </>
  );
}
