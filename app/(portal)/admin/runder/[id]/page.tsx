import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { Alert, Paragraph, Tag } from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { requireActor } from "@/lib/session";
import { getRound } from "@/lib/rounds/queries";
import { getDates } from "@/lib/i18n/dates";
import { orNotFound } from "@/lib/not-found";
import { RoundForm } from "../round-form";
import { RoundSteps } from "./round-steps";

/** One read per request for the title and the page. */
const load = cache(async (id: string) => orNotFound(getRound(await requireActor(), id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const [t, r] = await Promise.all([getTranslations("rounds"), load((await params).id)]);
  return { title: t("roundTitleCounty", { year: r.year, county: r.county.name }) };
}

const COLOR = { PLANNED: "info", OPEN: "success", CLOSED: "neutral" } as const;

export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  const [t, r, { formatDateTime }] = await Promise.all([
    getTranslations("rounds"),
    load((await params).id),
    getDates(),
  ]);
  return (
    <>
      <PageHeading title={t("roundTitleCounty", { year: r.year, county: r.county.name })}>
        <div className="flex flex-wrap items-center gap-3">
          <Tag data-color={COLOR[r.status]}>{t(`statuses.${r.status}`)}</Tag>
          <Paragraph data-size="sm">{t("reportCount", { count: r._count.needsReports })}</Paragraph>
          <AppLink href={`/historikk/Round/${r.id}`}>{t("history")}</AppLink>
          <AppLink href={`/admin/runder/ny?fra=${r.id}`}>{t("copyToNext", { year: r.year + 1 })}</AppLink>
        </div>
      </PageHeading>
      <div className="flex flex-col gap-10">
        <PageSection title={t("stepsTitle")}>
          {r.announcedAt ? (
            <Alert data-color="info">
              <Paragraph>{t("announcedAt", { at: formatDateTime(r.announcedAt) })}</Paragraph>
            </Alert>
          ) : (
            <Paragraph>{t("notAnnounced")}</Paragraph>
          )}
          <RoundSteps id={r.id} version={r.version} status={r.status} />
        </PageSection>
        <PageSection title={t("settingsTitle")}>
          <RoundForm
            mode="update"
            id={r.id}
            version={r.version}
            values={r.values}
            yearLocked={r._count.needsReports > 0}
          />
        </PageSection>
      </div>
    </>
  );
}
