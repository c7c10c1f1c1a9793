import { DataTable } from "@/components/ui/data-table";
import { cache } from "react";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import {
  Alert,
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
import { getGathering, gatheringFormOptions } from "@/lib/gatherings/queries";
import { EVALUATION_QUESTIONS } from "@/lib/gatherings/schema";
import type { Figures } from "@/lib/gatherings/stats";
import { orNotFound } from "@/lib/not-found";
import { evaluationOpen } from "@/lib/gatherings/policy";
import { osloClock, osloDateString } from "@/lib/dates";
import { getDates } from "@/lib/i18n/dates";
import { AppLink } from "@/components/ui/app-link";
import { PageSection } from "@/components/ui/page-section";
import {
  CancelGatheringForm,
  CancelRegistrationButton,
  CopyGatheringForm,
  GatheringForm,
  RegistrationForm,
} from "../gathering-forms";
import { publicUrl } from "@/lib/public-url";

const load = cache(async (id: string) => orNotFound(getGathering(await requireActor(), id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { formatDate } = await getDates();
  const g = await load((await params).id);
  return { title: `${g.title}, ${formatDate(g.startsAt)}` };
}

/** Figures per group; the group without a name ("") is shown as `none`. */
function FiguresTable({
  caption,
  first,
  none,
  rows,
  labels,
}: {
  caption: string;
  first: string;
  none: string;
  rows: { group: string; figures: Figures }[];
  labels: Record<"registered" | "present" | "noShows" | "walkIns", string>;
}) {
  return (
    <DataTable caption={caption} captionClassName="text-left font-semibold">
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">{first}</TableHeaderCell>
          {(["registered", "present", "noShows", "walkIns"] as const).map((k) => (
            <TableHeaderCell key={k} scope="col" className="num">
              {labels[k]}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.group}>
            <TableHeaderCell scope="row">{r.group || none}</TableHeaderCell>
            <TableCell className="num">{r.figures.registered}</TableCell>
            <TableCell className="num">{r.figures.present}</TableCell>
            <TableCell className="num">{r.figures.noShows}</TableCell>
            <TableCell className="num">{r.figures.walkIns}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}

export default async function GatheringPage({ params }: { params: Promise<{ id: string }> }) {
  const { formatDate, formatDateTime, formatTime, formatSemester } = await getDates();
  const { id } = await params;
  const [g, t] = await Promise.all([load(id), getTranslations()]);
  const tg = (k: string, v?: Record<string, string | number>) => t(`gathering.${k}` as "gathering.when", v);
  const options = g.can.plan || g.can.change ? await gatheringFormOptions(g.measure.id) : null;
  const tracks = g.tracks.map((tr) => ({ value: tr.id, label: tr.name }));
  const evaluationUrl = g.evaluationToken ? publicUrl(`/evaluering/${g.evaluationToken}`) : null;
  const others = g.measureNetworks
    .filter((n) => !g.networkIds.includes(n.id))
    .map((n) => ({ value: n.id, label: n.name }));
  const f = g.figures;
  const figureLabels = {
    registered: tg("figures.registered"),
    present: tg("figures.present"),
    noShows: tg("figures.noShows"),
    walkIns: tg("figures.walkIns"),
  };
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <Heading level={1} data-size="lg">
          {g.number ? `${t("common.gatheringNumber", { n: g.number })}: ` : ""}
          {g.title}
        </Heading>
        <Paragraph>
          <AppLink href={`/tiltak/${g.measure.id}`}>{g.measure.name}</AppLink>
          {g.semester ? ` · ${tg("semesterLine", { n: g.semester.number, semester: formatSemester(g.semester) })}` : ""}
          {g.cohort ? ` · ${g.cohort.name}` : ""}
        </Paragraph>
        <div className="flex flex-wrap gap-2">
          <Tag data-color="info">{t(`measures.formats.${g.format}`)}</Tag>
          <Tag data-color="neutral">{t(`measures.lengths.${g.length}`)}</Tag>
          {g.cancelled ? <Tag data-color="danger">{t("measures.cancelled")}</Tag> : null}
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{tg("when")}</dt>
          <dd>
            {formatDate(g.startsAt)}, {formatTime(g.startsAt)}–{formatTime(g.endsAt)}
          </dd>
          <dt className="font-semibold">{tg("where")}</dt>
          <dd>
            {g.format === "DIGITAL" ? (
              g.meetingUrl ? (
                <AppLink href={g.meetingUrl}>{tg("digitalLink")}</AppLink>
              ) : (
                t("measures.formats.DIGITAL")
              )
            ) : (
              (g.place ?? "–")
            )}
          </dd>
          <dt className="font-semibold">{tg("networks")}</dt>
          <dd>{g.networks.map((n) => n.network.name).join(", ")}</dd>
          {g.theme ? (
            <>
              <dt className="font-semibold">{tg("theme")}</dt>
              <dd className="whitespace-pre-line">{g.theme}</dd>
            </>
          ) : null}
          {g.assignmentKind ? (
            <>
              <dt className="font-semibold">{tg("assignment")}</dt>
              <dd className="whitespace-pre-line">
                {t(`gatheringForm.assignments.${g.assignmentKind}`)}
                {g.assignmentText ? `: ${g.assignmentText}` : ""}
              </dd>
            </>
          ) : null}
          <dt className="font-semibold">{tg("registration")}</dt>
          <dd>
            {g.registrationDeadline
              ? tg("deadline", { date: formatDateTime(g.registrationDeadline) })
              : tg("noDeadline")}
            {g.capacity ? ` · ${tg("capacity", { count: g.capacity })}` : ""}
          </dd>
        </dl>
      </header>

      {g.tracks.length ? (
        <DataTable caption={tg("tracks")} captionClassName="text-left text-lg font-semibold" zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{tg("track")}</TableHeaderCell>
              <TableHeaderCell scope="col">{tg("trackTheme")}</TableHeaderCell>
              <TableHeaderCell scope="col">{tg("facilitators")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {g.tracks.map((tr) => (
              <TableRow key={tr.id}>
                <TableHeaderCell scope="row">{tr.name}</TableHeaderCell>
                <TableCell>{tr.theme ?? "–"}</TableCell>
                <TableCell>
                  {tr.facilitators
                    .map((fa) => fa.person?.name ?? fa.name ?? fa.organisation?.name)
                    .filter(Boolean)
                    .join(", ") || "–"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      ) : null}

      {g.can.seeFigures ? (
        <PageSection title={tg("figuresTitle")}>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label={tg("figuresTitle")}>
            {(
              [
                ["registered", f.registered],
                ["present", f.present],
                ["noShows", f.noShows],
                ["walkIns", f.walkIns],
                ["unmarked", f.unmarked],
              ] as const
            ).map(([k, v]) => (
              <div key={k} className="rounded border border-neutral-border-subtle p-3">
                <dt className="text-sm">{tg(`figures.${k}`)}</dt>
                <dd className="text-2xl font-semibold" data-figure={k}>
                  {v}
                </dd>
              </div>
            ))}
          </dl>
          {g.bySchool.length ? (
            <FiguresTable
              caption={tg("bySchool")}
              first={tg("school")}
              none={tg("noSchool")}
              rows={g.bySchool}
              labels={figureLabels}
            />
          ) : null}
          {g.byNetwork.length ? (
            <FiguresTable
              caption={tg("byNetwork")}
              first={tg("network")}
              none={tg("unknownNetwork")}
              rows={g.byNetwork}
              labels={figureLabels}
            />
          ) : null}
        </PageSection>
      ) : null}

      <PageSection title={tg("participants")}>
        <div className="flex flex-wrap gap-3">
          {g.can.run ? (
            <Button asChild>
              <NextLink href={`/samlinger/${g.id}/oppmote`}>{tg("takeAttendance")}</NextLink>
            </Button>
          ) : null}
          {g.registrations.length ? (
            <Button asChild variant="secondary">
              <a href={`/samlinger/${g.id}/deltakere`} download>
                {tg("exportXlsx")}
              </a>
            </Button>
          ) : null}
        </div>
        {g.registrations.length === 0 ? (
          <Paragraph>{g.can.run ? tg("noRegistrations") : tg("noOwnRegistrations")}</Paragraph>
        ) : (
          <DataTable caption={tg("participants")} zebra>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{tg("name")}</TableHeaderCell>
                <TableHeaderCell scope="col">{tg("email")}</TableHeaderCell>
                <TableHeaderCell scope="col">{tg("school")}</TableHeaderCell>
                <TableHeaderCell scope="col">{tg("track")}</TableHeaderCell>
                <TableHeaderCell scope="col">{tg("status")}</TableHeaderCell>
                {g.can.register ? <TableHeaderCell scope="col">{tg("change")}</TableHeaderCell> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {g.registrations.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">
                    {r.name}
                    {r.role ? <span className="block text-sm font-normal">{r.role}</span> : null}
                  </TableHeaderCell>
                  <TableCell>{r.email ?? "–"}</TableCell>
                  <TableCell>
                    {r.unitName ?? "–"}
                    {r.organisation ? <span className="block text-sm">{r.organisation.name}</span> : null}
                  </TableCell>
                  <TableCell>{r.track?.name ?? "–"}</TableCell>
                  <TableCell>
                    {r.status === "CANCELLED"
                      ? tg("cancelled")
                      : r.walkIn
                        ? tg("walkIn")
                        : tg(`attendance.${r.attendance}`)}
                  </TableCell>
                  {g.can.register ? (
                    <TableCell>
                      {r.status === "REGISTERED" && !r.walkIn ? (
                        <CancelRegistrationButton registrationId={r.id} name={r.name} />
                      ) : null}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        )}
      </PageSection>

      {g.registerFor.length ? (
        <PageSection title={tg("registerTitle")}>
          {g.can.register ? (
            <RegistrationForm
              gatheringId={g.id}
              organisations={g.registerFor.map((o) => ({ value: o.id, label: o.name }))}
              tracks={tracks}
            />
          ) : (
            <Alert data-color="info">
              <Paragraph>{tg("registrationClosed")}</Paragraph>
            </Alert>
          )}
        </PageSection>
      ) : null}

      {g.evaluation ? (
        <PageSection title={tg("evaluationTitle")}>
          {evaluationUrl && (g.can.run || g.can.plan) ? (
            <Paragraph>
              {tg("evaluationLink")} <AppLink href={evaluationUrl}>{evaluationUrl}</AppLink>
              {evaluationOpen(g, new Date()) ? null : (
                <span className="block">{t("evaluation.notYet", { date: formatDate(g.startsAt) })}</span>
              )}
            </Paragraph>
          ) : null}
          <Paragraph>{tg("evaluationCount", { count: g.evaluation.all.count })}</Paragraph>
          {g.evaluation.all.count ? (
            <DataTable caption={tg("evaluationTitle")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{tg("question")}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {tg("allTracks")}
                  </TableHeaderCell>
                  {g.evaluation.tracks.map((tr) => (
                    <TableHeaderCell key={tr.trackId} scope="col" className="num">
                      {tr.name} ({tr.count})
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {EVALUATION_QUESTIONS.map((q) => (
                  <TableRow key={q}>
                    <TableHeaderCell scope="row">{t(`evaluation.questions.${q}`)}</TableHeaderCell>
                    <TableCell className="num">
                      {g.evaluation!.all.averages[q]?.toLocaleString("nb-NO", { minimumFractionDigits: 1 }) ?? "–"}
                    </TableCell>
                    {g.evaluation!.tracks.map((tr) => (
                      <TableCell key={tr.trackId} className="num">
                        {tr.averages[q]?.toLocaleString("nb-NO", { minimumFractionDigits: 1 }) ?? "–"}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
          ) : null}
          {g.evaluation.comments.length ? (
            <ul className="flex flex-col gap-2">
              {g.evaluation.comments.map((c, i) => (
                <li key={i} className="border-l-4 border-accent-border-subtle pl-3 whitespace-pre-line">
                  {c.track ? <span className="font-semibold">{c.track}: </span> : null}
                  {c.comment}
                </li>
              ))}
            </ul>
          ) : null}
        </PageSection>
      ) : null}

      {options && g.can.plan && others.length ? (
        <Details>
          <DetailsSummary>{tg("copyTitle")}</DetailsSummary>
          <DetailsContent>
            <CopyGatheringForm id={g.id} networks={others} />
          </DetailsContent>
        </Details>
      ) : null}
      {g.can.change ? <CancelGatheringForm id={g.id} version={g.version} cancelled={g.cancelled} /> : null}
      {options && g.can.change ? (
        <Details>
          <DetailsSummary>{tg("editTitle")}</DetailsSummary>
          <DetailsContent>
            <GatheringForm
              id={g.id}
              version={g.version}
              semesters={options.semesters}
              networks={options.networks}
              people={options.people}
              value={{
                number: g.number,
                title: g.title,
                semesterId: g.semesterId,
                networkIds: g.networkIds,
                format: g.format,
                length: g.length,
                date: osloDateString(g.startsAt),
                startTime: osloClock(g.startsAt),
                endTime: osloClock(g.endsAt),
                place: g.place,
                meetingUrl: g.meetingUrl,
                theme: g.theme,
                assignmentKind: g.assignmentKind,
                assignmentText: g.assignmentText,
                capacity: g.capacity,
                registrationDeadline: g.registrationDeadline ? osloDateString(g.registrationDeadline) : null,
                tracks: g.tracks.map((tr) => ({
                  trackId: tr.id,
                  name: tr.name,
                  theme: tr.theme,
                  capacity: tr.capacity,
                  facilitatorIds: tr.facilitators.flatMap((fa) => (fa.person ? [fa.person.id] : [])),
                  facilitatorNames:
                    tr.facilitators.flatMap((fa) => (!fa.person && fa.name ? [fa.name] : [])).join(", ") || null,
                })),
              }}
            />
          </DetailsContent>
        </Details>
      ) : null}
    </article>
  );
}
