import { getTranslations } from "next-intl/server";
import { Link, ListItem, ListUnordered, Paragraph } from "@/components/ds";
import { PageSection } from "@/components/ui/page-section";
import { PageHeading } from "@/components/ui/page-heading";
import { getDates } from "@/lib/i18n/dates";

/** When the statement was last reviewed against the portal. */
const UPDATED = new Date("2026-11-26T12:00:00Z");

export async function generateMetadata() {
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

const KNOWN_GAPS = ["pdf", "screenReader", "timeouts"] as const;
const DONE = ["axe", "keyboard", "errors", "language", "contrast", "charts"] as const;

/**
 * Tilgjengelighetserklæring: the portal's WCAG 2.1 AA status, honestly —
 * what is tested and how, what is known not to meet the requirements, and
 * where to report problems. Public: no sign-in needed.
 */
export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  const { formatDate } = await getDates();
  const list = (items: string[]) => (
    <ListUnordered>
      {items.map((text) => (
        <ListItem key={text}>{text}</ListItem>
      ))}
    </ListUnordered>
  );
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <PageHeading title={t("title")} intro={t("intro")} />
      <PageSection title={t("statusTitle")}>
        <Paragraph>{t("status")}</Paragraph>
      </PageSection>
      <PageSection title={t("doneTitle")}>{list(DONE.map((k) => t(`done.${k}`)))}</PageSection>
      <PageSection title={t("gapsTitle")}>{list(KNOWN_GAPS.map((k) => t(`gaps.${k}`)))}</PageSection>
      <PageSection title={t("feedbackTitle")}>
        <Paragraph>
          {t("feedback")}{" "}
          <Link href="mailto:tilgjengelighet@demo.kompetanseportalen.no">
            tilgjengelighet@demo.kompetanseportalen.no
          </Link>
        </Paragraph>
        <Paragraph>
          {t("supervision")} <Link href="https://www.uutilsynet.no/">{t("supervisionLink")}</Link>
        </Paragraph>
      </PageSection>
      <Paragraph data-size="sm" className="text-neutral-text-subtle">
        {t("updated", { date: formatDate(UPDATED) })}
      </Paragraph>
    </div>
  );
}
