import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { requireActor } from "@/lib/session";
import { getMeasure } from "@/lib/measures/queries";
import { orNotFound } from "@/lib/not-found";
import { formatDate, formatTime } from "@/lib/dates";
import { semesterLabel } from "@/lib/semesters";

/** One read per request, shared by the page and its metadata. */
const load = cache(async (id: string) => orNotFound(getMeasure(await requireActor(), id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const m = await load((await params).id);
  return { title: m.name };
}

function Block({ title, text }: { title: string; text: string | null }) {
  if (!text) return null;
  return (
    <section className="flex flex-col gap-2">
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      <div className="max-w-prose whitespace-pre-line">{text}</div>
    </section>
  );
}

export default async function MeasurePage({ params }: { params: Promise<{ id: string }> }) {
  const m = await load((await params).id);
  const t = await getTranslations();
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
          {t("measures.networks")}: {(m.isJoint ? m.participations.map((p) => p.network.name) : m.ownerNetwork ? [m.ownerNetwork.name] : []).join(", ") || "–"}
        </Paragraph>
      </header>
      <Block title={t("measures.goal")} text={m.goal} />
      <Block title={t("measures.targetGroup")} text={m.targetGroup} />
      <Block title={t("measures.content")} text={m.content} />
      <Block title={t("measures.organisation")} text={m.organisation} />
      <Block title={t("measures.obligations")} text={m.obligations} />
      {m.contributors.length ? (
        <section className="flex flex-col gap-2">
          <Heading level={2} data-size="xs">
            {t("measures.contributors")}
          </Heading>
          <ul>
            {m.contributors.map((c) => (
              <li key={c.id}>{[c.organisation?.name, c.person?.name, c.role].filter(Boolean).join(" – ")}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {m.cohorts.length ? (
        <section className="flex flex-col gap-2">
          <Heading level={2} data-size="xs">
            {t("measures.cohorts")}
          </Heading>
          <ul>
            {m.cohorts.map((c) => (
              <li key={c.id}>
                {t("measures.cohort", { name: c.name, from: c.startYear, to: c.endYear })}: {c.participations.map((p) => p.network.name).join(", ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {m.semesters.length ? (
        <Table zebra>
          <caption className="text-left text-lg font-semibold">{t("measures.semesterPlan")}</caption>
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
                <TableCell>{semesterLabel(s)}</TableCell>
                <TableCell>{s.focus ?? "–"}</TableCell>
                <TableCell className="whitespace-pre-line">{s.betweenWork ?? "–"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <Table zebra>
        <caption className="text-left text-lg font-semibold">{t("measures.gatherings")}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("measures.gatheringNo")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("common.name")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("measures.when")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("measures.where")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("measures.networks")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("measures.tracks")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {m.gatherings.length === 0 ? (
            <TableRow>
              <TableCell colSpan={6}>{t("measures.noGatherings")}</TableCell>
            </TableRow>
          ) : (
            m.gatherings.map((g) => (
              <TableRow key={g.id}>
                <TableCell>{g.number}</TableCell>
                <TableCell>
                  <span className="font-semibold">{g.title}</span>
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
                              {t("measures.facilitators")}: {tr.facilitators.map((f) => f.person?.name ?? f.name ?? f.organisation?.name).filter(Boolean).join(", ")}
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "–"
                  )}
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </article>
  );
}
