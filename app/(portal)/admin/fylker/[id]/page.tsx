import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { AccessPanel } from "@/components/access/access-panel";
import { requireActor } from "@/lib/session";
import { orNotFound } from "@/lib/not-found";
import { getAccessList } from "@/lib/access/queries";

export async function generateMetadata() {
  const t = await getTranslations("counties");
  return { title: t("accessTitle") };
}

/** A county's access: its Statsforvalter users and forum members. The national administrator invites the first Statsforvalter user here. */
export default async function CountyAccessPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const [t, access] = await Promise.all([
    getTranslations("counties"),
    orNotFound(getAccessList(actor, { kind: "county", id })),
  ]);
  return (
    <>
      <PageHeading title={t("countyHeading", { county: access.name })} intro={t("countyIntro")}>
        {actor.statsforvalterCountyIds.includes(id) ? (
          <AppLink href={`/historikk/County/${id}`}>{t("history")}</AppLink>
        ) : null}
      </PageHeading>
      {access.bindings.every((b) => b.role !== "STATSFORVALTER") ? (
        <Paragraph className="mb-6">{t("noStatsforvalter")}</Paragraph>
      ) : null}
      <AccessPanel access={access} />
    </>
  );
}
