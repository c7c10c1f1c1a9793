import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { listNetworks } from "@/lib/networks/queries";
import { PageHeading } from "@/components/ui/page-heading";
import { AppLink } from "@/components/ui/app-link";

export async function generateMetadata() {
  const t = await getTranslations("networks");
  return { title: t("title") };
}

export default async function NetworksPage() {
  const actor = await requireActor();
  const [t, networks] = await Promise.all([getTranslations(), listNetworks(actor)]);
  const byCounty = new Map<string, typeof networks>();
  for (const n of networks) byCounty.set(n.county, [...(byCounty.get(n.county) ?? []), n]);
  return (
    <>
      <PageHeading title={t("networks.title")} intro={t("networks.intro")}>
        {actor.isAdmin || actor.statsforvalterCountyIds.length > 0 ? (
          <AppLink href="/nettverk/ny">{t("networkAdmin.newTitle")}</AppLink>
        ) : null}
      </PageHeading>
      {networks.length === 0 ? <Paragraph>{t("networks.empty")}</Paragraph> : null}
      {[...byCounty.entries()].map(([county, list]) => (
        <DataTable
          caption={county}
          captionClassName="text-left text-lg font-semibold"
          key={county}
          zebra
          className="mb-8"
        >
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("common.name")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("networks.members")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("networks.uhPartners")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("networks.coordinators")}</TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("networks.teacherFte", { year: list.find((n) => n.teacherFte)?.teacherFte?.year ?? "" })}
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.map((n) => (
              <TableRow key={n.id}>
                <TableHeaderCell scope="row">
                  <AppLink href={`/nettverk/${n.id}`}>{n.name}</AppLink>
                  <span className="block text-sm font-normal text-neutral-text-subtle">{t(`sector.${n.sector}`)}</span>
                  {n.ended && n.endedYear ? (
                    <span className="block text-sm font-normal">
                      {t("networkAdmin.endedIn", { year: n.endedYear })}
                    </span>
                  ) : null}
                </TableHeaderCell>
                <TableCell>{n.members.join(", ") || "–"}</TableCell>
                <TableCell>{n.uhPartners.join(", ") || "–"}</TableCell>
                <TableCell>{n.coordinators.join(", ") || "–"}</TableCell>
                <TableCell className="num">{n.teacherFte ? n.teacherFte.value.toLocaleString("nb-NO") : "–"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      ))}
    </>
  );
}
