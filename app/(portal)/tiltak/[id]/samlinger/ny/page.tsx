import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/session";
import { getMeasure, getMeasurePlanning } from "@/lib/measures/queries";
import { gatheringFormOptions } from "@/lib/gatherings/queries";
import { orNotFound } from "@/lib/not-found";
import { PageHeading } from "@/components/ui/page-heading";
import { AppLink } from "@/components/ui/app-link";
import { GatheringForm } from "../../../../samlinger/gathering-forms";

export async function generateMetadata() {
  const t = await getTranslations("gatheringForm");
  return { title: t("newTitle") };
}

export default async function NewGatheringPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const m = await orNotFound(getMeasure(actor, id));
  const planning = await getMeasurePlanning(actor, m);
  if (!planning.can.planGatherings) notFound();
  const [t, tc, options] = await Promise.all([
    getTranslations("gatheringForm"),
    getTranslations("common"),
    gatheringFormOptions(m.id),
  ]);
  const n = options.gatheringCount + 1;
  return (
    <>
      <PageHeading title={t("newTitle")} intro={t("newIntro", { measure: m.name })}>
        <AppLink href={`/tiltak/${m.id}`}>{t("backToMeasure", { measure: m.name })}</AppLink>
      </PageHeading>
      <GatheringForm
        measureId={m.id}
        semesters={options.semesters}
        networks={options.networks}
        people={options.people}
        value={{
          number: n,
          title: tc("gatheringNumber", { n }),
          semesterId: null,
          networkIds: options.networks.length === 1 ? [options.networks[0]!.value] : [],
          format: "FYSISK",
          length: "HELDAG",
          date: "",
          startTime: "09:00",
          endTime: "15:00",
          place: null,
          meetingUrl: null,
          theme: null,
          assignmentKind: null,
          assignmentText: null,
          capacity: null,
          registrationDeadline: null,
          tracks: [],
        }}
      />
    </>
  );
}
