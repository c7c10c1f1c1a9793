import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/session";
import { listForums } from "@/lib/forum/queries";
import { PageHeading } from "@/components/ui/page-heading";
import { MeetingForm } from "../forms";

export async function generateMetadata() {
  const t = await getTranslations("forum");
  return { title: t("newMeeting") };
}

export default async function NewMeetingPage() {
  const actor = await requireActor();
  const forums = (await listForums(actor)).filter((f) => f.canManage);
  if (forums.length === 0) notFound();
  const t = await getTranslations("forum");
  return (
    <>
      <PageHeading title={t("newMeeting")} intro={t("newMeetingIntro")} />
      <MeetingForm forums={forums.map((f) => ({ id: f.id, name: f.name }))} />
    </>
  );
}
