import { TableRegion } from "@/components/ui/table-region";
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { buildTimeline, type Timeline } from "@/lib/measures/timeline";
import { PageSection } from "@/components/ui/page-section";
import { requireActor } from "@/lib/session";
import { getMeasure } from "@/lib/measures/queries";
import { orNotFound } from "@/lib/not-found";
import { getDates } from "@/lib/i18n/dates";
import { compareSemesters, semesterOf, semesterOrdinal } from "@/lib/semesters";
import { PageHeading } from "@/components/ui/page-heading";
import { AppLink } from "@/components/ui/app-link";

export async function generateMetadata() {
  const t = await getTranslations("timeline");
  return { title: t("title") };
}

/**
 * The measure's progress plan (like seed 001's), three ways from one
 * description (lib/measures/timeline.ts): a chart on a month axis — per
 * cohort its semesters as bands, per network its gatherings in their month
 * and the assignment running to the next — from md up; the same as a list on
 * a phone; and a table (semesters across) for everyone.
 */
export default async function TimelinePage({ params }: { params: Promise<{ id: string }> }) {
  const { formatShortDate, formatSemester } = await getDates();
  const { id } = await params;
  const m = await orNotFound(getMeasure(await requireActor(), id));
  const t = await getTranslations("timeline");
  const ordinalOf = (g: (typeof m.gatherings)[number]) => {
    const s = m.semesters.find((x) => x.id === g.semesterId);
    return semesterOrdinal(s ?? semesterOf(g.startsAt));
  };
  const columns = [
    ...new Map(
      [
        ...m.semesters.map((s) => ({ term: s.term, year: s.year })),
        ...m.gatherings.map((g) => semesterOf(g.startsAt)),
      ].map((s) => [semesterOrdinal(s), s]),
    ).values(),
  ].sort(compareSemesters);
  type Group = {
    key: string;
    name: string;
    cohortId: string | null;
    all: boolean;
    networks: { id: string; name: string }[];
  };
  const groups: Group[] = m.cohorts.length
    ? m.cohorts.map((c) => ({
        key: c.id,
        name: c.name,
        cohortId: c.id,
        all: false,
        networks: c.participations.map((p) => p.network),
      }))
    : [
        {
          key: "all",
          name: m.name,
          cohortId: null,
          all: true,
          networks: m.isJoint ? m.participations.map((p) => p.network) : m.ownerNetwork ? [m.ownerNetwork] : [],
        },
      ];
  // With cohorts, what belongs to none of them gets a row group of its own.
  const withoutCohort = m.participations.filter((p) => !p.cohortId).map((p) => p.network);
  if (
    m.cohorts.length &&
    (withoutCohort.length || m.gatherings.some((g) => !g.cohortId) || m.semesters.some((s) => !s.cohortId))
  ) {
    const networkIds = new Set(
      m.gatherings.filter((g) => !g.cohortId).flatMap((g) => g.networks.map((n) => n.networkId)),
    );
    const extra = m.participations.filter((p) => networkIds.has(p.networkId) && p.cohortId).map((p) => p.network);
    groups.push({
      key: "none",
      name: t("noCohort"),
      cohortId: null,
      all: false,
      networks: [...withoutCohort, ...extra],
    });
  }
  const timeline = buildTimeline({
    semesters: m.semesters,
    gatherings: m.gatherings.map((g) => ({ ...g, networkIds: g.networks.map((n) => n.networkId) })),
    groups,
  });
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro", { measure: m.name })}>
        <AppLink href={`/tiltak/${m.id}`}>{t("back", { measure: m.name })}</AppLink>
      </PageHeading>
      {columns.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <>
          <PageSection title={t("planTitle")}>
            <TimelineChart timeline={timeline} />
            <TimelineList timeline={timeline} />
          </PageSection>
          <div className="mt-8" />
          <PageSection title={t("tableTitle")}>
            <TableRegion label={t("caption", { measure: m.name })}>
              <Table className="min-w-max">
                <caption className="sr-only">{t("caption", { measure: m.name })}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("row")}</TableHeaderCell>
                    {columns.map((c) => (
                      <TableHeaderCell key={semesterOrdinal(c)} scope="col">
                        {formatSemester(c)}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHead>
                {groups.map((grp) => (
                  <TableBody key={grp.key}>
                    <TableRow>
                      <TableHeaderCell scope="row" className="font-semibold">
                        {grp.name}
                      </TableHeaderCell>
                      {columns.map((c) => {
                        const s = m.semesters.find(
                          (x) => (grp.all || x.cohortId === grp.cohortId) && x.term === c.term && x.year === c.year,
                        );
                        return (
                          <TableCell key={semesterOrdinal(c)} className={s ? "bg-accent-surface-tinted" : undefined}>
                            {s ? (
                              <>
                                <span className="font-semibold">{t("semester", { n: s.number })}</span>
                                {s.focus ? <span className="block text-sm">{s.focus}</span> : null}
                              </>
                            ) : null}
                          </TableCell>
                        );
                      })}
                    </TableRow>
                    {grp.networks.map((n) => (
                      <TableRow key={`${grp.key}-${n.id}`}>
                        <TableHeaderCell scope="row" className="pl-6 font-normal">
                          {n.name}
                        </TableHeaderCell>
                        {columns.map((c) => {
                          const here = m.gatherings.filter(
                            (g) =>
                              (grp.all || g.cohortId === grp.cohortId) &&
                              g.networks.some((x) => x.networkId === n.id) &&
                              ordinalOf(g) === semesterOrdinal(c),
                          );
                          return (
                            <TableCell key={semesterOrdinal(c)}>
                              <ul>
                                {here.map((g) => (
                                  <li key={g.id} className="text-sm">
                                    <AppLink href={`/samlinger/${g.id}`}>
                                      {g.number ? t("gathering", { n: g.number }) : g.title}
                                    </AppLink>{" "}
                                    {formatShortDate(g.startsAt)}
                                    <span className="block">{t(`format.${g.format}`)}</span>
                                  </li>
                                ))}
                              </ul>
                            </TableCell>
                          );
                        })}
                      </TableRow>
                    ))}
                  </TableBody>
                ))}
              </Table>
            </TableRegion>
          </PageSection>
        </>
      )}
    </>
  );
}

