import { DataTable } from "@/components/ui/data-table";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { proposalText } from "@/lib/forum/proposal";
import {
  Card,
  CardBlock,
  Details,
  DetailsContent,
  DetailsSummary,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getCase } from "@/lib/forum/queries";
import { caseNumber } from "@/lib/forum/labels";
import { orNotFound } from "@/lib/not-found";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { AppLink } from "@/components/ui/app-link";
import { Money } from "@/components/ui/money";
import { PageSection } from "@/components/ui/page-section";
import { AttachmentForm, CaseForm, ConflictForm, DecisionForm, RemoveButton } from "../../forms";

const load = cache(async (id: string) => orNotFound(getCase(await requireActor(), id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const c = await load((await params).id);
  const t = await getTranslations("common");
  return { title: t("caseTitle", { number: caseNumber(c), title: c.title }) };
}

function Text({ value, empty }: { value: string | null; empty: string }) {
  return <Paragraph className="whitespace-pre-line">{value?.trim() ? value : empty}</Paragraph>;
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { formatDate, formatDateTime } = await getDates();
  const { id } = await params;
  const [c, t, tAll] = await Promise.all([load(id), getTranslations("forum"), getTranslations()]);
  const proposal = proposalText(
    c.proposal,
    c.recommendations.map((r) => ({ network: r.network.name, amount: r.amount })),
    (k, v) => tAll(k as "forum.proposalTotal", v),
  );
  const kb = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString("nb-NO")} kB`;
  return (
    <>
      <PageHeading title={t("caseLabel", { number: caseNumber(c), title: c.title })}>
        <div className="flex flex-wrap items-center gap-3">
          <Tag data-color="info">{t(`kinds.${c.kind}`)}</Tag>
          {c.meeting ? (
            <AppLink href={`/samarbeidsforum/moter/${c.meeting.id}`}>
              {t("inMeeting", { title: c.meeting.title, date: formatDate(c.meeting.startsAt) })}
            </AppLink>
          ) : null}
        </div>
      </PageHeading>
      <div className="flex flex-col gap-8">
        <PageSection title={t("caseText")} className="flex flex-col gap-2">
          <Text value={c.text} empty={t("noText")} />
        </PageSection>
        <PageSection title={t("proposal")} className="flex flex-col gap-2">
          <Text value={proposal} empty={t("noProposal")} />
        </PageSection>
        <Card data-color={c.decision ? "success" : "neutral"}>
          <CardBlock className="flex flex-col gap-2">
            <Heading level={2} data-size="sm">
              {t("decision")}
            </Heading>
            <Text value={c.decision} empty={t("notDecided")} />
            {c.decidedAt ? (
              <Paragraph data-size="sm">{t("decidedAt", { date: formatDateTime(c.decidedAt) })}</Paragraph>
            ) : null}
            {c.can.edit ? (
              <DecisionForm id={c.id} version={c.version} decision={c.decision} proposal={proposal} />
            ) : null}
          </CardBlock>
        </Card>

        {c.recommendations.length ? (
          <PageSection title={t("recommendations")} className="flex flex-col gap-2">
            <DataTable caption={t("recommendations")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{t("network")}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("recommended")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t("reason")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {c.recommendations.map((r) => (
                  <TableRow key={r.network.id}>
                    <TableHeaderCell scope="row">{r.network.name}</TableHeaderCell>
                    <TableCell className="num">
                      <Money amount={r.amount} />
                    </TableCell>
                    <TableCell>{r.reason ?? ""}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFoot>
                <TableRow>
                  <TableHeaderCell scope="row">{t("total")}</TableHeaderCell>
                  <TableCell className="num">
                    <Money amount={c.recommendations.reduce((a, r) => a + r.amount, 0)} />
                  </TableCell>
                  <TableCell />
                </TableRow>
              </TableFoot>
            </DataTable>
            <AppLink href={`/budsjett/${c.recommendations[0]!.budgetId}/innstilling`}>{t("toRecommendation")}</AppLink>
          </PageSection>
        ) : null}

        {c.budgetCarries.length ? (
          <PageSection title={t("carried")} className="flex flex-col gap-2">
            <ul>
              {c.budgetCarries.map((b) => (
                <li key={b.id}>
                  <AppLink href={`/budsjett/${b.id}/tildeling`}>{t("carriedLine", { year: b.year })}</AppLink>:{" "}
                  <Money amount={b.carryAmount} />
                </li>
              ))}
            </ul>
          </PageSection>
        ) : null}

        <PageSection title={t("attachments")} className="flex flex-col gap-3">
          {c.attachments.length === 0 ? (
            <Paragraph>{t("noAttachments")}</Paragraph>
          ) : (
            <ul className="flex flex-col gap-2">
              {c.attachments.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-3">
                  <a className="ds-link" href={`/samarbeidsforum/saker/${c.id}/vedlegg/${a.id}`} download>
                    {a.filename}
                  </a>
                  <span className="text-sm">({kb(a.size)})</span>
                  {c.can.edit ? (
                    <RemoveButton kind="attachment" id={a.id} label={t("removeAttachment", { name: a.filename })} />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {c.can.edit ? <AttachmentForm caseId={c.id} /> : null}
        </PageSection>

        <PageSection title={t("conflicts")} className="flex flex-col gap-3">
          {c.conflicts.length === 0 ? (
            <Paragraph>{t("noConflicts")}</Paragraph>
          ) : (
            <ul className="list-disc pl-6">
              {c.conflicts.map((x) => (
                <li key={x.personId}>{t("conflictLine", { name: x.person.name, reason: x.reason ?? "" })}</li>
              ))}
            </ul>
          )}
          {c.can.declare ? <ConflictForm caseId={c.id} current={c.ownConflict} /> : null}
        </PageSection>

        {c.can.edit ? (
          <Details>
            <DetailsSummary>{t("editCase")}</DetailsSummary>
            <DetailsContent>
              <CaseForm
                value={{
                  id: c.id,
                  version: c.version,
                  title: c.title,
                  kind: c.kind,
                  text: c.text,
                  proposal: c.proposal,
                }}
              />
            </DetailsContent>
          </Details>
        ) : null}
      </div>
    </>
  );
}
