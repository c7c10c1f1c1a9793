import { overspend } from "@/lib/annual-reports/schema";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Alert, Button, Heading, Paragraph } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { orNotFound } from "@/lib/not-found";
import { getAnnualReportOnce } from "@/lib/annual-reports/queries";
import { getDates } from "@/lib/i18n/dates";
import { formatKroner } from "@/lib/money";
import { fieldId } from "@/components/form/field-id";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { AnnualStatusTag } from "@/components/ui/annual-status-tag";
import { CoFinancingLedger, EconomyTable, ParticipationTables } from "./report-parts";
import { ReviewAnnualReportForms, SubmitAnnualReportForm } from "./report-forms";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations("annualReports");
  const r = await getAnnualReportOnce(actor, (await params).id).catch(() => null);
  return { title: r ? t("reportTitle", { year: r.year, measure: r.measureName }) : t("title") };
}

async function Text({ value }: { value: string | null }) {
  const t = await getTranslations("annualReports");
  return value ? (
    <Paragraph className="whitespace-pre-line">{value}</Paragraph>
  ) : (
    <Paragraph className="italic">{t("notAnswered")}</Paragraph>
  );
}

export default async function AnnualReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ sendt?: string }>;
}) {
  const { formatDate, formatDateTime } = await getDates();
  const { id } = await params;
  const { sendt } = await searchParams;
  const actor = await requireActor();
  const [r, t, tAll] = await Promise.all([
    orNotFound(getAnnualReportOnce(actor, id)),
    getTranslations("annualReports"),
    getTranslations(),
  ]);
  const shortBy = r.coFinancingRequired - r.ledger.delivered;
  return (
    <>
      <PageHeading title={t("reportTitle", { year: r.year, measure: r.measureName })}>
        <div className="flex flex-wrap items-center gap-3">
          <AnnualStatusTag status={r.status} missing={r.state.missing} />
          <span>
            {r.state.missing || r.state.lateDelivery
              ? t("lateDeadline", { date: formatDateTime(r.deadline) })
              : t("deadlineIs", { date: formatDateTime(r.deadline) })}
          </span>
        </div>
        {r.can.write ? (
          <div>
            <Button asChild>
              <NextLink href={`/arsrapporter/${r.id}/rediger`}>{t("edit")}</NextLink>
            </Button>
          </div>
        ) : null}
      </PageHeading>
      <div className="flex flex-col gap-10">
        {sendt ? (
          <Alert data-color="success">
            <Paragraph>{t("submittedNotice", { n: sendt })}</Paragraph>
          </Alert>
        ) : null}
        {r.status === "APPROVED" && r.approvedAt ? (
          <Alert data-color="success">
            <Paragraph>{t("approvedNotice", { date: formatDateTime(r.approvedAt) })}</Paragraph>
          </Alert>
        ) : null}
        {r.status === "RETURNED" && r.returnReason ? (
          <Alert data-color="warning">
            <Paragraph>{t("returnedNotice", { reason: r.returnReason })}</Paragraph>
          </Alert>
        ) : null}

        <PageSection title={t("facts")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
            <dt>{t("measure")}</dt>
            <dd>
              <AppLink href={`/behovsmeldinger/${r.needsReportId}`}>{r.measureName}</AppLink>
            </dd>
            <dt>{t("network")}</dt>
            <dd>{r.network.name}</dd>
            <dt>{t("owner")}</dt>
            <dd>{r.organisation.name}</dd>
            <dt>{t("scheme")}</dt>
            <dd>{tAll(`schemes.${r.scheme}`)}</dd>
            <dt>{t("decidedAt")}</dt>
            <dd>{r.decidedAt ? `${formatKroner(r.granted.total)}, ${formatDate(r.decidedAt)}` : "–"}</dd>
          </dl>
        </PageSection>

        <PageSection title={t("economy")}>
          <Paragraph>{t("economyIntro")}</Paragraph>
          <EconomyTable r={r} />
          <Heading level={3} data-size="xs">
            {t("unspentPlan")}
          </Heading>
          <Text value={r.unspentPlan} />
          {r.overspendReason || Object.values(overspend(r, r.granted)).some((n) => n > 0) ? (
            <>
              <Heading level={3} data-size="xs">
                {t("overspendReason")}
              </Heading>
              <Text value={r.overspendReason} />
            </>
          ) : null}
        </PageSection>

        <PageSection title={t("coFinancing")}>
          <Paragraph>{t("coFinancingIntro")}</Paragraph>
          <CoFinancingLedger r={r} />
          {r.coFinancingRequired > 0 ? (
            <Paragraph>
              {`${t("coFinancingRequired", { granted: formatKroner(r.granted.total) })}: ${formatKroner(r.coFinancingRequired)}. `}
              {shortBy > 0 ? t("ledgerShort", { amount: formatKroner(shortBy) }) : t("ledgerOk")}
            </Paragraph>
          ) : null}
        </PageSection>

        <PageSection title={t("activities")}>
          <Text value={r.activities} />
        </PageSection>

        <PageSection title={t("participation")}>
          <Paragraph>{t("participationIntro", { year: r.year })}</Paragraph>
          <ParticipationTables p={r.participation} year={r.year} />
        </PageSection>

        <PageSection title={t("uhContribution")}>
          <Text value={r.uhContribution} />
        </PageSection>

        <PageSection title={t("evaluationTitle")}>
          {r.goals
            .filter((g) => g.goal)
            .map((g) => (
              <div key={g.id}>
                <Heading level={3} data-size="xs">{`${t("goal")}: ${g.name}`}</Heading>
                <Paragraph className="whitespace-pre-line">{g.goal}</Paragraph>
              </div>
            ))}
          <Heading level={3} data-size="xs">
            {t("evaluation")}
          </Heading>
          <Text value={r.evaluation} />
          <Heading level={3} data-size="xs">
            {t("criterionLocalNeeds")}
          </Heading>
          <Text value={r.criterionLocalNeeds} />
          <Heading level={3} data-size="xs">
            {t("criterionCollective")}
          </Heading>
          <Text value={r.criterionCollective} />
          <Heading level={3} data-size="xs">
            {t("criterionPartnership")}
          </Heading>
          <Text value={r.criterionPartnership} />
        </PageSection>

        <PageSection title={t("planOnward")}>
          <Text value={r.planOnward} />
        </PageSection>

        {r.can.write ? (
          <PageSection title={t("submitTitle")}>
            {r.issues.length ? (
              <Alert data-color="warning">
                <Heading level={3} data-size="xs">
                  {t("issuesTitle")}
                </Heading>
                <ul className="list-disc pl-6">
                  {r.issues.map((i) => (
                    <li key={i.field}>
                      <AppLink
                        href={`/arsrapporter/${r.id}/rediger#${fieldId(`arsrapport.${i.field}`)}`}
                      >{`${issueLabel(t, i.field)}: ${tAll(i.message as "validation.required")}`}</AppLink>
                    </li>
                  ))}
                </ul>
              </Alert>
            ) : (
              <>
                <Paragraph>{t("ready")}</Paragraph>
                <SubmitAnnualReportForm id={r.id} version={r.version} />
              </>
            )}
          </PageSection>
        ) : null}

        {r.can.review ? (
          <PageSection title={t("reviewTitle")}>
            <ReviewAnnualReportForms id={r.id} version={r.version} />
          </PageSection>
        ) : null}

        {actor.statsforvalterCountyIds.includes(r.countyId) ? (
          <div>
            <AppLink href={`/historikk/AnnualReport/${r.id}`}>{tAll("history.link")}</AppLink>
          </div>
        ) : null}
        <PageSection title={t("versions")}>
          {r.versions.length === 0 ? (
            <Paragraph>{t("noVersions")}</Paragraph>
          ) : (
            <ul className="list-disc pl-6">
              {r.versions.map((v) => (
                <li key={v.number}>
                  <AppLink href={`/arsrapporter/${r.id}/versjon/${v.number}`}>
                    {t("version", { n: v.number, date: formatDateTime(v.submittedAt) })}
                  </AppLink>
                  {v.submittedBy ? ` ${t("by", { name: v.submittedBy })}` : ""}
                </li>
              ))}
            </ul>
          )}
        </PageSection>
      </div>
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"annualReports">>>;
const ISSUE_LABEL: Record<string, Parameters<T>[0]> = {
  usedOwner: "usedOwner",
  usedUh: "usedUh",
  unspentPlan: "unspentPlan",
  overspendReason: "overspendReason",
  activities: "activities",
  evaluation: "evaluation",
  criterionLocalNeeds: "criterionLocalNeeds",
  criterionCollective: "criterionCollective",
  criterionPartnership: "criterionPartnership",
  planOnward: "planOnward",
  coFinancing: "coFinancing",
};
function issueLabel(t: T, field: string) {
  const key = ISSUE_LABEL[field];
  return key ? t(key) : field;
}
