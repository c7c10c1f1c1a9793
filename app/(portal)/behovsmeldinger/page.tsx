import { AppLink } from "@/components/ui/app-link";
import { getTranslations } from "next-intl/server";
import { Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { requireActor } from "@/lib/session";
import { canCreateNeedsReport } from "@/lib/needs-reports/policy";
import { listNeedsReports } from "@/lib/needs-reports/queries";
import { Money } from "@/components/ui/money";
import { StatusTag } from "@/components/ui/status-tag";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata() {
  const t = await getTranslations("needsReports");
  return { title: t("title") };
}

export default async function NeedsReportsPage() {
  const actor = await requireActor();
  const [t, reports] = await Promise.all([getTranslations(), listNeedsReports(actor)]);
  return (
    <>
      <PageHeading title={t("needsReports.title")} intro={t("needsReports.intro")}>
        {canCreateNeedsReport(actor) ? (
          <div>
            <Button asChild>
              <NextLink href="/behovsmeldinger/ny">{t("form.newLink")}</NextLink>
            </Button>
          </div>
        ) : null}
      </PageHeading>
      {reports.length === 0 ? (
        <Paragraph>{t("needsReports.empty")}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="sr-only">{t("needsReports.title")}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("needsReports.round")}</TableHeaderCell>
              <TableHeaderCell>{t("needsReports.network")}</TableHeaderCell>
              <TableHeaderCell>{t("needsReports.leadOwner")}</TableHeaderCell>
              <TableHeaderCell>{t("needsReports.schemes")}</TableHeaderCell>
              <TableHeaderCell>{t("common.status")}</TableHeaderCell>
              <TableHeaderCell className="num">{t("needsReports.total")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {reports.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.round.year}</TableCell>
                <TableCell>
                  <AppLink href={`/behovsmeldinger/${r.id}`}>{r.network.name}</AppLink>
                </TableCell>
                <TableCell>{r.leadOwner.name}</TableCell>
                <TableCell>{r.schemes.map((s) => t(`schemes.${s}`)).join(", ")}</TableCell>
                <TableCell>
                  <StatusTag status={r.status} />
                </TableCell>
                <TableCell className="num">
                  <Money amount={r.total} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
