import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { orNotFound } from "@/lib/not-found";
import { getAnnualReportOnce, getAnnualReportVersion } from "@/lib/annual-reports/queries";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { CoFinancingLedger, EconomyTable, ParticipationTables } from "../../report-parts";

export async function generateMetadata({ params }: { params: Promise<{ id: string; n: string }> }) {
  const t = await getTranslations("annualReports");
  return { title: t("versionTitle", { n: (await params).n }) };
}

/** A submitted version as it was locked: the owner's answers and the figures of that day. */
export default async function AnnualReportVersionPage({ params }: { params: Promise<{ id: string; n: string }> }) {
  const { formatDateTime } = await getDates();
  const { id, n } = await params;
  const number = Number(n);
  if (!Number.isSafeInteger(number) || number < 1) notFound();
  const actor = await requireActor();
  const [current, t] = await Promise.all([
    orNotFound(getAnnualReportOnce(actor, id)),
    getTranslations("annualReports"),
  ]);
  const v = await orNotFound(getAnnualReportVersion(current.id, number));
  const s = v.snapshot;
  const text = (x: string | null) =>
    x ? (
      <Paragraph className="whitespace-pre-line">{x}</Paragraph>
    ) : (
      <Paragraph className="italic">{t("notAnswered")}</Paragraph>
    );
  return (
    <>
      <PageHeading
        title={`${t("reportTitle", { year: current.year, measure: current.measureName })} – ${t("versionTitle", { n: number })}`}
      >
        <AppLink href={`/arsrapporter/${current.id}`}>{t("toReport")}</AppLink>
      </PageHeading>
      <div className="flex flex-col gap-10">
        <Alert data-color="info">
          <Paragraph>{t("versionLocked", { n: number, date: formatDateTime(v.submittedAt) })}</Paragraph>
        </Alert>
        <PageSection title={t("economy")}>
          <EconomyTable r={s} />
          <Heading level={3} data-size="xs">
            {t("unspentPlan")}
          </Heading>
          {text(s.unspentPlan)}
        </PageSection>
        <PageSection title={t("coFinancing")}>
          <CoFinancingLedger r={s} />
        </PageSection>
        <PageSection title={t("activities")}>{text(s.activities)}</PageSection>
        <PageSection title={t("participation")}>
          <ParticipationTables p={s.participation} year={current.year} />
        </PageSection>
        <PageSection title={t("uhContribution")}>{text(s.uhContribution)}</PageSection>
        <PageSection title={t("evaluationTitle")}>
          <Heading level={3} data-size="xs">
            {t("evaluation")}
          </Heading>
          {text(s.evaluation)}
          <Heading level={3} data-size="xs">
            {t("criterionLocalNeeds")}
          </Heading>
          {text(s.criterionLocalNeeds)}
          <Heading level={3} data-size="xs">
            {t("criterionCollective")}
          </Heading>
          {text(s.criterionCollective)}
          <Heading level={3} data-size="xs">
            {t("criterionPartnership")}
          </Heading>
          {text(s.criterionPartnership)}
        </PageSection>
        <PageSection title={t("planOnward")}>{text(s.planOnward)}</PageSection>
      </div>
    </>
  );
}