const LABEL_COLUMN = 2; // grid column where the months start (1 is the row names)

/** Where a gathering's marker and the assignment after it go: the visible text is short, the link's name says it all. */
async function timelineText() {
  const [t, dates] = await Promise.all([getTranslations("timeline"), getDates()]);
  const tf = await getTranslations("gatheringForm.assignments");
  const name = (g: Timeline["groups"][number]["networks"][number]["gatherings"][number]["g"]) =>
    g.number ? t("gathering", { n: g.number }) : g.title;
  const describe = (x: Timeline["groups"][number]["networks"][number]["gatherings"][number]) =>
    `${name(x.g)}, ${dates.formatShortDate(x.g.startsAt)}, ${t(`format.${x.g.format}`)}`;
  return { t, dates, tf, name, describe };
}

/** From md up: the month axis, semesters as bands, gatherings as marks, the work between them as bars. Links are in reading order (keyboard). */
async function TimelineChart({ timeline }: { timeline: Timeline }) {
  const { t, dates, tf, describe } = await timelineText();
  const months = timeline.months;
  const years = [...new Set(months.map((m) => m.slice(0, 4)))].map((y) => ({
    y,
    from: months.findIndex((m) => m.startsWith(y)),
    to: months.findLastIndex((m) => m.startsWith(y)),
  }));
  let row = 1;
  const cells: React.ReactNode[] = [];
  cells.push(
    ...years.map((y) => (
      <div
        key={`y${y.y}`}
        className="border-l border-neutral-border-subtle pl-1 text-sm font-semibold"
        style={{ gridRow: row, gridColumn: `${y.from + LABEL_COLUMN} / ${y.to + LABEL_COLUMN + 1}` }}
      >
        {y.y}
      </div>
    )),
  );
  row++;
  cells.push(
    ...months.map((m, i) => (
      <div
        key={`m${m}`}
        className="border-l border-neutral-border-subtle pl-1 text-xs text-neutral-text-subtle"
        style={{ gridRow: row, gridColumn: i + LABEL_COLUMN }}
      >
        {dates.formatMonthShort(m)}
      </div>
    )),
  );
  for (const grp of timeline.groups) {
    row++;
    cells.push(
      <div key={`g${grp.key}`} className="pr-2 font-semibold" style={{ gridRow: row, gridColumn: 1 }}>
        {grp.name}
      </div>,
      ...grp.bands.map((b) => (
        <div
          key={`b${b.semester.id}`}
          className="min-w-0 overflow-hidden rounded bg-accent-surface-tinted px-1 text-sm"
          style={{ gridRow: row, gridColumn: `${b.from + LABEL_COLUMN} / ${b.to + LABEL_COLUMN + 1}` }}
          title={b.semester.focus ?? undefined}
        >
          <span className="font-semibold">{t("semester", { n: b.semester.number })}</span>{" "}
          <span className="whitespace-nowrap">{dates.formatSemester(b.semester)}</span>
          {b.semester.focus ? <span className="block truncate">{b.semester.focus}</span> : null}
        </div>
      )),
    );
    for (const n of grp.networks) {
      row++;
      const byMonth = new Map<number, typeof n.gatherings>();
      for (const x of n.gatherings) byMonth.set(x.month, [...(byMonth.get(x.month) ?? []), x]);
      cells.push(
        <div
          key={`n${grp.key}${n.id}`}
          className="pl-3 pr-2 text-sm"
          style={{ gridRow: `${row} / ${row + 2}`, gridColumn: 1 }}
        >
          {n.name}
        </div>,
        ...[...byMonth].map(([month, list]) => (
          <div
            key={`x${grp.key}${n.id}${month}`}
            className="flex min-w-0 flex-wrap gap-0.5"
            style={{ gridRow: row, gridColumn: month + LABEL_COLUMN }}
          >
            {list.map((x) => (
              <AppLink
                key={x.g.id}
                href={`/samlinger/${x.g.id}`}
                label={describe(x)}
                className={`rounded-full border px-1 text-xs font-semibold no-underline ${x.g.format === "DIGITAL" ? "border-dashed" : ""}`}
              >
                {x.g.number ? t("short", { n: x.g.number }) : "•"}
              </AppLink>
            ))}
          </div>
        )),
        ...n.gatherings
          .filter((x) => x.assignment)
          .map((x) => (
            <div
              key={`a${grp.key}${n.id}${x.g.id}`}
              className="min-w-0 truncate border-t-2 border-accent-border-default text-xs"
              style={{
                gridRow: row + 1,
                gridColumn: `${x.month + LABEL_COLUMN} / ${Math.max(x.assignment!.until, x.month + 1) + LABEL_COLUMN}`,
              }}
              title={tf(x.assignment!.kind)}
            >
              {tf(x.assignment!.kind)}
            </div>
          )),
      );
      row++;
    }
  }
  return (
    <div className="hidden md:block">
      <TableRegion label={t("chartLabel")}>
        <div
          className="grid items-start gap-y-1 text-neutral-text-default"
          style={{ gridTemplateColumns: `minmax(9rem, 14rem) repeat(${months.length}, minmax(2.25rem, 1fr))` }}
        >
          {cells}
        </div>
      </TableRegion>
      <Paragraph className="mt-2 text-sm">{t("legend")}</Paragraph>
    </div>
  );
}

