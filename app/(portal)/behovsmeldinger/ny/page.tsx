import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { listCopySources, listStartOptions } from "@/lib/needs-reports/queries";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { NewReportForm } from "./new-report-form";

export async function generateMetadata() {
  const t = await getTranslations("form");
  return { title: t("newTitle") };
}

export default async function NewNeedsReportPage() {
  const { formatDateTime } = await getDates();
  const actor = await requireActor();
  const [t, ts, options, sources] = await Promise.all([
    getTranslations("form"),
    getTranslations("status"),
    listStartOptions(actor),
    listCopySources(actor),
  ]);
  return (
    <>
      <PageHeading title={t("newTitle")} intro={t("newIntro")} />
      {options.length === 0 ? (
        <Paragraph>{t("newNone")}</Paragraph>
      ) : (
        <NewReportForm
          options={options.map((o) => ({
            value: `${o.roundId}|${o.networkId}|${o.ownerId}`,
            label: t("newOption", {
              year: o.year,
              network: o.networkName,
              owner: o.ownerName,
              deadline: formatDateTime(o.deadline),
            }),
          }))}
          sources={sources.map((r) => ({
            value: r.id,
            label: t("newFromOption", {
              year: r.round.year,
              network: r.network.name,
              owner: r.leadOwner.name,
              status: ts(r.status as "DRAFT"),
            }),
          }))}
        />
      )}
    </>
  );
}
