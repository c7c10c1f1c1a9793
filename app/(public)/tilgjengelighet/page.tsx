import { getTranslations } from "next-intl/server";
import { Heading, Link, ListItem, ListUnordered, Paragraph } from "@digdir/designsystemet-react";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata() {
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

const KNOWN_GAPS = ["pdf", "dates", "screenReader", "timeouts"] as const;
const DONE = ["axe", "keyboard", "errors", "language", "contrast", "charts"] as const;

/**
 * Tilgjengelighetserklæring: the portal's WCAG 2.1 AA status, honestly —
 * what is tested and how, what is known not to meet the requirements, and
 * where to report problems. Public: no sign-in needed.
 */
export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  const section = (id: string, title: string, children: React.ReactNode) => (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <PageHeading title={t("title")} intro={t("intro")} />
      {section("status", t("statusTitle"), <Paragraph>{t("status")}</Paragraph>)}
      {section(
        "tested",
        t("doneTitle"),
        <ListUnordered>
          {DONE.map((k) => (
            <ListItem key={k}>{t(`done.${k}`)}</ListItem>
          ))}
        </ListUnordered>,
      )}
      {section(
        "gaps",
        t("gapsTitle"),
        <ListUnordered>
          {KNOWN_GAPS.map((k) => (
            <ListItem key={k}>{t(`gaps.${k}`)}</ListItem>
          ))}
        </ListUnordered>,
      )}
      {section(
        "feedback",
        t("feedbackTitle"),
        <>
          <Paragraph>
            {t("feedback")} <Link href="mailto:tilgjengelighet@demo.kompetanseportalen.no">tilgjengelighet@demo.kompetanseportalen.no</Link>
          </Paragraph>
          <Paragraph>
            {t("supervision")} <Link href="https://www.uutilsynet.no/">{t("supervisionLink")}</Link>
          </Paragraph>
        </>,
      )}
      <Paragraph data-size="sm" className="text-neutral-text-subtle">
        {t("updated", { date: "26.11.2026" })}
      </Paragraph>
    </div>
  );
}
