import { DataTable } from "@/components/ui/data-table";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { Button, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { listForums, listMeetings } from "@/lib/forum/queries";
import { caseNumber } from "@/lib/forum/labels";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { AppLink } from "@/components/ui/app-link";

export async function generateMetadata() {
  const t = await getTranslations("forum");
  return { title: t("title") };
}

export default async function ForumPage() {
  const { formatDate, formatTime } = await getDates();
  const actor = await requireActor();
  const [t, forums, meetings] = await Promise.all([getTranslations("forum"), listForums(actor), listMeetings(actor)]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")}>
        {forums.some((f) => f.canManage) ? (
          <div className="flex flex-wrap items-center gap-4">
            <Button asChild>
              <NextLink href="/samarbeidsforum/nytt-mote">{t("newMeeting")}</NextLink>
            </Button>
            <AppLink href="/samarbeidsforum/medlemmer">{t("membersLink")}</AppLink>
          </div>
        ) : null}
      </PageHeading>
      {meetings.length === 0 ? (
        <Paragraph>{t("noMeetings")}</Paragraph>
      ) : (
        <DataTable caption={t("meetings")} zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("date")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("meetingTitle")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("place")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("cases")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("status")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {meetings.map((m) => (
              <TableRow key={m.id}>
                <TableCell>
                  {formatDate(m.startsAt)} {formatTime(m.startsAt)}
                </TableCell>
                <TableHeaderCell scope="row">
                  <AppLink href={`/samarbeidsforum/moter/${m.id}`}>{m.title}</AppLink>
                  <span className="block text-sm font-normal">{m.forum.name}</span>
                </TableHeaderCell>
                <TableCell>{m.digital ? t("digital") : (m.place ?? "–")}</TableCell>
                <TableCell>{m.cases.length ? m.cases.map((c) => caseNumber(c)).join(", ") : "–"}</TableCell>
                <TableCell>
                  <Tag data-color={m.status === "PLANNED" ? "info" : m.status === "HELD" ? "warning" : "success"}>
                    {t(`statuses.${m.status}`)}
                  </Tag>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </>
  );
}
