import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/session";
import { listRoundCounties, prefillFromRound } from "@/lib/rounds/queries";
import { RoundForm } from "../round-form";

export async function generateMetadata() {
  const t = await getTranslations("rounds");
  return { title: t("newTitle") };
}

const params = z.object({ fra: z.string().max(64).optional().catch(undefined) });

export default async function NewRoundPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (actor.statsforvalterCountyIds.length === 0) notFound();
  const { fra } = params.parse(await searchParams);
  const [t, counties, values] = await Promise.all([
    getTranslations("rounds"),
    listRoundCounties(actor),
    fra ? prefillFromRound(actor, fra) : null,
  ]);
  return (
    <>
      <PageHeading
        title={t("newTitle")}
        intro={values ? t("newFromIntro", { year: values.year - 1 }) : t("newIntro")}
      />
      <RoundForm mode="create" counties={counties.map((c) => ({ value: c.id, label: c.name }))} values={values} />
    </>
  );
}
