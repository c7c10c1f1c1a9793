import { DataTable } from "@/components/ui/data-table";
import { cache } from "react";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import {
  Button,
  Details,
  DetailsContent,
  DetailsSummary,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getMeasure, getMeasurePlanning, measureFormOptions } from "@/lib/measures/queries";
import { getMeasureAttendance } from "@/lib/gatherings/queries";
import { feedPath } from "@/lib/gatherings/calendar";
import { orNotFound } from "@/lib/not-found";
import { getDates } from "@/lib/i18n/dates";
import { AppLink } from "@/components/ui/app-link";
import { PageSection } from "@/components/ui/page-section";
import { ContributorsForm, MeasureDetailsForm, ParticipationForm, SemesterPlanForm } from "../measure-forms";

/** One read per request, shared by the page and its metadata. */
const load = cache(async (id: string) => orNotFound(getMeasure(await requireActor(), id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const m = await load((await params).id);
  return { title: m.name };
}

function Block({ title, text }: { title: string; text: string | null }) {
  if (!text) return null;
  return (
    <PageSection title={title} className="flex flex-col gap-2">
      <div className="max-w-prose whitespace-pre-line">{text}</div>
    </PageSection>
  );
}

const pct = (x: number | null) => (x === null ? "–" : `${(Math.round(x * 1000) / 10).toLocaleString("nb-NO")} %`);

export default async function MeasurePage({ params }: { params: Promise<{ id: string }> }) {
  const { formatDate, formatTime, formatSemester } = await getDates();
  const { id } = await params;
  const actor = await requireActor();
  const [m, t] = await Promise.all([load(id), getTranslations()]);
  const [planning, attendance] = await Promise.all([getMeasurePlanning(actor, m), getMeasureAttendance(m.id)]);
  const options = planning.can.plan || planning.can.planGatherings ? await measureFormOptions(actor) : null;
  const networks = m.isJoint
    ? m.participations.map((p) => p.network.name)
    : m.ownerNetwork
      ? [m.ownerNetwork.name]
      : [];
  const cohortOptions = m.cohorts.map((c) => ({ value: String(c.number), label: c.name }));
  const feed = feedPath("tiltak", m.id, actor.personId);
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Heading level={1} data-size="lg">
          {m.name}
        </Heading>
        <div className="flex flex-wrap gap-2">
          <Tag data-color={m.isJoint ? "accent" : "neutral"}>{m.isJoint ? t("measures.joint") : t("measures.own")}</Tag>
          <Tag data-color="info">{t(`schemes.${m.scheme}`)}</Tag>
        </div>
        <Paragraph>
          {t("measures.networks")}: {networks.join(", ") || "–"}
        </Paragraph>
        {m.reportMeasure ? (
          <Paragraph>
            {t("measures.fundedBy")}{" "}
            <AppLink href={`/behovsmeldinger/${m.reportMeasure.reportId}`}>
              {t("measures.fundedByLink", { position: m.reportMeasure.position, name: m.reportMeasure.name })}
            </AppLink>
          </Paragraph>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <AppLink href={`/tiltak/${m.id}/tidslinje`}>{t("measures.timelineLink")}</AppLink>
          {feed ? <AppLink href={feed}>{t("measures.feedLink")}</AppLink> : null}
        </div>
      </header>
      <Block title={t("measures.goal")} text={m.goal} />
      <Block title={t("measures.targetGroup")} text={m.targetGroup} />
      <Block title={t("measures.content")} text={m.content} />
      <Block title={t("measures.organisation")} text={m.organisation} />
      <Block title={t("measures.obligations")} text={m.obligations} />
      {m.contributors.length ? (
        <PageSection title={t("measures.contributors")} className="flex flex-col gap-2">
          <ul>
            {m.contributors.map((c) => (
              <li key={c.id}>{[c.organisation?.name, c.person?.name, c.role].filter(Boolean).join(" – ")}</li>
            ))}
          </ul>
        </PageSection>
      ) : null}
      {m.cohorts.length ? (
        <PageSection title={t("measures.cohorts")} className="flex flex-col gap-2">
          <ul>
            {m.cohorts.map((c) => (
              <li key={c.id}>
                {t("measures.cohort", { name: c.name, from: c.startYear, to: c.endYear })}:{" "}
                {c.participations.map((p) => p.network.name).join(", ")}
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}
      {m.semesters.length ? (
        <DataTable caption={t("measures.semesterPlan")} captionClassName="text-left text-lg font-semibold" zebra>
          <TableHead>
            <TableRow>
              {m.cohorts.length ? <TableHeaderCell scope="col">{t("measures.cohortColumn")}</TableHeaderCell> : null}
              <TableHeaderCell scope="col">{t("measures.semesterNo")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("measures.semesterColumn")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("measures.focus")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("measures.betweenWork")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {m.semesters.map((s) => (
              <TableRow key={s.id}>
                {m.cohorts.length ? <TableCell>{s.cohort?.name ?? "–"}</TableCell> : null}
                <TableCell>{s.number}</TableCell>
                <TableCell>{formatSemester(s)}</TableCell>
                <TableCell>{s.focus ?? "–"}</TableCell>
                <TableCell className="whitespace-pre-line">{s.betweenWork ?? "–"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      ) : null}

      <PageSection title={t("measures.gatherings")}>
        <div className="flex flex-wrap items-center gap-3">
          <Paragraph>{t("measures.noShowRate", { rate: pct(attendance.noShowRate) })}</Paragraph>
          {planning.can.planGatherings ? (
            <Button asChild>
              <NextLink href={`/tiltak/${m.id}/samlinger/ny`}>{t("measures.newGathering")}</NextLink>
            </Button>
          ) : null}
        </div>
        <DataTable caption={t("measures.gatherings")} zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("measures.gatheringNo")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("common.name")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("measures.when")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("measures.where")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("measures.networks")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("measures.tracks")}</TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("measures.attendanceColumn")}
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {m.gatherings.length === 0 ? (
              <TableRow>
                <TableCell colSpan={7}>{t("measures.noGatherings")}</TableCell>
              </TableRow>
            ) : (
              m.gatherings.map((g) => {
                const f = attendance.figures.get(g.id);
                return (
                  <TableRow key={g.id}>
                    <TableCell>{g.number ?? "–"}</TableCell>
                    <TableCell>
                      <AppLink href={`/samlinger/${g.id}`}>{g.title}</AppLink>
                      {g.cancelled ? (
                        <Tag data-color="danger" className="ml-2">
                          {t("measures.cancelled")}
                        </Tag>
                      ) : null}
                      {g.theme ? <span className="block text-sm">{g.theme}</span> : null}
                      <span className="block text-sm">
                        {t(`measures.formats.${g.format}`)}, {t(`measures.lengths.${g.length}`).toLowerCase()}
                      </span>
                    </TableCell>
                    <TableCell>
                      {formatDate(g.startsAt)}, {formatTime(g.startsAt)}–{formatTime(g.endsAt)}
                    </TableCell>
                    <TableCell>{g.place ?? (g.format === "DIGITAL" ? t("measures.formats.DIGITAL") : "–")}</TableCell>
                    <TableCell>{g.networks.map((n) => n.network.name).join(", ") || "–"}</TableCell>
                    <TableCell>
                      {g.tracks.length ? (
                        <ul>
                          {g.tracks.map((tr) => (
                            <li key={tr.id}>
                              <span className="font-semibold">{tr.name}</span>
                              {tr.theme ? `: ${tr.theme}` : ""}
                              {tr.facilitators.length ? (
                                <span className="block text-sm">
                                  {t("measures.facilitators")}:{" "}
                                  {tr.facilitators
                                    .map((fa) => fa.person?.name ?? fa.name ?? fa.organisation?.name)
                                    .filter(Boolean)
                                    .join(", ")}
                                </span>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        "–"
                      )}
                    </TableCell>
                    <TableCell className="num">
                      {f ? t("measures.attendanceCell", { present: f.present, registered: f.registered }) : "–"}
                    </TableCell>
                  </TableRow>
                );
              })
            )}
          </TableBody>
        </DataTable>
      </PageSection>

      {options && planning.can.plan ? (
        <Details>
          <DetailsSummary>{t("measureForm.editDetails")}</DetailsSummary>
          <DetailsContent>
            <MeasureDetailsForm
              id={m.id}
              version={m.version}
              reportMeasures={options.reportMeasures}
              value={{
                name: m.name,
                scheme: m.scheme,
                goal: m.goal,
                targetGroup: m.targetGroup,
                content: m.content,
                organisation: m.organisation,
                obligations: m.obligations,
                reportMeasureId: m.reportMeasureId,
              }}
            />
          </DetailsContent>
        </Details>
      ) : null}
      {options && planning.can.plan && m.isJoint ? (
        <Details>
          <DetailsSummary>{t("measureForm.editParticipation")}</DetailsSummary>
          <DetailsContent>
            <ParticipationForm
              id={m.id}
              version={m.version}
              cohorts={m.cohorts.map((c) => ({
                cohortId: c.id,
                name: c.name,
                startYear: c.startYear,
                endYear: c.endYear,
              }))}
              networks={planning.countyNetworks.map((n) => {
                const p = m.participations.find((x) => x.networkId === n.id);
                const cohort = p?.cohortId ? m.cohorts.find((c) => c.id === p.cohortId) : null;
                return { id: n.id, name: n.name, cohort: !p ? "" : cohort ? String(cohort.number) : "0" };
              })}
            />
          </DetailsContent>
        </Details>
      ) : null}
      {options && planning.can.plan ? (
        <Details>
          <DetailsSummary>{t("measureForm.editContributors")}</DetailsSummary>
          <DetailsContent>
            <ContributorsForm
              id={m.id}
              version={m.version}
              uhOrgs={options.uhOrgs}
              uhPeople={options.uhPeople}
              contributors={m.contributors.map((c) => ({
                organisationId: c.organisationId ?? "",
                personId: c.personId,
                role: c.role,
              }))}
            />
          </DetailsContent>
        </Details>
      ) : null}
      {options && planning.can.planGatherings ? (
        <Details>
          <DetailsSummary>{t("measureForm.editSemesters")}</DetailsSummary>
          <DetailsContent>
            <SemesterPlanForm
              id={m.id}
              version={m.version}
              cohorts={cohortOptions}
              semesters={m.semesters.map((s) => ({
                semesterId: s.id,
                cohort: s.cohort ? String(s.cohort.number) : "0",
                term: s.term,
                year: s.year,
                focus: s.focus,
                betweenWork: s.betweenWork,
              }))}
            />
          </DetailsContent>
        </Details>
      ) : null}
    </article>
  );
}
