import { redirect } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getNeedsReportForEdit } from "@/lib/needs-reports/queries";
import { orNotFound } from "@/lib/not-found";
import { getDates } from "@/lib/i18n/dates";
import { AppLink } from "@/components/ui/app-link";
import { NeedsReportForm } from "./needs-report-form";
import { ReturnedNotice } from "../returned-notice";

const load = cache(async (id: string) => orNotFound(getNeedsReportForEdit(await requireActor(), id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const r = await load((await params).id);
  const t = await getTranslations("form");
  return { title: `${t("edit")}: ${t("editTitle", { year: r.round.year, network: r.network.name })}` };
}

export default async function EditNeedsReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ trukket?: string }>;
}) {
  const { formatDateTime } = await getDates();
  const tc = await getTranslations("common");
  const { id } = await params;
  const r = await load(id);
  const { trukket } = await searchParams;
  if (!r.canEdit) redirect(`/behovsmeldinger/${id}`);
  const t = await getTranslations("form");
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Heading level={1} data-size="lg">
          {t("editTitle", { year: r.round.year, network: r.network.name })}
        </Heading>
        <Paragraph>{t("intro")}</Paragraph>
        <Paragraph>
          {tc("deadline")}: {formatDateTime(r.round.deadline)} ·{" "}
          <AppLink href={`/behovsmeldinger/${id}`}>{t("viewReport")}</AppLink>
        </Paragraph>
        {r.status === "RETURNED" ? <ReturnedNotice title={t("returnedTitle")} reason={r.returnReason} /> : null}
        {r.copiedFrom ? (
          <Alert data-color="info">
            <Paragraph>
              {t("copiedFrom", { year: r.copiedFrom.year, network: r.copiedFrom.network, owner: r.copiedFrom.owner })}{" "}
              <AppLink href={`/behovsmeldinger/${r.copiedFrom.id}`}>{t("copiedFromLink")}</AppLink>
            </Paragraph>
          </Alert>
        ) : null}
        {trukket && r.status === "DRAFT" ? (
          <Alert data-color="success" role="status">
            <Paragraph>{t("withdrawn")}</Paragraph>
          </Alert>
        ) : null}
      </header>
      <NeedsReportForm
        id={r.id}
        version={r.version}
        roundYear={r.round.year}
        roundSchemes={r.round.schemes}
        networkName={r.network.name}
        leadOwnerName={r.leadOwner.name}
        draft={r.draft}
        owners={r.options.owners}
        uhInstitutions={r.options.uhInstitutions}
      />
    </div>
  );
}
