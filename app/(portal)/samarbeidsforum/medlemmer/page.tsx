import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Paragraph, Tag } from "@/components/ds";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { requireActor } from "@/lib/session";
import { listForumSeats } from "@/lib/forum/queries";
import { getDates } from "@/lib/i18n/dates";
import { AddSeatForm, SeatForm } from "./seat-forms";

export async function generateMetadata() {
  const t = await getTranslations("forumMembers");
  return { title: t("title") };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The forum's members for the secretariat: who, for whom, in which role, for which term; a seat whose term has ended keeps its row and loses its role. */
export default async function ForumMembersPage() {
  const actor = await requireActor();
  if (actor.statsforvalterCountyIds.length === 0) notFound();
  const [t, tr, { forums, organisations }, { formatDate }] = await Promise.all([
    getTranslations("forumMembers"),
    getTranslations("forumRoles"),
    listForumSeats(actor),
    getDates(),
  ]);
  const orgOptions = organisations.map((o) => ({ value: o.id, label: o.name }));
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <div className="flex flex-col gap-12">
        {forums.map((f) => (
          <PageSection key={f.id} title={f.name}>
            {f.members.length === 0 ? <Paragraph>{t("none")}</Paragraph> : null}
            <ul className="flex flex-col gap-4">
              {f.members.map((m) => (
                <li key={m.id} className="flex flex-col gap-2 rounded border border-neutral-border-subtle p-4">
                  <div className="flex flex-wrap items-center gap-3">
                    <span className="font-semibold">{m.person.name}</span>
                    <span className="break-all">{m.person.email}</span>
                    <Tag data-color="neutral">{tr(m.role)}</Tag>
                    {m.current ? (
                      <Tag data-color="success">{t("current")}</Tag>
                    ) : (
                      <Tag data-color="warning">{t("notCurrent")}</Tag>
                    )}
                  </div>
                  <Paragraph data-size="sm">
                    {t("seatLine", {
                      represents: m.represents,
                      from: m.termFrom ? formatDate(m.termFrom) : "–",
                      to: m.termTo ? formatDate(m.termTo) : t("open"),
                      vote: m.voting ? "yes" : "no",
                    })}
                  </Paragraph>
                  <SeatForm
                    seat={{
                      id: m.id,
                      version: m.version,
                      name: m.person.name,
                      role: m.role,
                      represents: m.represents,
                      organisationId: m.organisationId,
                      termFrom: day(m.termFrom),
                      termTo: day(m.termTo),
                    }}
                    organisations={orgOptions}
                  />
                </li>
              ))}
            </ul>
            <AddSeatForm forumId={f.id} organisations={orgOptions} />
          </PageSection>
        ))}
      </div>
    </>
  );
}
