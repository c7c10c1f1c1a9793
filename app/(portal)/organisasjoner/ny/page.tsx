import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/session";
import { listOrganisationCounties } from "@/lib/organisations/queries";
import { AddOrganisation } from "./add-organisation";

export async function generateMetadata() {
  const t = await getTranslations("registry");
  return { title: t("addTitle") };
}

export default async function NewOrganisationPage() {
  const actor = await requireActor();
  const [t, counties] = await Promise.all([getTranslations("registry"), listOrganisationCounties(actor)]);
  if (counties.length === 0) notFound();
  return (
    <>
      <PageHeading title={t("addTitle")} intro={t("addIntro")} />
      <AddOrganisation counties={counties.map((c) => ({ value: c.id, label: c.name, code: c.code }))} />
    </>
  );
}
