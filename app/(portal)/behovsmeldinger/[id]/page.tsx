import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { requireActor } from "@/lib/session";
import { getNeedsReport, type NeedsReportView } from "@/lib/needs-reports/queries";
import { canEditNeedsReport } from "@/lib/needs-reports/policy";
import { orNotFound } from "@/lib/not-found";
import { ReportView } from "./report-view";

/** One read per request, shared by the page and its metadata. */
const load = cache(async (id: string): Promise<NeedsReportView> => orNotFound(getNeedsReport(await requireActor(), id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const r = await load((await params).id);
  return { title: `Behovsmelding ${r.round.year} – ${r.network.name}` };
}

export default async function NeedsReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ sendt?: string }> }) {
  const { id } = await params;
  const { sendt } = await searchParams;
  const [r, actor, t] = await Promise.all([load(id), requireActor(), getTranslations("form")]);
  const editable = canEditNeedsReport(actor, r);
  return (
    <ReportView
      r={r}
      actions={
        <>
          {sendt && r.status === "SUBMITTED" ? (
            <Alert data-color="success" role="status">
              <Paragraph>{t("submitted", { n: r.submittedVersion })}</Paragraph>
            </Alert>
          ) : null}
          {r.status === "RETURNED" && r.returnReason ? (
            <Alert data-color="warning">
              <Heading level={2} data-size="xs">
                {t("returnedTitle")}
              </Heading>
              <Paragraph className="whitespace-pre-line">{r.returnReason}</Paragraph>
            </Alert>
          ) : null}
          {editable ? (
            <div className="flex flex-wrap gap-3">
              <Button asChild>
                <NextLink href={`/behovsmeldinger/${id}/rediger`}>{t("edit")}</NextLink>
              </Button>
              <Button asChild variant="secondary">
                <NextLink href={`/behovsmeldinger/${id}/send-inn`}>{t("checkAndSubmit")}</NextLink>
              </Button>
            </div>
          ) : null}
        </>
      }
    />
  );
}
