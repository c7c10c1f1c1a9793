import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/session";
import { listNetworkCounties } from "@/lib/networks/queries";
import { NetworkForm } from "../network-forms";

export async function generateMetadata() {
  const t = await getTranslations("networkAdmin");
  return { title: t("newTitle") };
}

export default async function NewNetworkPage() {
  const actor = await requireActor();
  const [t, counties] = await Promise.all([getTranslations("networkAdmin"), listNetworkCounties(actor)]);
  if (counties.length === 0) notFound();
  return (
    <>
      <PageHeading title={t("newTitle")} intro={t("newIntro")} />
      <NetworkForm mode="create" counties={counties.map((c) => ({ value: c.id, label: c.name }))} />
    </>
  );
}
