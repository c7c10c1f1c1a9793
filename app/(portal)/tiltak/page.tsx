import { DataTable } from "@/components/ui/data-table";
import { AppLink } from "@/components/ui/app-link";
import { getDates } from "@/lib/i18n/dates";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Button, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { listMeasures } from "@/lib/measures/queries";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata() {
  const t = await getTranslations("measures");
  return { title: t("title") };
}

export default async function MeasuresPage() {
  const { formatSemester } = await getDates();
  const actor = await requireActor();
  const [t, measures] = await Promise.all([getTranslations(), listMeasures(actor)]);
  return (
    <>
      <PageHeading title={t("measures.title")} intro={t("measures.intro")}>
        <div className="flex flex-wrap gap-3">
          {actor.coordinatorNetworkIds.length || actor.statsforvalterCountyIds.length ? (
            <Button asChild>
              <NextLink href="/tiltak/ny">{t("measures.newLink")}</NextLink>
            </Button>
          ) : null}
          <Button asChild variant="secondary">
            <NextLink href="/kalender">{t("measures.calendarLink")}</NextLink>
          </Button>
        </div>
      </PageHeading>
      {measures.length === 0 ? (
        <Paragraph>{t("measures.empty")}</Paragraph>
      ) : (
        <DataTable caption={t("measures.title")} zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("common.name")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("measures.scheme")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("measures.networks")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("measures.semesters")}</TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("measures.gatherings")}
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {measures.map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row">
                  <AppLink href={`/tiltak/${m.id}`}>{m.name}</AppLink>
                  <span className="mt-1 block">
                    <Tag data-color={m.isJoint ? "accent" : "neutral"}>
                      {m.isJoint ? t("measures.joint") : t("measures.own")}
                    </Tag>
                  </span>
                </TableHeaderCell>
                <TableCell>{t(`schemes.${m.scheme}`)}</TableCell>
                <TableCell>{m.networks.join(", ") || "–"}</TableCell>
                <TableCell>
                  {m.firstSemester && m.lastSemester
                    ? `${formatSemester(m.firstSemester)} – ${formatSemester(m.lastSemester)} (${m.semesterCount})`
                    : "–"}
                </TableCell>
                <TableCell className="num">{m.gatheringCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </>
  );
}
