import type { Actor } from "@/lib/auth/actor";
import { canListNeedsReports } from "@/lib/needs-reports/policy";
import { canUseBudgets } from "@/lib/budget/policy";
import { canUseForum } from "@/lib/forum/policy";
import { canListAnnualReports } from "@/lib/annual-reports/policy";
import { canSeeOverview } from "@/lib/overview/policy";
import { canUseAdministration } from "@/lib/admin/policy";
import { canUseDirectorate } from "@/lib/directorate/policy";

export type NavKey =
  | "home"
  | "needsReports"
  | "annualReports"
  | "dashboard"
  | "budgets"
  | "forum"
  | "measures"
  | "calendar"
  | "networks"
  | "organisations"
  | "directorate"
  | "admin";
export type NavItem = { key: NavKey; href: string };

/** The main navigation for an actor: only what their roles let them use. */
export function navigationFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [{ key: "home", href: "/" }];
  if (canListNeedsReports(actor)) items.push({ key: "needsReports", href: "/behovsmeldinger" });
  if (canListAnnualReports(actor)) items.push({ key: "annualReports", href: "/arsrapporter" });
  if (canSeeOverview(actor)) items.push({ key: "dashboard", href: "/oversikt" });
  if (canUseBudgets(actor)) items.push({ key: "budgets", href: "/budsjett" });
  if (canUseForum(actor)) items.push({ key: "forum", href: "/samarbeidsforum" });
  if (actor.countyIds.length > 0 || actor.isAdmin) {
    items.push({ key: "measures", href: "/tiltak" });
    items.push({ key: "calendar", href: "/kalender" });
    items.push({ key: "networks", href: "/nettverk" });
  }
  if (
    actor.isAdmin ||
    actor.statsforvalterCountyIds.length > 0 ||
    actor.coordinatorNetworkIds.length > 0 ||
    actor.orgAdminOrgIds.length > 0
  ) {
    items.push({ key: "organisations", href: "/organisasjoner" });
  }
  if (canUseDirectorate(actor)) items.push({ key: "directorate", href: "/direktoratet" });
  if (canUseAdministration(actor)) items.push({ key: "admin", href: "/admin" });
  return items;
}
