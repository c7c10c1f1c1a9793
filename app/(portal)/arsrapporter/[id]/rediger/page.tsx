import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Paragraph } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { orNotFound } from "@/lib/not-found";
import { getAnnualReportOnce } from "@/lib/annual-reports/queries";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { ParticipationTables } from "../report-parts";
import { FocusFromHash } from "@/components/form/focus-from-hash";
import { AnnualReportForm } from "./annual-report-form";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations("annualReports");
  const r = await getAnnualReportOnce(actor, (await params).id).catch(() => null);
  return { title: r ? t("editTitle", { year: r.year, measure: r.measureName }) : t("title") };
}

export default async function EditAnnualReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [r, t] = await Promise.all([orNotFound(getAnnualReportOnce(actor, id)), getTranslations("annualReports")]);
  if (!r.can.write) notFound();
  return (
    <>
      <PageHeading title={t("editTitle", { year: r.year, measure: r.measureName })}>
        <AppLink href={`/arsrapporter/${r.id}`}>{t("toReport")}</AppLink>
      </PageHeading>
      <div className="flex flex-col gap-10">
        <AnnualReportForm
          values={{
            id: r.id,
            version: r.version,
            usedOwner: r.usedOwner,
            usedUh: r.usedUh,
            unspentPlan: r.unspentPlan,
            overspendReason: r.overspendReason,
            activities: r.activities,
            uhContribution: r.uhContribution,
            evaluation: r.evaluation,
            criterionLocalNeeds: r.criterionLocalNeeds,
            criterionCollective: r.criterionCollective,
            criterionPartnership: r.criterionPartnership,
            planOnward: r.planOnward,
            coFinancing: r.coFinancing.map((c) => ({
              kind: c.kind,
              description: c.description,
              promised: c.promised,
              delivered: c.delivered,
            })),
          }}
          granted={r.granted}
          required={r.coFinancingRequired}
          hasUh={r.uhName !== null}
        />
        <FocusFromHash />
        <PageSection title={t("participation")}>
          <Paragraph>{t("participationIntro", { year: r.year })}</Paragraph>
          <ParticipationTables p={r.participation} year={r.year} />
        </PageSection>
        <AppLink href={`/arsrapporter/${r.id}`}>{t("toReport")}</AppLink>
      </div>
    </>
  );
}
