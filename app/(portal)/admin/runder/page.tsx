import { DataTable } from "@/components/ui/data-table";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/session";
import { listRounds } from "@/lib/rounds/queries";
import { getDates } from "@/lib/i18n/dates";

export async function generateMetadata() {
  const t = await getTranslations("rounds");
  return { title: t("title") };
}

const COLOR = { PLANNED: "info", OPEN: "success", CLOSED: "neutral" } as const;

export default async function RoundsPage() {
  const actor = await requireActor();
  if (actor.statsforvalterCountyIds.length === 0) notFound();
  const [t, ts, rounds, { formatDateTime }] = await Promise.all([
    getTranslations("rounds"),
    getTranslations("schemes"),
    listRounds(actor),
    getDates(),
  ]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")}>
        <div className="flex flex-wrap gap-4">
          <AppLink href="/admin/runder/ny">{t("new")}</AppLink>
          {rounds.length > 0 ? (
            <AppLink href={`/admin/runder/ny?fra=${rounds[0]!.id}`}>{t("fromLast", { year: rounds[0]!.year })}</AppLink>
          ) : null}
        </div>
      </PageHeading>
      {rounds.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <DataTable caption={t("title")} zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("year")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("county")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("status")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("deadline")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("schemes")}</TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("reports")}
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rounds.map((r) => (
              <TableRow key={r.id}>
                <TableHeaderCell scope="row">
                  <AppLink href={`/admin/runder/${r.id}`}>{t("roundTitle", { year: r.year })}</AppLink>
                </TableHeaderCell>
                <TableCell>{r.county.name}</TableCell>
                <TableCell>
                  <Tag data-color={COLOR[r.status]}>{t(`statuses.${r.status}`)}</Tag>
                </TableCell>
                <TableCell>{formatDateTime(r.deadline)}</TableCell>
                <TableCell>{r.schemes.map((s) => ts(s)).join(", ")}</TableCell>
                <TableCell className="num">{r._count.needsReports}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </>
  );
}
