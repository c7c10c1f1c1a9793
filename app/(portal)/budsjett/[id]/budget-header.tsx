import NextLink from "next/link";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { getBudget } from "@/lib/budget/queries";
import { orNotFound } from "@/lib/not-found";
import { PageHeading } from "@/components/ui/page-heading";

/** One read of the budget per request, shared by a page and its metadata. */
export const loadBudgetPage = cache(async (id: string) => orNotFound(getBudget(await requireActor(), id)));

const TABS = [
  { key: "budget", href: "" },
  { key: "frames", href: "/rammer" },
  { key: "overview", href: "/sammenstilling" },
  { key: "criteria", href: "/kriterier" },
  { key: "recommendation", href: "/innstilling" },
  { key: "allocation", href: "/tildeling" },
] as const;

export type BudgetTab = (typeof TABS)[number]["key"];

export async function budgetTitle(id: string) {
  const [b, t, ts] = await Promise.all([loadBudgetPage(id), getTranslations("budget"), getTranslations("schemes")]);
  return t("title", { year: b.year, county: b.county.name, scheme: ts(b.scheme) });
}

/** The budget's heading and its sub-navigation (one page per step of the year's work). */
export async function BudgetHeader({ id, current }: { id: string; current: BudgetTab }) {
  const [b, t] = await Promise.all([loadBudgetPage(id), getTranslations("budget")]);
  return (
    <>
      <PageHeading title={await budgetTitle(id)}>
        <div className="flex flex-wrap gap-2">
          {b.decided ? (
            <Tag data-color="success">{t("framesDecided", { name: b.decided.name })}</Tag>
          ) : (
            <Tag data-color="warning">{t("framesNotDecided")}</Tag>
          )}
        </div>
      </PageHeading>
      <nav aria-label={t("steps")} className="mb-6 border-b border-neutral-border-subtle">
        <ul className="flex flex-wrap gap-1">
          {TABS.map((tab) => (
            <li key={tab.key}>
              <NextLink
                href={`/budsjett/${id}${tab.href}`}
                aria-current={tab.key === current ? "page" : undefined}
                className={`inline-block px-3 py-2 underline-offset-4 hover:underline ${tab.key === current ? "border-b-4 border-accent-base-default font-semibold" : "border-b-4 border-transparent"}`}
              >
                {t(`tabs.${tab.key}`)}
              </NextLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
