import { AppLink } from "@/components/ui/app-link";
import { getTranslations } from "next-intl/server";
import { Card, Heading, Paragraph } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getHomeData } from "@/lib/home/queries";
import { getDates } from "@/lib/i18n/dates";
import { Money } from "@/components/ui/money";
import { StatusTag } from "@/components/ui/status-tag";
import { PageHeading } from "@/components/ui/page-heading";
import { AnnualStatusTag } from "@/components/ui/annual-status-tag";
import { canListAnnualReports } from "@/lib/annual-reports/policy";
import { listExpectedAnnualReports } from "@/lib/annual-reports/queries";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("home") };
}

type ReportRow = {
  id: string;
  status: Parameters<typeof StatusTag>[0]["status"];
  round: { year: number };
  network: { name: string };
  leadOwner: { name: string };
  total: number;
};

async function ReportList({ reports, empty }: { reports: ReportRow[]; empty: string }) {
  if (reports.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ul className="flex flex-col gap-2">
      {reports.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center gap-3">
          <AppLink href={`/behovsmeldinger/${r.id}`}>
            {r.network.name} {r.round.year} – {r.leadOwner.name}
          </AppLink>
          <StatusTag status={r.status} />
          <Money amount={r.total} />
        </li>
      ))}
    </ul>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card data-color="neutral" className="flex flex-col gap-4">
      <Heading level={2} data-size="sm">
        {title}
      </Heading>
      {children}
    </Card>
  );
}

function SubHeading({ children }: { children: React.ReactNode }) {
  return (
    <Heading level={3} data-size="xs">
      {children}
    </Heading>
  );
}

