import { DataTable } from "@/components/ui/data-table";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  SelectOption,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";
import { Money } from "@/components/ui/money";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/session";
import { canSetCountyAllocations, canUseDirectorate } from "@/lib/directorate/policy";
import { nationalOverview } from "@/lib/directorate/queries";
import { osloYear } from "@/lib/dates";

export async function generateMetadata() {
  const t = await getTranslations("directorate");
  return { title: t("title") };
}

const query = z.object({
  ar: z.coerce
    .number()
    .int()
    .min(2020)
    .max(2100)
    .catch(osloYear(new Date()) + 1),
});

/** Utdanningsdirektoratet's national overview: every county's amount and, from its records, frames, applications, recommendations, grants, use, participation and annual reports. */
export default async function DirectoratePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  if (!canUseDirectorate(actor)) notFound();
  const { ar: year } = query.parse(await searchParams);
  const [t, o] = await Promise.all([getTranslations("directorate"), nationalOverview(actor, year)]);
  const years = Array.from({ length: 8 }, (_, i) => osloYear(new Date()) + 2 - i);
  const money = (n: number) => <Money amount={n} />;
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <Field>
          <Label htmlFor="ar">{t("year")}</Label>
          <Select id="ar" name="ar" defaultValue={String(year)}>
            {years.map((y) => (
              <SelectOption key={y} value={String(y)}>
                {y}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      {o.counties.length === 0 ? (
        <Paragraph>{t("noCounties")}</Paragraph>
      ) : (
        <DataTable caption={t("tableTitle", { year })} captionClassName="text-left text-lg font-semibold" zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("county")}</TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("allocated")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("frames")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("applied")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("recommended")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("granted")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("used")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("reports")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("participation")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("annualReports")}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t("links")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {o.counties.map((c) => (
              <TableRow key={c.id}>
                <TableHeaderCell scope="row">{c.name}</TableHeaderCell>
                <TableCell className="num">{c.allocations.length ? money(c.allocated) : t("notSet")}</TableCell>
                <TableCell className="num">{money(c.frames)}</TableCell>
                <TableCell className="num">{money(c.applied)}</TableCell>
                <TableCell className="num">{money(c.recommended)}</TableCell>
                <TableCell className="num">{money(c.granted)}</TableCell>
                <TableCell className="num">{money(c.used)}</TableCell>
                <TableCell className="num">{c.reports}</TableCell>
                <TableCell className="num">
                  {t("presentOf", { present: c.present, registered: c.registered })}
                </TableCell>
                <TableCell className="num">
                  {t("deliveredOf", { delivered: c.annualDelivered, expected: c.annualExpected })}
                </TableCell>
                <TableCell>
                  <div className="flex flex-col gap-1">
                    {canSetCountyAllocations(actor) ? (
                      <AppLink href={`/direktoratet/fylke/${c.id}?ar=${year}`}>
                        {t("setAmount", { county: c.name })}
                      </AppLink>
                    ) : null}
                    <AppLink href={`/oversikt/sammendrag?fylke=${c.id}&ar=${year}`}>
                      {t("summary", { county: c.name })}
                    </AppLink>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFoot>
            <TableRow>
              <TableHeaderCell scope="row">{t("total")}</TableHeaderCell>
              <TableCell className="num">{money(o.totals.allocated)}</TableCell>
              <TableCell className="num">{money(o.totals.frames)}</TableCell>
              <TableCell className="num">{money(o.totals.applied)}</TableCell>
              <TableCell className="num">{money(o.totals.recommended)}</TableCell>
              <TableCell className="num">{money(o.totals.granted)}</TableCell>
              <TableCell className="num">{money(o.totals.used)}</TableCell>
              <TableCell className="num">{o.totals.reports}</TableCell>
              <TableCell className="num">
                {t("presentOf", { present: o.totals.present, registered: o.totals.registered })}
              </TableCell>
              <TableCell className="num">
                {t("deliveredOf", { delivered: o.totals.annualDelivered, expected: o.totals.annualExpected })}
              </TableCell>
              <TableCell />
            </TableRow>
          </TableFoot>
        </DataTable>
      )}
    </>
  );
}
