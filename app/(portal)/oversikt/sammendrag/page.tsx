import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Button, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { z } from "zod";
import { requireActor } from "@/lib/session";
import { orNotFound } from "@/lib/not-found";
import { canSeeCountySummary, canSeeOverview } from "@/lib/overview/policy";
import { countySummary } from "@/lib/overview/summary";
import { osloYear } from "@/lib/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { Money } from "@/components/ui/money";
import { AnnualStatusTag } from "@/components/ui/annual-status-tag";
import { formatPercent as percent } from "@/lib/percent";

const query = z.object({
  ar: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .catch(osloYear(new Date()) - 1),
  fylke: z.string().min(1).max(64).optional().catch(undefined),
});

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("summary") };
}

export default async function SummaryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  if (!canSeeCountySummary(actor)) notFound();
  const q = query.parse(await searchParams);
  const [t, s] = await Promise.all([
    getTranslations(),
    orNotFound(countySummary(actor, { year: q.ar, countyId: q.fylke })),
  ]);
  const kr = (n: number) => <Money amount={n} />;
  return (
    <>
      <PageHeading
        title={t("dashboard.summaryTitle", { year: s.year, county: s.county.name })}
        intro={t("dashboard.summaryIntro", { year: s.year })}
      >
        <div className="flex flex-wrap gap-3">
          <Button asChild>
            <a href={`/oversikt/sammendrag/pdf?ar=${s.year}&fylke=${s.county.id}`} download>
              {t("dashboard.pdf")}
            </a>
          </Button>
          {canSeeOverview(actor) ? (
            <AppLink href={`/oversikt?ar=${s.year}`}>{t("dashboard.title")}</AppLink>
          ) : (
            <AppLink href={`/direktoratet?ar=${s.year}`}>{t("nav.directorate")}</AppLink>
          )}
        </div>
      </PageHeading>
      <div className="flex flex-col gap-10">
        <PageSection title={t("dashboard.fundsByScheme")}>
          <DataTable caption={t("dashboard.fundsByScheme")} zebra>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{t("dashboard.scheme")}</TableHeaderCell>
                {(["frame", "applied", "recommended", "granted", "used"] as const).map((k) => (
                  <TableHeaderCell key={k} scope="col" className="num">
                    {t(`dashboard.${k}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {s.schemes.map((x) => (
                <TableRow key={x.key}>
                  <TableHeaderCell scope="row">{t(`schemes.${x.key}` as "schemes.REGIONAL")}</TableHeaderCell>
                  {(["frame", "applied", "recommended", "granted", "used"] as const).map((k) => (
                    <TableCell key={k} className="num">
                      {kr(x.values[k])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
              <TableRow>
                <TableHeaderCell scope="row">{t("dashboard.total")}</TableHeaderCell>
                {(["frame", "applied", "recommended", "granted", "used"] as const).map((k) => (
                  <TableCell key={k} className="num font-semibold">
                    {kr(s.totals[k])}
                  </TableCell>
                ))}
              </TableRow>
            </TableBody>
          </DataTable>
        </PageSection>

        <PageSection title={`${t("dashboard.networks")} (${s.networks.length})`}>
          <DataTable caption={t("dashboard.networks")} zebra>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{t("dashboard.network")}</TableHeaderCell>
                {(["frame", "applied", "granted", "used"] as const).map((k) => (
                  <TableHeaderCell key={k} scope="col" className="num">
                    {t(`dashboard.${k}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {s.networks.map((n) => (
                <TableRow key={n.key}>
                  <TableHeaderCell scope="row">{n.label}</TableHeaderCell>
                  {(["frame", "applied", "granted", "used"] as const).map((k) => (
                    <TableCell key={k} className="num">
                      {kr(n.values[k])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        </PageSection>

        <PageSection title={`${t("dashboard.measures")} (${s.measures.length})`}>
          {s.measures.length === 0 ? (
            <Paragraph>{t("dashboard.none")}</Paragraph>
          ) : (
            <DataTable caption={t("dashboard.measures")} zebra>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{t("dashboard.measure")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("dashboard.network")}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("dashboard.ownerPart")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("dashboard.uhPart")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("dashboard.present")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t("annualReports.status")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {s.measures.map((m) => (
                  <TableRow key={m.key}>
                    <TableHeaderCell scope="row">{m.measureName}</TableHeaderCell>
                    <TableCell>{`${m.network.name} / ${m.leadOwner.name}`}</TableCell>
                    <TableCell className="num">{kr(m.granted.owner)}</TableCell>
                    <TableCell className="num">{kr(m.granted.uh)}</TableCell>
                    <TableCell className="num">{m.participation.totals.present}</TableCell>
                    <TableCell>
                      <AnnualStatusTag status={m.status} missing={m.missing} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
          )}
        </PageSection>

        <PageSection title={t("dashboard.uhPartners")}>
          {s.uhPartners.length === 0 ? (
            <Paragraph>{t("dashboard.none")}</Paragraph>
          ) : (
            <ul className="list-disc pl-6">
              {s.uhPartners.map((u) => (
                <li key={u.id}>
                  {u.name}: <Money amount={u.amount} />
                </li>
              ))}
            </ul>
          )}
        </PageSection>

        <PageSection title={t("dashboard.participation")}>
          <dl className="grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1">
            <dt>{t("dashboard.gatherings")}</dt>
            <dd className="num">{s.participation.gatherings}</dd>
            <dt>{t("dashboard.registered")}</dt>
            <dd className="num">{s.participation.registered}</dd>
            <dt>{t("dashboard.present")}</dt>
            <dd className="num">{s.participation.present}</dd>
            <dt>{t("dashboard.noShows")}</dt>
            <dd className="num">{`${s.participation.noShows} (${percent(s.participation.noShowRate)})`}</dd>
            <dt>{t("dashboard.walkIns")}</dt>
            <dd className="num">{s.participation.walkIns}</dd>
            <dt>{t("dashboard.unitsReached")}</dt>
            <dd className="num">{s.participation.unitsReached}</dd>
            <dt>{t("dashboard.peopleReached")}</dt>
            <dd className="num">{s.participation.peopleReached}</dd>
          </dl>
        </PageSection>

        <PageSection title={t("dashboard.coFinancing")}>
          <dl className="grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1">
            <dt>{t("dashboard.coRequired")}</dt>
            <dd className="num">
              <Money amount={s.coFinancing.required} />
            </dd>
            <dt>{t("dashboard.coPromised")}</dt>
            <dd className="num">
              <Money amount={s.coFinancing.promised} />
            </dd>
            <dt>{t("dashboard.coDelivered")}</dt>
            <dd className="num">
              <Money amount={s.coFinancing.delivered} />
            </dd>
            <dt>{t("dashboard.annualDelivered")}</dt>
            <dd className="num">{`${s.annualReports.delivered} / ${s.annualReports.expected}`}</dd>
          </dl>
        </PageSection>
      </div>
    </>
  );
}
