import { DataTable } from "@/components/ui/data-table";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { Button, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { listBudgets } from "@/lib/budget/queries";
import { canImportKeyData } from "@/lib/budget/policy";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { AppLink } from "@/components/ui/app-link";
import { Money } from "@/components/ui/money";

export async function generateMetadata() {
  const t = await getTranslations("budget");
  return { title: t("listTitle") };
}

export default async function BudgetsPage() {
  const { formatDate } = await getDates();
  const actor = await requireActor();
  const [t, budgets] = await Promise.all([getTranslations(), listBudgets(actor)]);
  const manager = actor.statsforvalterCountyIds.length > 0;
  return (
    <>
      <PageHeading title={t("budget.listTitle")} intro={t("budget.listIntro")}>
        {manager ? (
          <div className="flex flex-wrap gap-3">
            <Button asChild>
              <NextLink href="/budsjett/ny">{t("budget.newLink")}</NextLink>
            </Button>
            {canImportKeyData(actor) ? (
              <Button asChild variant="secondary">
                <NextLink href="/budsjett/nokkeldata">{t("keyData.link")}</NextLink>
              </Button>
            ) : null}
          </div>
        ) : null}
      </PageHeading>
      {budgets.length === 0 ? (
        <Paragraph>{t("budget.empty")}</Paragraph>
      ) : (
        <DataTable caption={t("budget.listTitle")} zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("common.year")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("common.county")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("budget.scheme")}</TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("budget.allocated")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("budget.remainder")}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t("budget.frames")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {budgets.map((b) => (
              <TableRow key={b.id}>
                <TableHeaderCell scope="row">
                  <AppLink href={`/budsjett/${b.id}`}>{t("budget.yearLink", { year: b.year })}</AppLink>
                </TableHeaderCell>
                <TableCell>{b.county.name}</TableCell>
                <TableCell>{t(`schemes.${b.scheme}`)}</TableCell>
                <TableCell className="num">
                  <Money amount={b.allocated} />
                </TableCell>
                <TableCell className="num">
                  <Money amount={b.remainder} />
                </TableCell>
                <TableCell>
                  {b.decided ? (
                    <>
                      {t("budget.decidedLine", {
                        name: b.decided.name,
                        date: b.decided.decidedAt ? formatDate(b.decided.decidedAt) : "",
                      })}{" "}
                      (<Money amount={b.decided.total} />)
                    </>
                  ) : (
                    t("budget.framesNotDecided")
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </>
  );
}
