import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/session";
import { listOrganisationCounties } from "@/lib/organisations/queries";
import { RegisterImport } from "./register-import";

export async function generateMetadata() {
  const t = await getTranslations("registry");
  return { title: t("importTitle") };
}

export default async function RegisterImportPage() {
  const actor = await requireActor();
  const [t, counties] = await Promise.all([getTranslations("registry"), listOrganisationCounties(actor)]);
  if (counties.length === 0) notFound();
  return (
    <>
      <PageHeading title={t("importTitle")} intro={t("importIntro")} />
      <Paragraph className="mb-6">{t("importWhere")}</Paragraph>
      <RegisterImport counties={counties.map((c) => ({ value: c.id, label: c.name }))} />
    </>
  );
}
