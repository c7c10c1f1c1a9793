import { getTranslations } from "next-intl/server";
import { Alert, Card, CardBlock, Heading, Paragraph, Tag } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getLetter, getReportDecisions, type ReportDecisions } from "@/lib/decision-letters/queries";
import { reasonsProblem } from "@/lib/decision-letters/content";
import { orNotFound } from "@/lib/not-found";
import { getDates } from "@/lib/i18n/dates";
import { formatKroner } from "@/lib/money";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { DocumentSections, DocumentTitleBlock } from "@/components/document/document-body";
import {
  AcceptForm,
  AppealDecisionForm,
  AppealForm,
  ArchiveNumbersForm,
  LetterDraftForm,
  SendLetterForm,
} from "./letter-forms";

export async function generateMetadata() {
  const t = await getTranslations("decisionPage");
  return { title: t("title") };
}

type Decision = ReportDecisions["decisions"][number];
type Letter = Decision["letters"][number];

/**
 * The decision on a report as its parties meet it: the letter (a draft to
 * preview, edit and send for the Statsforvalter; the sent letter for
 * everyone who sees the report), acceptance of the terms, appeals and, for
 * the Statsforvalter, the archive's numbers and the archive package.
 */
export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const d = await orNotFound(getReportDecisions(actor, id));
  const [t, tc, { formatDate }] = await Promise.all([getTranslations("decisionPage"), getTranslations(), getDates()]);
  const title = t("heading", { network: d.report.network.name, year: d.report.round.year });
  const sentLetters = d.decisions.flatMap((x) => x.letters.filter((l) => l.sentAt));
  return (
    <>
      <PageHeading title={title} intro={t("intro")}>
        <Paragraph>
          <AppLink href={`/behovsmeldinger/${id}`}>← {tc("form.viewReport")}</AppLink>
        </Paragraph>
      </PageHeading>
      <div className="flex flex-col gap-10">
        {d.decisions.length === 0 ? <Paragraph>{t("noDecision")}</Paragraph> : null}
        {d.decisions.map((x) => (
          <DecisionBlock key={x.id} reportId={id} decision={x} owner={d.report.leadOwner.name} prepares={d.prepares} />
        ))}
        {d.prepares && d.decisions.length ? (
          <PageSection title={t("archiveTitle")}>
            <Paragraph>{t("archiveIntro")}</Paragraph>
            <Paragraph>
              <AppLink href={`/behovsmeldinger/${id}/vedtak/arkivpakke`}>{t("archivePackage")}</AppLink>
            </Paragraph>
            <ArchiveNumbersForm
              reportId={id}
              caseNumber={d.report.archiveCaseNumber}
              letters={sentLetters.map((l) => ({
                id: l.id,
                label: letterLabel(t, l, formatDate),
                documentNumber: l.archiveDocumentNumber,
              }))}
            />
          </PageSection>
        ) : null}
      </div>
    </>
  );
}

