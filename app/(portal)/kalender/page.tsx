import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { listFeeds, listMyGatherings } from "@/lib/gatherings/queries";
import { feedPath } from "@/lib/gatherings/calendar";
import { isMonth, monthGrid, shiftMonth } from "@/lib/calendar-month";
import { osloDateString, osloDateTime } from "@/lib/dates";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { publicUrl } from "@/lib/public-url";

export async function generateMetadata() {
  const t = await getTranslations("calendar");
  return { title: t("title") };
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/** A month of the gatherings in the person's networks, with links to subscribe to them in a calendar program. */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ maned?: string }> }) {
  const { formatTime, formatDate, formatMonth } = await getDates();
  const tc = await getTranslations("common");
  const actor = await requireActor();
  const { maned } = await searchParams;
  const month = isMonth(maned) ? maned : osloDateString(new Date()).slice(0, 7);
  const from = osloDateTime(`${month}-01`, "00:00");
  const to = osloDateTime(`${shiftMonth(month, 1)}-01`, "00:00");
  const [t, gatherings, feeds] = await Promise.all([
    getTranslations("calendar"),
    listMyGatherings(actor, from, to),
    listFeeds(actor),
  ]);
  const byDay = new Map<string, typeof gatherings>();
  for (const g of gatherings)
    byDay.set(osloDateString(g.startsAt), [...(byDay.get(osloDateString(g.startsAt)) ?? []), g]);
  const monthName = formatMonth(month);
  const days = [...byDay.keys()].filter((d) => d.startsWith(month)).sort();
  /** What a gathering is called in the calendar: its measure first (several measures meet in one month), then which gathering. */
  const label = (g: (typeof gatherings)[number]) =>
    `${g.measure.name} – ${g.number ? tc("gatheringNumber", { n: g.number }) : g.title}`;
  const base = publicUrl();
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <nav aria-label={t("monthNav")} className="mb-4 flex flex-wrap items-center gap-4">
        <AppLink href={`/kalender?maned=${shiftMonth(month, -1)}`}>{t("previous")}</AppLink>
        <span className="text-lg font-semibold" aria-live="polite">
          {monthName}
        </span>
        <AppLink href={`/kalender?maned=${shiftMonth(month, 1)}`}>{t("next")}</AppLink>
      </nav>
      {/* On a phone seven columns cannot be read: the month is a list of the days that have gatherings. */}
      <ol className="flex flex-col gap-4 md:hidden" aria-label={t("caption", { month: monthName })}>
        {days.map((day) => (
          <li key={day}>
            <Heading level={2} data-size="2xs">
              {formatDate(osloDateTime(day, "12:00"))}
            </Heading>
            <ul className="mt-1 flex flex-col gap-2">
              {byDay.get(day)!.map((g) => (
                <li key={g.id}>
                  <AppLink href={`/samlinger/${g.id}`}>{label(g)}</AppLink>
                  <span className="block text-sm">
                    {formatTime(g.startsAt)}
                    {g.cancelled ? ` (${t("cancelled")})` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div className="hidden md:block">
        <DataTable caption={t("caption", { month: monthName })} className="table-fixed">
          <TableHead>
            <TableRow>
              {WEEKDAYS.map((d) => (
                <TableHeaderCell key={d} scope="col">
                  <abbr title={t(`days.${d}`)}>{t(`short.${d}`)}</abbr>
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {monthGrid(month).map((week) => (
              <TableRow key={week[0]!.date}>
                {week.map((day) => {
                  const list = byDay.get(day.date) ?? [];
                  return (
                    <TableCell
                      key={day.date}
                      className={`h-24 align-top ${day.inMonth ? "" : "bg-neutral-background-tinted text-neutral-text-subtle"}`}
                    >
                      <span className="block text-sm">{Number(day.date.slice(8))}.</span>
                      <ul className="flex flex-col gap-1">
                        {list.map((g) => (
                          <li key={g.id} className="text-sm">
                            <AppLink href={`/samlinger/${g.id}`}>{label(g)}</AppLink>
                            <span className="block">
                              {formatTime(g.startsAt)}
                              {g.cancelled ? ` (${t("cancelled")})` : ""}
                            </span>
                          </li>
                        ))}
                      </ul>
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      </div>
      {gatherings.length === 0 ? <Paragraph className="mt-4">{t("none")}</Paragraph> : null}
      <div className="mt-8">
        <PageSection title={t("feedsTitle")}>
          <Paragraph>{t("feedsIntro")}</Paragraph>
          <ul className="flex flex-col gap-2">
            {feeds.networks.map((n) => {
              const path = feedPath("nettverk", n.id, actor.personId);
              return path ? (
                <li key={n.id}>
                  <AppLink href={`${base}${path}`}>{t("networkFeed", { name: n.name })}</AppLink>
                </li>
              ) : null;
            })}
            {feeds.measures.map((m) => {
              const path = feedPath("tiltak", m.id, actor.personId);
              return path ? (
                <li key={m.id}>
                  <AppLink href={`${base}${path}`}>{t("measureFeed", { name: m.name })}</AppLink>
                </li>
              ) : null;
            })}
          </ul>
        </PageSection>
      </div>
    </>
  );
}