export default async function HomePage() {
  const { formatDate, formatDateTime } = await getDates();
  const actor = await requireActor();
  const [t, data, annual] = await Promise.all([
    getTranslations(),
    getHomeData(actor),
    canListAnnualReports(actor) ? listExpectedAnnualReports(actor) : [],
  ]);
  const waiting = annual.filter((r) => !r.delivered);

  return (
    <>
      <PageHeading title={t("home.title", { name: actor.name })} intro={t("home.intro")} />
      <div className="flex flex-col gap-6">
        {data.owner.map(({ org, reports, openRounds }) => (
          <Section key={`owner-${org.id}`} title={t("home.owner.title", { org: org.name })}>
            <SubHeading>{t("home.owner.openRounds")}</SubHeading>
            {openRounds.length ? (
              <ul>
                {openRounds.map((r) => (
                  <li key={r.id}>
                    {t("home.owner.roundLine", { year: r.year, deadline: formatDateTime(r.deadline) })}
                  </li>
                ))}
              </ul>
            ) : (
              <Paragraph>{t("home.owner.noOpenRounds")}</Paragraph>
            )}
            {openRounds.length ? (
              <div>
                <AppLink href="/behovsmeldinger/ny">{t("home.owner.newReport")}</AppLink>
              </div>
            ) : null}
            <SubHeading>{t("home.owner.reports")}</SubHeading>
            <ReportList reports={reports} empty={t("home.owner.noReports")} />
          </Section>
        ))}

        {data.coordinator.map(({ network, reports, measures, upcoming }) => (
          <Section key={`coord-${network.id}`} title={t("home.coordinator.title", { network: network.name })}>
            <Paragraph>{t("home.coordinator.members", { count: network.memberCount })}</Paragraph>
            <SubHeading>{t("home.coordinator.reports")}</SubHeading>
            <ReportList reports={reports} empty={t("home.coordinator.noReports")} />
            <SubHeading>{t("home.coordinator.measures")}</SubHeading>
            <ul>
              {measures.map((m) => (
                <li key={m.id}>
                  <AppLink href={`/tiltak/${m.id}`}>{m.name}</AppLink>
                </li>
              ))}
            </ul>
            <SubHeading>{t("home.coordinator.upcoming")}</SubHeading>
            {upcoming.length ? (
              <ul>
                {upcoming.map((g) => (
                  <li key={g.id}>
                    {formatDateTime(g.startsAt)}: <AppLink href={`/tiltak/${g.measure.id}`}>{g.title}</AppLink>
                    {g.place ? ` – ${g.place}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <Paragraph>{t("home.coordinator.noUpcoming")}</Paragraph>
            )}
          </Section>
        ))}

        {data.uh.map(({ org, networks, measures, reports }) => (
          <Section key={`uh-${org.id}`} title={t("home.uh.title", { org: org.name })}>
            <SubHeading>{t("home.uh.reports")}</SubHeading>
            <ReportList reports={reports} empty={t("home.uh.noReports")} />
            <SubHeading>{t("home.uh.networks")}</SubHeading>
            <Paragraph>{networks.length ? networks.map((n) => n.name).join(", ") : t("common.none")}</Paragraph>
            <SubHeading>{t("home.uh.measures")}</SubHeading>
            <ul>
              {measures.map((m) => (
                <li key={m.id}>
                  <AppLink href={`/tiltak/${m.id}`}>{m.name}</AppLink>
                </li>
              ))}
            </ul>
          </Section>
        ))}

        {data.statsforvalter.map(({ county, rounds, budget, meetings }) => (
          <Section key={`sf-${county.id}`} title={t("home.statsforvalter.title", { county: county.name })}>
            <Paragraph>{t("home.statsforvalter.networks", { count: county.networkCount })}</Paragraph>
            <SubHeading>{t("home.statsforvalter.rounds")}</SubHeading>
            <ul className="flex flex-col gap-2">
              {rounds.map((r) => (
                <li key={r.id}>
                  <span className="font-semibold">{t("home.statsforvalter.round", { year: r.year })}</span>{" "}
                  {t("home.statsforvalter.deadline", { deadline: formatDateTime(r.deadline) })}
                  <ul className="ml-4 list-disc">
                    {Object.entries(r.counts).length ? (
                      Object.entries(r.counts).map(([status, count]) => (
                        <li key={status}>
                          {t(`status.${status as "SUBMITTED"}`)}: {count}
                        </li>
                      ))
                    ) : (
                      <li>{t("home.statsforvalter.noReports")}</li>
                    )}
                  </ul>
                </li>
              ))}
            </ul>
            {budget ? (
              <>
                <SubHeading>{t("home.statsforvalter.budget", { year: budget.year })}</SubHeading>
                <dl className="grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1">
                  <dt>{t("home.statsforvalter.allocated")}</dt>
                  <dd>
                    <Money amount={budget.allocated} />
                  </dd>
                  <dt>{t("home.statsforvalter.lines")}</dt>
                  <dd>
                    <Money amount={budget.reserved} />
                  </dd>
                  <dt>{t("home.statsforvalter.remainder")}</dt>
                  <dd>
                    <Money amount={budget.remainder} />
                  </dd>
                </dl>
                {/* Not in the heading: a link in a card's heading makes the whole card a link (Designsystemet). */}
                <div>
                  <AppLink href={`/budsjett/${budget.id}`}>
                    {t("home.statsforvalter.toBudget", { year: budget.year })}
                  </AppLink>
                </div>
              </>
            ) : null}
            {meetings[0] ? (
              <>
                <SubHeading>
                  {meetings[0].startsAt > new Date()
                    ? t("home.statsforvalter.nextMeeting")
                    : t("home.statsforvalter.lastMeeting")}
                </SubHeading>
                <Paragraph>
                  <AppLink href={`/samarbeidsforum/moter/${meetings[0].id}`}>{meetings[0].title}</AppLink>,{" "}
                  {formatDate(meetings[0].startsAt)} –{" "}
                  {t("home.statsforvalter.cases", { count: meetings[0]._count.cases })}
                </Paragraph>
              </>
            ) : null}
          </Section>
        ))}

        {waiting.length ? (
          <Section title={t("home.annual.title")}>
            <ul className="flex flex-col gap-2">
              {waiting.slice(0, 8).map((r) => (
                <li key={r.key} className="flex flex-wrap items-center gap-3">
                  <span>
                    {t("home.annual.line", {
                      measure: r.measureName,
                      network: r.network.name,
                      year: r.year,
                      deadline: formatDate(r.deadline),
                    })}
                  </span>
                  <AnnualStatusTag status={r.status} missing={r.missing} />
                </li>
              ))}
            </ul>
            <AppLink href="/arsrapporter">{t("home.annual.all")}</AppLink>
          </Section>
        ) : null}

        {data.forum.map(({ county, meetings, submittedCount }) => (
          <Section key={`forum-${county.id}`} title={t("home.forum.title", { county: county.name })}>
            <Paragraph>{t("home.forum.submitted", { count: submittedCount })}</Paragraph>
            <SubHeading>{t("home.forum.meetings")}</SubHeading>
            {meetings.length ? (
              <ul>
                {meetings.map((m) => (
                  <li key={m.id}>
                    <AppLink href={`/samarbeidsforum/moter/${m.id}`}>{m.title}</AppLink>, {formatDate(m.startsAt)}
                    {m.place ? `, ${m.place}` : ""} – {t("home.statsforvalter.cases", { count: m._count.cases })}
                  </li>
                ))}
              </ul>
            ) : (
              <Paragraph>{t("home.forum.noMeetings")}</Paragraph>
            )}
          </Section>
        ))}

        {data.admin ? (
          <Section title={t("home.admin.title")}>
            <Paragraph>{t("home.admin.counts", data.admin)}</Paragraph>
            <ul>
              <li>
                <AppLink href="/organisasjoner">{t("nav.organisations")}</AppLink>
              </li>
              <li>
                <AppLink href="/nettverk">{t("nav.networks")}</AppLink>
              </li>
              <li>
                <AppLink href="/admin/fylker">{t("admin.counties.title")}</AppLink>
              </li>
              <li>
                <AppLink href="/admin/tilgang">{t("admin.national.title")}</AppLink>
              </li>
            </ul>
          </Section>
        ) : null}

        {actor.isDirectorate ? (
          <Section title={t("home.directorate.title")}>
            <Paragraph>{t("home.directorate.text")}</Paragraph>
            <AppLink href="/direktoratet">{t("home.directorate.link")}</AppLink>
          </Section>
        ) : null}

        {data.orgAdmin.map((o) => (
          <Section key={`orgadmin-${o.id}`} title={t("home.orgAdmin.title", { org: o.name })}>
            <Paragraph>{t("home.orgAdmin.text", { count: o.people })}</Paragraph>
            <AppLink href={`/organisasjoner/${o.id}`}>{t("home.orgAdmin.link", { org: o.name })}</AppLink>
          </Section>
        ))}
      </div>
    </>
  );
}
