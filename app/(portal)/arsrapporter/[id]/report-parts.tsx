import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import type { AnnualReportView } from "@/lib/annual-reports/queries";
import { getDates } from "@/lib/i18n/dates";
import { AppLink } from "@/components/ui/app-link";
import { Money } from "@/components/ui/money";

import { formatPercent as percent } from "@/lib/percent";

export async function EconomyTable({
  r,
}: {
  r: Pick<AnnualReportView, "granted" | "usedOwner" | "usedUh" | "unspent" | "uhName" | "organisation">;
}) {
  const t = await getTranslations("annualReports");
  const rows = [
    {
      label: `${t("ownerSide")} (${r.organisation.name})`,
      granted: r.granted.owner,
      used: r.usedOwner,
      unspent: r.unspent.owner,
    },
    {
      label: `${t("uhSide")}${r.uhName ? ` (${r.uhName})` : ""}`,
      granted: r.granted.uh,
      used: r.usedUh,
      unspent: r.unspent.uh,
    },
  ];
  return (
    <DataTable caption={t("economy")}>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">{t("side")}</TableHeaderCell>
          <TableHeaderCell scope="col" className="num">
            {t("granted")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="num">
            {t("used")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="num">
            {t("unspent")}
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((x) => (
          <TableRow key={x.label}>
            <TableHeaderCell scope="row">{x.label}</TableHeaderCell>
            <TableCell className="num">
              <Money amount={x.granted} />
            </TableCell>
            <TableCell className="num">
              <Money amount={x.used} />
            </TableCell>
            <TableCell className="num">
              <Money amount={x.unspent} />
            </TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableHeaderCell scope="row">{t("total")}</TableHeaderCell>
          <TableCell className="num font-semibold">
            <Money amount={r.granted.total} />
          </TableCell>
          <TableCell className="num font-semibold">
            <Money amount={r.usedOwner === null && r.usedUh === null ? null : (r.usedOwner ?? 0) + (r.usedUh ?? 0)} />
          </TableCell>
          <TableCell className="num font-semibold">
            <Money amount={r.unspent.total} />
          </TableCell>
        </TableRow>
      </TableBody>
    </DataTable>
  );
}

export async function ParticipationTables({ p, year }: { p: AnnualReportView["participation"]; year: number }) {
  const { formatDate } = await getDates();
  const t = await getTranslations("annualReports");
  if (p.gatherings.length === 0) return <Paragraph>{t("noGatherings", { year })}</Paragraph>;
  return (
    <>
      <dl className="grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1">
        <dt>{t("gatherings")}</dt>
        <dd className="num">{p.gatherings.length}</dd>
        <dt>{t("unitsReached")}</dt>
        <dd className="num">{p.unitsReached}</dd>
        <dt>{t("peopleReached")}</dt>
        <dd className="num">{p.peopleReached}</dd>
        <dt>{t("attendanceRate")}</dt>
        <dd className="num">{percent(p.attendanceRate)}</dd>
        <dt>{t("noShowRate")}</dt>
        <dd className="num">{percent(p.noShowRate)}</dd>
      </dl>
      <DataTable caption={t("participation")} zebra>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("gathering")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("date")}</TableHeaderCell>
            <TableHeaderCell scope="col" className="num">
              {t("registered")}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="num">
              {t("present")}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="num">
              {t("noShows")}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="num">
              {t("walkIns")}
            </TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {p.gatherings.map((g) => (
            <TableRow key={g.id}>
              <TableHeaderCell scope="row">
                <AppLink href={`/samlinger/${g.id}`}>{g.title}</AppLink>
              </TableHeaderCell>
              <TableCell>{formatDate(g.startsAt)}</TableCell>
              <TableCell className="num">{g.figures.registered}</TableCell>
              <TableCell className="num">{g.figures.present}</TableCell>
              <TableCell className="num">{g.figures.noShows}</TableCell>
              <TableCell className="num">{g.figures.walkIns}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell scope="row">{t("total")}</TableHeaderCell>
            <TableCell />
            <TableCell className="num font-semibold">{p.totals.registered}</TableCell>
            <TableCell className="num font-semibold">{p.totals.present}</TableCell>
            <TableCell className="num font-semibold">{p.totals.noShows}</TableCell>
            <TableCell className="num font-semibold">{p.totals.walkIns}</TableCell>
          </TableRow>
        </TableBody>
      </DataTable>
    </>
  );
}

export async function CoFinancingLedger({ r }: { r: Pick<AnnualReportView, "coFinancing" | "ledger"> }) {
  const t = await getTranslations();
  return (
    <DataTable caption={t("annualReports.coFinancing")}>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">{t("annualReports.description")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("annualReports.kind")}</TableHeaderCell>
          <TableHeaderCell scope="col" className="num">
            {t("annualReports.promised")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="num">
            {t("annualReports.delivered")}
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {r.coFinancing.length === 0 ? (
          <TableRow>
            <TableCell colSpan={4}>{t("annualReports.noLedger")}</TableCell>
          </TableRow>
        ) : null}
        {r.coFinancing.map((c) => (
          <TableRow key={c.id}>
            <TableHeaderCell scope="row">{c.description}</TableHeaderCell>
            <TableCell>{t(`coFinancingKinds.${c.kind}`)}</TableCell>
            <TableCell className="num">
              <Money amount={c.promised} />
            </TableCell>
            <TableCell className="num">
              <Money amount={c.delivered} />
            </TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableHeaderCell scope="row">{t("annualReports.ledgerTotal")}</TableHeaderCell>
          <TableCell />
          <TableCell className="num font-semibold">
            <Money amount={r.ledger.promised} />
          </TableCell>
          <TableCell className="num font-semibold">
            <Money amount={r.ledger.delivered} />
          </TableCell>
        </TableRow>
      </TableBody>
    </DataTable>
  );
}
