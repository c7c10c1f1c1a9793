import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/session";
import { measureFormOptions } from "@/lib/measures/queries";
import { PageHeading } from "@/components/ui/page-heading";
import { NewMeasureForm } from "../measure-forms";

export async function generateMetadata() {
  const t = await getTranslations("measureForm");
  return { title: t("newTitle") };
}

export default async function NewMeasurePage() {
  const actor = await requireActor();
  if (!actor.coordinatorNetworkIds.length && !actor.statsforvalterCountyIds.length) notFound();
  const [t, options] = await Promise.all([getTranslations("measureForm"), measureFormOptions(actor)]);
  return (
    <>
      <PageHeading title={t("newTitle")} intro={t("newIntro")} />
      <NewMeasureForm options={options} />
    </>
  );
}
