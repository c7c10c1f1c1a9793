import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { AccessPanel } from "@/components/access/access-panel";
import { requireActor } from "@/lib/session";
import { getAccessList } from "@/lib/access/queries";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("national.title") };
}

/** National roles: administrators and Utdanningsdirektoratet. */
export default async function NationalAccessPage() {
  const actor = await requireActor();
  if (!actor.isAdmin && !actor.isDirectorate) notFound();
  const [t, access] = await Promise.all([getTranslations("admin"), getAccessList(actor, { kind: "national" })]);
  return (
    <>
      <PageHeading title={t("national.title")} intro={t("national.intro")} />
      <AccessPanel access={access} />
    </>
  );
}
