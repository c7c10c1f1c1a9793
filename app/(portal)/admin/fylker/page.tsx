import { DataTable } from "@/components/ui/data-table";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { requireActor } from "@/lib/session";
import { canManageCounties } from "@/lib/admin/policy";
import { listCounties } from "@/lib/counties/queries";
import { listAppealBodies } from "@/lib/decision-letters/queries";
import { CountyForm } from "./county-form";
import { AppealBodyForm } from "./appeal-body-form";

export async function generateMetadata() {
  const t = await getTranslations("counties");
  return { title: t("title") };
}

export default async function CountiesPage() {
  const actor = await requireActor();
  if (!canManageCounties(actor)) notFound();
  const [t, ts, counties, appealBodies] = await Promise.all([
    getTranslations("counties"),
    getTranslations("schemes"),
    listCounties(actor),
    listAppealBodies(actor),
  ]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <div className="flex flex-col gap-10">
        {counties.length === 0 ? (
          <Paragraph>{t("none")}</Paragraph>
        ) : (
          <DataTable caption={t("title")} zebra>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{t("name")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="num">
                  {t("code")}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="num">
                  {t("statsforvalterUsers")}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="num">
                  {t("organisations")}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="num">
                  {t("networks")}
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {counties.map((c) => (
                <TableRow key={c.id}>
                  <TableHeaderCell scope="row">
                    <AppLink href={`/admin/fylker/${c.id}`}>{c.name}</AppLink>
                  </TableHeaderCell>
                  <TableCell className="num">{c.code}</TableCell>
                  <TableCell className="num">{c.statsforvalterUsers}</TableCell>
                  <TableCell className="num">{c._count.organisations}</TableCell>
                  <TableCell className="num">{c._count.networks}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        )}
        <PageSection title={t("newTitle")}>
          <CountyForm />
        </PageSection>
        <PageSection title={t("appealBodiesTitle")}>
          <Paragraph>{t("appealBodiesIntro")}</Paragraph>
          {appealBodies.map((b) => (
            <AppealBodyForm key={b.scheme} scheme={b.scheme} schemeName={ts(b.scheme)} name={b.name} />
          ))}
        </PageSection>
      </div>
    </>
  );
}
