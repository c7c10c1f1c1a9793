import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@/components/ds";
import { attendanceOpen } from "@/lib/gatherings/policy";
import { requireActor } from "@/lib/session";
import { getGathering } from "@/lib/gatherings/queries";
import { orNotFound } from "@/lib/not-found";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { AttendanceButtons, WalkInForm } from "../../gathering-forms";

export async function generateMetadata() {
  const t = await getTranslations("attendance");
  return { title: t("title") };
}

/** Attendance on the day, made for a phone: one row per registered participant, present / absent, walk-ins added at the bottom. */
export default async function AttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const { formatDate } = await getDates();
  const { id } = await params;
  const g = await orNotFound(getGathering(await requireActor(), id));
  if (!g.can.run) notFound();
  const [t, tc] = await Promise.all([getTranslations("attendance"), getTranslations("common")]);
  const registered = g.registrations.filter((r) => r.status === "REGISTERED");
  const f = g.figures;
  const open = attendanceOpen(g, new Date());
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <PageHeading
        title={t("title")}
        intro={`${g.number ? `${tc("gatheringNumber", { n: g.number })}: ` : ""}${g.title}, ${formatDate(g.startsAt)}`}
      >
        <AppLink href={`/samlinger/${g.id}`}>{t("back")}</AppLink>
      </PageHeading>
      {open ? null : (
        <Alert data-color="info">
          <Paragraph>{t("notYet", { date: formatDate(g.startsAt) })}</Paragraph>
        </Alert>
      )}
      <AttendanceSummary figures={f} />
      <ul className="flex flex-col gap-3" aria-label={t("listLabel")}>
        {registered.map((r) => (
          <li key={r.id} className="flex flex-col gap-2 rounded border border-neutral-border-subtle p-3">
            <div>
              <span className="font-semibold">{r.name}</span>
              <span className="block text-sm">
                {[r.unitName, r.track?.name, r.walkIn ? t("walkIn") : null].filter(Boolean).join(" · ")}
              </span>
              <span className="block text-sm" data-attendance={r.attendance}>
                {t(`state.${r.attendance}`)}
              </span>
            </div>
            {r.walkIn || !open ? null : (
              <AttendanceButtons registrationId={r.id} name={r.name} attendance={r.attendance} />
            )}
          </li>
        ))}
      </ul>
      {open ? (
        <PageSection title={t("walkInTitle")}>
          <WalkInForm
            gatheringId={g.id}
            organisations={g.memberOrgs.map((o) => ({ value: o.id, label: o.name }))}
            tracks={g.tracks.map((tr) => ({ value: tr.id, label: tr.name }))}
          />
        </PageSection>
      ) : null}
    </div>
  );
}

/**
 * Who came, in words that add up: those registered who came, those who did
 * not, those who came without registering, and the total present (which
 * counts the walk-ins).
 */
async function AttendanceSummary({
  figures: f,
}: {
  figures: { present: number; registered: number; noShows: number; walkIns: number; unmarked: number };
}) {
  const t = await getTranslations("attendance");
  return (
    <Paragraph role="status">
      {t("summary", { met: f.present - f.walkIns, present: f.present, noShows: f.noShows, walkIns: f.walkIns })}
      {f.unmarked ? ` ${t("unmarked", { unmarked: f.unmarked })}` : ""}
    </Paragraph>
  );
}
