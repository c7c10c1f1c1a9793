import { useTranslations } from "next-intl";
import { Tag } from "@/components/ds";

const COLOR = {
  NOT_STARTED: "neutral",
  DRAFT: "neutral",
  SUBMITTED: "info",
  RETURNED: "warning",
  APPROVED: "success",
} as const;

/** The status of an annual report; "Mangler" (danger) when it is not delivered after the deadline. */
export function AnnualStatusTag({ status, missing = false }: { status: keyof typeof COLOR; missing?: boolean }) {
  const t = useTranslations();
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Tag data-color={COLOR[status]}>{t(`annualStatus.${status}`)}</Tag>
      {missing ? <Tag data-color="danger">{t("annualReports.missing")}</Tag> : null}
    </span>
  );
}
