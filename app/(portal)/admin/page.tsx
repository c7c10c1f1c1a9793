import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, Heading, Paragraph } from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/session";
import { canManageCounties, canUseAdministration } from "@/lib/admin/policy";
import { listAdministeredScopes } from "@/lib/admin/queries";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

function Tile({ href, title, text }: { href: string; title: string; text: string }) {
  return (
    <Card data-color="neutral" className="flex flex-col gap-2">
      <Heading level={2} data-size="xs">
        <AppLink href={href}>{title}</AppLink>
      </Heading>
      <Paragraph data-size="sm">{text}</Paragraph>
    </Card>
  );
}

/** What the actor runs: a tile per task, only those their roles allow. */
export default async function AdministrationPage() {
  const actor = await requireActor();
  if (!canUseAdministration(actor)) notFound();
  const [t, scopes] = await Promise.all([getTranslations("admin"), listAdministeredScopes(actor)]);
  const sf = actor.statsforvalterCountyIds.length > 0;
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <div className="grid gap-4 md:grid-cols-2">
        {canManageCounties(actor) ? (
          <Tile href="/admin/fylker" title={t("counties.title")} text={t("counties.tile")} />
        ) : null}
        {actor.isAdmin ? <Tile href="/admin/tilgang" title={t("national.title")} text={t("national.tile")} /> : null}
        {sf ? <Tile href="/admin/runder" title={t("rounds.title")} text={t("rounds.tile")} /> : null}
        {sf || actor.isAdmin ? (
          <Tile href="/organisasjoner" title={t("organisations.title")} text={t("organisations.tile")} />
        ) : null}
        {sf || actor.isAdmin ? <Tile href="/nettverk" title={t("networks.title")} text={t("networks.tile")} /> : null}
        {sf ? <Tile href="/samarbeidsforum/medlemmer" title={t("forum.title")} text={t("forum.tile")} /> : null}
        {scopes.counties.map((c) => (
          <Tile
            key={c.id}
            href={`/admin/fylker/${c.id}`}
            title={t("countyAccess", { county: c.name })}
            text={t("countyAccessTile")}
          />
        ))}
        {scopes.organisations.map((o) => (
          <Tile
            key={o.id}
            href={`/organisasjoner/${o.id}`}
            title={t("organisationAccess", { organisation: o.name })}
            text={t("organisationAccessTile")}
          />
        ))}
      </div>
    </>
  );
}