/** On a phone: the same plan as a list, per cohort its semesters and per network its gatherings with what runs to the next. */
async function TimelineList({ timeline }: { timeline: Timeline }) {
  const { t, dates, tf, name, describe } = await timelineText();
  return (
    <div className="flex flex-col gap-6 md:hidden">
      {timeline.groups.map((grp) => (
        <div key={grp.key} className="flex flex-col gap-2">
          <Heading level={3} data-size="xs">
            {grp.name}
          </Heading>
          {grp.bands.length ? (
            <ul className="flex flex-col gap-1">
              {grp.bands.map((b) => (
                <li key={b.semester.id}>
                  <span className="font-semibold">{t("semester", { n: b.semester.number })}</span> –{" "}
                  {dates.formatSemester(b.semester)}
                  {b.semester.focus ? `: ${b.semester.focus}` : ""}
                </li>
              ))}
            </ul>
          ) : null}
          {grp.networks.map((n) => (
            <div key={n.id}>
              <p className="font-semibold">{n.name}</p>
              <ol className="flex flex-col gap-1 border-l-2 border-accent-border-subtle pl-3">
                {n.gatherings.map((x, i) => (
                  <li key={x.g.id}>
                    <AppLink href={`/samlinger/${x.g.id}`}>{name(x.g)}</AppLink> {dates.formatShortDate(x.g.startsAt)},{" "}
                    {t(`format.${x.g.format}`)}
                    {x.assignment ? (
                      <span className="block text-sm">
                        {t("until", { assignment: tf(x.assignment.kind), next: name(n.gatherings[i + 1]!.g) })}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