async function DecisionBlock({
  reportId,
  decision: x,
  owner,
  prepares,
}: {
  reportId: string;
  decision: Decision;
  owner: string;
  prepares: boolean;
}) {
  const [t, tc, { formatDate, formatDateTime }] = await Promise.all([
    getTranslations("decisionPage"),
    getTranslations(),
    getDates(),
  ]);
  const current = x.letters.find((l) => l.id === x.shownLetterId);
  const uh = x.payments.find((p) => p.side === "UH")?.recipient ?? null;
  const payment = x.paymentStatus;
  return (
    <PageSection title={t("decisionTitle", { scheme: tc(`schemes.${x.scheme}`) })}>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("outcome")}</dt>
        <dd>{x.outcome === "GRANTED" ? t("grantedAmount", { amount: formatKroner(x.amount) }) : t("rejected")}</dd>
        {x.payments.map((p) => (
          <div key={p.side} className="contents">
            <dt className="font-semibold">{t("toRecipient", { name: p.recipient })}</dt>
            <dd className="num">{formatKroner(p.amount)}</dd>
          </div>
        ))}
        {payment ? (
          <>
            <dt className="font-semibold">{t("payment")}</dt>
            <dd>
              <Tag data-color={payment === "ready" ? "success" : "warning"}>{t(`paymentStatus.${payment}`)}</Tag>
            </dd>
          </>
        ) : null}
      </dl>
      {current ? (
        <LetterCard reportId={reportId} letter={current} owner={owner} decision={x} prepares={prepares} />
      ) : (
        <Paragraph>{t("noLetterYet")}</Paragraph>
      )}
      {x.appeals.length ? (
        <div className="flex flex-col gap-4">
          <Heading level={3} data-size="xs">
            {t("appealsTitle")}
          </Heading>
          {x.appeals.map((a) => (
            <Card key={a.id} data-color="neutral">
              <CardBlock className="flex flex-col gap-3">
                <Paragraph>
                  {t("appealLine", { name: a.filedBy.name, date: formatDateTime(a.filedAt) })}{" "}
                  <Tag data-color={a.status === "FILED" ? "warning" : "info"}>{t(`appealStatus.${a.status}`)}</Tag>{" "}
                  {a.late ? (
                    <Tag data-color="danger">{t("late", { deadline: formatDate(a.deadline) })}</Tag>
                  ) : (
                    <span>{t("inTime", { deadline: formatDate(a.deadline) })}</span>
                  )}
                </Paragraph>
                <div className="max-w-prose whitespace-pre-line">{a.text}</div>
                {a.attachments.length ? (
                  <ul>
                    {a.attachments.map((f) => (
                      <li key={f.id}>
                        <AppLink href={`/behovsmeldinger/${reportId}/vedtak/klagevedlegg/${f.id}`}>
                          {f.filename}
                        </AppLink>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {a.assessment ? (
                  <>
                    <Heading level={4} data-size="2xs">
                      {t("assessment")}
                    </Heading>
                    <div className="max-w-prose whitespace-pre-line">{a.assessment}</div>
                  </>
                ) : null}
                {a.canDecide ? <AppealDecisionForm appealId={a.id} version={a.version} owner={owner} uh={uh} /> : null}
              </CardBlock>
            </Card>
          ))}
        </div>
      ) : null}
      {x.letters.filter((l) => l !== current).length ? (
        <div className="flex flex-col gap-2">
          <Heading level={3} data-size="xs">
            {t("otherLetters")}
          </Heading>
          <ul>
            {x.letters
              .filter((l) => l !== current)
              .map((l) => (
                <li key={l.id}>
                  <AppLink href={`/behovsmeldinger/${reportId}/vedtak/${l.id}/pdf`}>
                    {letterLabel(t, l, formatDate)}
                  </AppLink>
                  {l.supersededAt ? ` – ${t("superseded", { date: formatDate(l.supersededAt) })}` : ""}
                </li>
              ))}
          </ul>
        </div>
      ) : null}
    </PageSection>
  );
}

function letterLabel(
  t: Awaited<ReturnType<typeof getTranslations<"decisionPage">>>,
  l: Letter,
  formatDate: (d: Date) => string,
) {
  const kind = l.kind === "APPEAL_FORWARDED" ? t("forwardLetter") : t("decisionLetter");
  return l.sentAt ? t("sentLabel", { kind, date: formatDate(l.sentAt) }) : t("draftLabel", { kind });
}

async function LetterCard({
  reportId,
  letter: l,
  owner,
  decision,
  prepares,
}: {
  reportId: string;
  letter: Letter;
  owner: string;
  decision: Decision;
  prepares: boolean;
}) {
  const [t, { formatDate, formatDateTime }] = await Promise.all([getTranslations("decisionPage"), getDates()]);
  const actor = await requireActor();
  const { model } = await getLetter(actor, reportId, l.id);
  return (
    <Card data-color={l.sentAt ? "neutral" : "accent"}>
      <CardBlock className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <Heading level={3} data-size="xs">
            {letterLabel(t, l, formatDate)}
          </Heading>
          {l.sentAt ? null : <Tag data-color="warning">{t("draftTag")}</Tag>}
          <span>{t("language", { language: t(`languages.${l.locale === "nn" ? "nn" : "nb"}`) })}</span>
        </div>
        {l.sentAt ? (
          <Paragraph>
            {t("sentBy", { name: l.officerName ?? "", date: formatDateTime(l.sentAt) })}
            {l.appealDeadline ? ` ${t("deadline", { date: formatDate(l.appealDeadline) })}` : ""}
          </Paragraph>
        ) : (
          <Alert data-color="info">
            <Paragraph>{t("draftIntro")}</Paragraph>
          </Alert>
        )}
        <div className="flex flex-wrap gap-4">
          <AppLink href={`/behovsmeldinger/${reportId}/vedtak/${l.id}/pdf`}>
            {l.sentAt ? t("downloadPdf") : t("previewPdf")}
          </AppLink>
          <AppLink href={`/behovsmeldinger/${reportId}/vedtak/${l.id}/pdf?sprak=en`}>{t("courtesyPdf")}</AppLink>
        </div>
        <div
          className="flex flex-col gap-4 rounded border border-neutral-border-subtle p-4"
          lang={model.lang === "nn" ? "nn" : model.lang === "en" ? "en" : "nb"}
          aria-labelledby={`brev-${l.id}-tittel`}
          role="region"
        >
          <DocumentTitleBlock doc={model} level={4} id={`brev-${l.id}-tittel`} />
          <DocumentSections doc={model} level={5} idPrefix={`brev-${l.id}-`} />
        </div>
        {l.acceptedAt ? (
          <Paragraph>{t("acceptedBy", { name: l.acceptedBy ?? "", date: formatDateTime(l.acceptedAt) })}</Paragraph>
        ) : null}
        {l.canAccept ? <AcceptForm letterId={l.id} owner={owner} /> : null}
        {l.canAppeal && l.appealDeadline ? (
          <AppealForm letterId={l.id} deadline={formatDate(l.appealDeadline)} />
        ) : null}
        {l.canEdit && prepares ? (
          <>
            <LetterDraftForm
              letterId={l.id}
              version={l.version}
              reasons={l.reasons}
              officerTitle={l.officerTitle}
              reasonsRequired={reasonsProblem(decision.kind, null) !== null}
            />
            <SendLetterForm letterId={l.id} version={l.version} />
          </>
        ) : null}
      </CardBlock>
    </Card>
  );
}
