import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/session";
import { listBudgetRounds } from "@/lib/budget/queries";
import { PageHeading } from "@/components/ui/page-heading";
import { BudgetForm } from "../budget-form";

export async function generateMetadata() {
  const t = await getTranslations("budget");
  return { title: t("newTitle") };
}

export default async function NewBudgetPage() {
  const actor = await requireActor();
  if (actor.statsforvalterCountyIds.length === 0) notFound();
  const [t, { rounds, allocations }] = await Promise.all([getTranslations("budget"), listBudgetRounds(actor)]);
  return (
    <>
      <PageHeading title={t("newTitle")} intro={t("newIntro")} />
      <BudgetForm
        mode="create"
        rounds={rounds.map((r) => ({ value: r.id, label: t("roundOption", { year: r.year, county: r.county.name }) }))}
        allocations={allocations}
      />
    </>
  );
}
