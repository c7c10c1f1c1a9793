import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@/components/ds";
import { getEvaluationTarget } from "@/lib/gatherings/evaluation";
import { knownEvaluator } from "@/lib/gatherings/evaluator-cookie";
import { EVALUATION_QUESTIONS } from "@/lib/gatherings/schema";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { EvaluationForm } from "../../../(portal)/samlinger/gathering-forms";

export async function generateMetadata() {
  const t = await getTranslations("evaluation");
  return { title: t("title"), robots: { index: false } };
}

/** The evaluation of a gathering, answered through its link without an account. Anonymous. */
export default async function EvaluationPage({ params }: { params: Promise<{ token: string }> }) {
  const { formatDate } = await getDates();
  const { token } = await params;
  const g = await getEvaluationTarget(token, await knownEvaluator());
  if (!g) notFound();
  const [t, tc] = await Promise.all([getTranslations("evaluation"), getTranslations("common")]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageHeading
        title={t("title")}
        intro={`${g.number ? `${tc("gatheringNumber", { n: g.number })}: ` : ""}${g.title} – ${g.measure.name}, ${formatDate(g.startsAt)}`}
      />
      <Paragraph>{t("intro")}</Paragraph>
      {g.answered ? (
        <Alert data-color="success">
          <Paragraph>{t("answered")}</Paragraph>
        </Alert>
      ) : g.open ? (
        <EvaluationForm
          token={token}
          tracks={g.tracks.map((tr) => ({ value: tr.id, label: tr.name }))}
          questions={EVALUATION_QUESTIONS.map((q) => ({ key: q, label: t(`questions.${q}`) }))}
        />
      ) : (
        <Alert data-color="info">
          <Paragraph>{g.cancelled ? t("cancelled") : t("notYet", { date: formatDate(g.startsAt) })}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
