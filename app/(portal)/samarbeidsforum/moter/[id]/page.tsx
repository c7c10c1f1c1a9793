import { DataTable } from "@/components/ui/data-table";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import {
  Button,
  Details,
  DetailsContent,
  DetailsSummary,
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getMeeting } from "@/lib/forum/queries";
import { caseNumber } from "@/lib/forum/labels";
import { orNotFound } from "@/lib/not-found";
import { osloClock, osloDateString } from "@/lib/dates";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import {
  AgendaItemForm,
  ApproveMinutesForm,
  AttendanceForm,
  CaseForm,
  MeetingForm,
  MinutesRuleForm,
  RemoveButton,
} from "../../forms";

const load = cache(async (id: string) => orNotFound(getMeeting(await requireActor(), id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { formatDate } = await getDates();
  const m = await load((await params).id);
  return { title: `${m.title}, ${formatDate(m.startsAt)}` };
}

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { formatClock, formatDate, formatTime } = await getDates();
  const { id } = await params;
  const [m, t] = await Promise.all([load(id), getTranslations("forum")]);
  const kind = (k: "DECISION" | "INPUT" | "INFORMATION" | "DECISION_AND_INPUT") => t(`kinds.${k}`);
  return (
    <>
      <PageHeading title={`${m.title}, ${formatDate(m.startsAt)}`}>
        <Paragraph>
          {m.forum.name} ·{" "}
          {t("timeLine", {
            time: m.endsAt ? `${formatTime(m.startsAt)}–${formatTime(m.endsAt)}` : formatTime(m.startsAt),
          })}{" "}
          ·{" "}
          {m.digital ? (
            <>
              {t("digital")}
              {m.meetingUrl ? (
                <>
                  {" "}
                  (<AppLink href={m.meetingUrl}>{t("meetingLink")}</AppLink>)
                </>
              ) : null}
              {m.place ? `, ${m.place}` : ""}
            </>
          ) : (
            (m.place ?? t("noPlace"))
          )}
        </Paragraph>
        <div className="flex flex-wrap items-center gap-3">
          <Tag data-color={m.status === "PLANNED" ? "info" : m.status === "HELD" ? "warning" : "success"}>
            {t(`statuses.${m.status}`)}
          </Tag>
          <Button asChild variant="secondary">
            <a href={`/samarbeidsforum/moter/${id}/saksliste.pdf`} download>
              {t("agendaPdf")}
            </a>
          </Button>
          <Button asChild variant="secondary">
            <a href={`/samarbeidsforum/moter/${id}/protokoll.pdf`} download>
              {t("minutesPdf")}
            </a>
          </Button>
        </div>
      </PageHeading>

      <div className="flex flex-col gap-10">
        <PageSection title={t("agenda")}>
          {m.agendaItems.length === 0 ? (
            <Paragraph>{t("noAgenda")}</Paragraph>
          ) : (
            <DataTable caption={t("agenda")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{t("time")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("topic")}</TableHeaderCell>
                  {m.can.edit ? <TableHeaderCell scope="col">{t("change")}</TableHeaderCell> : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {m.agendaItems.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell className="whitespace-nowrap">
                      {a.endTime ? `${formatClock(a.startTime)}–${formatClock(a.endTime)}` : formatClock(a.startTime)}
                    </TableCell>
                    <TableCell>
                      {a.case ? (
                        <>
                          <AppLink href={`/samarbeidsforum/saker/${a.case.id}`}>
                            {t("caseLabel", { number: caseNumber(a.case), title: a.case.title })}
                          </AppLink>{" "}
                          ({kind(a.case.kind)})
                        </>
                      ) : (
                        a.title
                      )}
                    </TableCell>
                    {m.can.edit ? (
                      <TableCell>
                        <RemoveButton
                          kind="agenda"
                          id={a.id}
                          label={t("removeAgendaItem", { time: formatClock(a.startTime) })}
                        />
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
          )}
          {m.can.edit ? (
            <AgendaItemForm
              meetingId={m.id}
              cases={m.cases.map((c) => ({
                id: c.id,
                label: t("caseLabel", { number: caseNumber(c), title: c.title }),
              }))}
            />
          ) : null}
        </PageSection>

        <PageSection title={t("cases")}>
          {m.cases.length === 0 ? (
            <Paragraph>{t("noCases")}</Paragraph>
          ) : (
            <ul className="flex flex-col gap-3">
              {m.cases.map((c) => (
                <li key={c.id} className="flex flex-col gap-1 border-l-4 border-accent-border-subtle pl-3">
                  <AppLink href={`/samarbeidsforum/saker/${c.id}`}>
                    {t("caseLabel", { number: caseNumber(c), title: c.title })}
                  </AppLink>
                  <span className="text-sm">
                    {kind(c.kind)} · {c.decision ? t("decided") : t("notDecided")}
                    {c.attachments.length ? ` · ${t("attachmentCount", { count: c.attachments.length })}` : ""}
                    {c.conflicts.length ? ` · ${t("conflictCount", { count: c.conflicts.length })}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {m.can.edit ? (
            <Details>
              <DetailsSummary>{t("newCase", { year: m.year })}</DetailsSummary>
              <DetailsContent>
                <CaseForm meetingId={m.id} />
              </DetailsContent>
            </Details>
          ) : null}
        </PageSection>

        <PageSection title={t("members")}>
          <DataTable caption={t("members")}>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{t("name")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("represents")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("vote")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("attendance")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {m.members.map((mem) => (
                <TableRow key={mem.id}>
                  <TableHeaderCell scope="row">{mem.person.name}</TableHeaderCell>
                  <TableCell>{mem.represents}</TableCell>
                  <TableCell>{mem.voting ? t("voting") : t("secretariat")}</TableCell>
                  <TableCell>
                    {mem.present === null ? t("notRegistered") : mem.present ? t("present") : t("absent")}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
          {m.can.edit ? (
            <AttendanceForm
              meetingId={m.id}
              members={m.members.map((mem) => ({
                personId: mem.person.id,
                label: `${mem.person.name} (${mem.represents})`,
                present: mem.present,
              }))}
            />
          ) : null}
        </PageSection>

        <PageSection title={t("minutesApproval")}>
          <Paragraph>{t(`minutesRules.${m.forum.minutesRule}`)}</Paragraph>
          {m.status === "MINUTES_APPROVED" && m.minutesApprovedAt ? (
            <Paragraph>{t("minutesApprovedAt", { date: formatDate(m.minutesApprovedAt) })}</Paragraph>
          ) : m.status === "HELD" ? null : (
            <Paragraph>{t("minutesAfterMeeting")}</Paragraph>
          )}
          {m.approvals.length ? (
            <ul className="list-disc pl-6">
              {m.approvals.map((a) => (
                <li key={a.person.id}>{t("approvedBy", { name: a.person.name, date: formatDate(a.approvedAt) })}</li>
              ))}
            </ul>
          ) : null}
          {m.can.approveMinutes ? <ApproveMinutesForm meetingId={m.id} /> : null}
          {m.can.manage && m.status !== "MINUTES_APPROVED" ? (
            <MinutesRuleForm forumId={m.forum.id} rule={m.forum.minutesRule} />
          ) : null}
        </PageSection>

        {m.can.edit ? (
          <PageSection title={t("editMeeting")}>
            <MeetingForm
              meeting={{
                id: m.id,
                version: m.version,
                title: m.title,
                date: osloDateString(m.startsAt),
                startTime: osloClock(m.startsAt),
                endTime: m.endsAt ? osloClock(m.endsAt) : "",
                digital: m.digital,
                place: m.place,
                meetingUrl: m.meetingUrl,
                status: m.status,
              }}
            />
          </PageSection>
        ) : null}
      </div>
    </>
  );
}
