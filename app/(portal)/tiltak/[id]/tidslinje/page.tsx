import { getTranslations } from "next-intl/server";
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
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
 * The measure's progress plan (like seed 001's): semesters across, and per
 * cohort a row with its semesters (number and focus) and a row per network
 * with its gatherings in each semester.
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
  const columns = [...new Map([...m.semesters.map((s) => ({ term: s.term, year: s.year })), ...m.gatherings.map((g) => semesterOf(g.startsAt))].map((s) => [semesterOrdinal(s), s])).values()].sort(compareSemesters);
  type Group = { key: string; name: string; cohortId: string | null; all: boolean; networks: { id: string; name: string }[] };
  const groups: Group[] = m.cohorts.length
    ? m.cohorts.map((c) => ({ key: c.id, name: c.name, cohortId: c.id, all: false, networks: c.participations.map((p) => p.network) }))
    : [{ key: "all", name: m.name, cohortId: null, all: true, networks: m.isJoint ? m.participations.map((p) => p.network) : m.ownerNetwork ? [m.ownerNetwork] : [] }];
  // With cohorts, what belongs to none of them gets a row group of its own.
  const withoutCohort = m.participations.filter((p) => !p.cohortId).map((p) => p.network);
  if (m.cohorts.length && (withoutCohort.length || m.gatherings.some((g) => !g.cohortId) || m.semesters.some((s) => !s.cohortId))) {
    const networkIds = new Set(m.gatherings.filter((g) => !g.cohortId).flatMap((g) => g.networks.map((n) => n.networkId)));
    const extra = m.participations.filter((p) => networkIds.has(p.networkId) && p.cohortId).map((p) => p.network);
    groups.push({ key: "none", name: t("noCohort"), cohortId: null, all: false, networks: [...withoutCohort, ...extra] });
  }
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro", { measure: m.name })}>
        <AppLink href={`/tiltak/${m.id}`}>{t("back", { measure: m.name })}</AppLink>
      </PageHeading>
      {columns.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <div className="overflow-x-auto">
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
                    const s = m.semesters.find((x) => (grp.all || x.cohortId === grp.cohortId) && x.term === c.term && x.year === c.year);
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
                      const here = m.gatherings.filter((g) => (grp.all || g.cohortId === grp.cohortId) && g.networks.some((x) => x.networkId === n.id) && ordinalOf(g) === semesterOrdinal(c));
                      return (
                        <TableCell key={semesterOrdinal(c)}>
                          <ul>
                            {here.map((g) => (
                              <li key={g.id} className="text-sm">
                                <AppLink href={`/samlinger/${g.id}`}>{g.number ? t("gathering", { n: g.number }) : g.title}</AppLink> {formatShortDate(g.startsAt)}
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
        </div>
      )}
    </>
  );
}
