import { ScopedMessages } from "@/components/layout/scoped-messages";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { Alert, Button, Heading, Paragraph } from "@/components/ds";
import NextLink from "next/link";
import { requireActor } from "@/lib/session";
import { getNeedsReport, type NeedsReportView } from "@/lib/needs-reports/queries";
import { canEditNeedsReport, canTakeReviewStep, canWithdrawNeedsReport } from "@/lib/needs-reports/policy";
import { withdrawNeedsReportAction } from "@/lib/needs-reports/actions";
import { ActionForm } from "@/components/form/action-form";
import { reviewFactsOf } from "@/lib/needs-reports/review";
import { getDates } from "@/lib/i18n/dates";
import { formatKroner } from "@/lib/money";
import { AppLink } from "@/components/ui/app-link";
import { ReviewPanel } from "./review-panel";
import { ReturnedNotice } from "./returned-notice";
import { PrintButton } from "@/components/ui/print-button";
import { orNotFound } from "@/lib/not-found";
import { ReportView } from "./report-view";

/** One read per request, shared by the page and its metadata. */
const load = cache(async (id: string): Promise<NeedsReportView> =>
  orNotFound(getNeedsReport(await requireActor(), id)),
);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const r = await load((await params).id);
  const t = await getTranslations("form");
  return { title: t("editTitle", { year: r.round.year, network: r.network.name }) };
}

export default async function NeedsReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ sendt?: string }>;
}) {
  const { formatDateTime } = await getDates();
  const { id } = await params;
  const { sendt } = await searchParams;
  const [r, actor, t] = await Promise.all([load(id), requireActor(), getTranslations("form")]);
  const editable = canEditNeedsReport(actor, r);
  const withdrawable = canWithdrawNeedsReport(actor, r, r.round, new Date());
  const facts = { countyId: r.round.countyId, status: r.status };
  const [{ notes, reviewerName }, tr, ts, td] = await Promise.all([
    reviewFactsOf(actor, r),
    getTranslations("review"),
    getTranslations("schemes"),
    getTranslations("decisionPage"),
  ]);
  return (
    <ScopedMessages group="needsReport">
      <ReportView
        r={r}
        actions={
          <>
            {sendt && r.status === "SUBMITTED" ? (
              <Alert data-color="success" role="status">
                <Paragraph>{t("submitted", { n: r.submittedVersion })}</Paragraph>
              </Alert>
            ) : null}
            {r.status === "RETURNED" ? <ReturnedNotice title={t("returnedTitle")} reason={r.returnReason} /> : null}
            <div className="no-print flex flex-wrap gap-3">
              <PrintButton label={t("print")} />
              <Button asChild variant="secondary">
                <a href={`/behovsmeldinger/${id}/pdf`} download>
                  {t("downloadPdf")}
                </a>
              </Button>
            </div>
            {r.recommendations.map((rec) => (
              <Paragraph key={rec.budget.scheme}>
                {tr("recommendation", {
                  amount: formatKroner(rec.amount),
                  case: `${rec.case.number}/${rec.case.year}`,
                })}
                {rec.reason ? ` ${tr("recommendationReason", { reason: rec.reason })}` : ""}
              </Paragraph>
            ))}
            {r.decisions.map((d) => (
              <Alert key={d.budget.scheme} data-color={d.outcome === "GRANTED" ? "success" : "warning"}>
                <Heading level={2} data-size="xs">
                  {tr("decision", {
                    date: formatDateTime(d.decidedAt),
                    outcome: d.outcome === "GRANTED" ? tr("granted") : tr("rejected"),
                    amount: d.outcome === "GRANTED" ? formatKroner(d.amount) : "",
                  })}
                  {r.decisions.length > 1 ? ` (${ts(d.budget.scheme)})` : ""}
                </Heading>
                {d.payments.length > 1 ? (
                  <ul className="list-disc pl-6">
                    {d.payments.map((p) => (
                      <li key={p.side}>
                        {tr("payment", { side: p.side, name: p.organisation.name, amount: formatKroner(p.amount) })}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {d.reason ? <Paragraph className="whitespace-pre-line">{d.reason}</Paragraph> : null}
                {d.case ? (
                  <Paragraph data-size="sm">
                    {tr("decisionCase", { case: `${d.case.number}/${d.case.year}`, title: d.case.title })}
                  </Paragraph>
                ) : null}
                <Paragraph>
                  <AppLink href={`/behovsmeldinger/${id}/vedtak`}>{td("reportLink")}</AppLink>
                </Paragraph>
              </Alert>
            ))}
            {r.versions.length ? (
              <Paragraph>
                {tr("versions")}:{" "}
                {r.versions
                  .map((v) =>
                    tr("versionLine", {
                      n: v.number,
                      date: formatDateTime(v.submittedAt),
                      name: v.submittedBy?.name ?? "–",
                    }),
                  )
                  .join("; ")}
                {r.versions.length > 1 ? (
                  <>
                    {" · "}
                    <AppLink href={`/behovsmeldinger/${id}/versjoner`}>{tr("compare")}</AppLink>
                  </>
                ) : null}
              </Paragraph>
            ) : null}
            {actor.statsforvalterCountyIds.includes(r.round.countyId) ? (
              <Paragraph className="no-print">
                <AppLink href={`/historikk/NeedsReport/${id}`}>{tr("history")}</AppLink>
              </Paragraph>
            ) : null}
            {notes ? (
              <div className="no-print">
                <ReviewPanel
                  id={id}
                  allowed={{
                    startReview: canTakeReviewStep(actor, facts, "startReview"),
                    markReviewed: canTakeReviewStep(actor, facts, "markReviewed"),
                    returnForCorrection: canTakeReviewStep(actor, facts, "returnForCorrection"),
                    reopen: canTakeReviewStep(actor, facts, "reopen"),
                  }}
                  reviewed={
                    r.reviewedAt
                      ? tr("reviewedAt", { date: formatDateTime(r.reviewedAt), name: reviewerName ?? "–" })
                      : null
                  }
                  reopenedUntil={r.reopenedUntil ? formatDateTime(r.reopenedUntil) : null}
                  reopenRequest={
                    r.reopenRequestedAt && r.status === "DRAFT"
                      ? `${tr("reopenRequest", { date: formatDateTime(r.reopenRequestedAt) })} ${r.reopenRequestReason ?? ""}`
                      : null
                  }
                  notes={notes.map((n) => ({
                    id: n.id,
                    text: n.text,
                    author: n.author.name,
                    at: formatDateTime(n.createdAt),
                  }))}
                />
              </div>
            ) : null}
            {withdrawable ? (
              <div className="no-print flex max-w-prose flex-col gap-2 rounded border border-neutral-border-subtle p-4">
                <Heading level={2} data-size="xs">
                  {t("withdrawTitle")}
                </Heading>
                <Paragraph>
                  {t("withdrawIntro", {
                    deadline: formatDateTime(r.round.deadline),
                    n: r.submittedVersion,
                    next: r.submittedVersion + 1,
                  })}
                </Paragraph>
                <ActionForm id="withdraw" action={withdrawNeedsReportAction} submitLabel={t("withdrawButton")}>
                  <input type="hidden" name="id" value={id} />
                  <input type="hidden" name="expectedVersion" value={r.version} />
                </ActionForm>
              </div>
            ) : null}
            {editable ? (
              <div className="no-print flex flex-wrap gap-3">
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
    </ScopedMessages>
  );
}
