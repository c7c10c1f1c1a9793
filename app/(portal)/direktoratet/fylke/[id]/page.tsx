import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { requireActor } from "@/lib/session";
import { canSetCountyAllocations } from "@/lib/directorate/policy";
import { countyAllocations } from "@/lib/directorate/queries";
import { osloYear } from "@/lib/dates";
import { getDates } from "@/lib/i18n/dates";
import { AllocationForm } from "./allocation-form";

export async function generateMetadata() {
  const t = await getTranslations("directorate");
  return { title: t("setTitle") };
}

const query = z.object({
  ar: z.coerce
    .number()
    .int()
    .min(2020)
    .max(2100)
    .catch(osloYear(new Date()) + 1),
});
const SCHEMES = ["DESENTRALISERT", "REGIONAL", "KOMPETANSELOFTET"] as const;

/** The directorate's amounts for one county and year, one per scheme. */
export default async function CountyAllocationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  if (!canSetCountyAllocations(actor)) notFound();
  const [{ id }, { ar: year }] = await Promise.all([params, searchParams.then((s) => query.parse(s))]);
  const data = await countyAllocations(id, year);
  if (!data) notFound();
  const [t, ts, { formatDateTime }] = await Promise.all([
    getTranslations("directorate"),
    getTranslations("schemes"),
    getDates(),
  ]);
  return (
    <>
      <PageHeading title={t("countyTitle", { county: data.county.name, year })} intro={t("countyIntro")}>
        <AppLink href={`/direktoratet?ar=${year}`}>{t("back")}</AppLink>
      </PageHeading>
      <div className="flex flex-col gap-8">
        {SCHEMES.map((scheme) => {
          const a = data.allocations.find((x) => x.scheme === scheme);
          return (
            <PageSection key={scheme} title={ts(scheme)}>
              <AllocationForm
                countyId={id}
                year={year}
                scheme={scheme}
                amount={a?.amount ?? null}
                note={a?.note ?? null}
                version={a?.version ?? 0}
                label={t("amountFor", { scheme: ts(scheme), county: data.county.name, year })}
              />
              {a ? (
                <p className="text-sm">
                  {t("lastSet", { by: a.enteredBy?.name ?? "–", at: formatDateTime(a.updatedAt) })}
                </p>
              ) : null}
            </PageSection>
          );
        })}
      </div>
    </>
  );
}
