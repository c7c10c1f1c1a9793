import { useTranslations } from "next-intl";
import { Tag } from "@/components/ds";
import type { NeedsReportStatus } from "@/lib/generated/prisma/enums";

const COLOR: Record<NeedsReportStatus, "neutral" | "info" | "warning" | "success" | "danger" | "accent"> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  IN_REVIEW: "info",
  RETURNED: "warning",
  RECOMMENDED: "accent",
  GRANTED: "success",
  REJECTED: "danger",
};

/** A report's status as a coloured tag. Not async: a list renders one per row, and an async component is a task of its own for React. */
export function StatusTag({ status }: { status: NeedsReportStatus }) {
  const t = useTranslations("status");
  return <Tag data-color={COLOR[status]}>{t(status)}</Tag>;
}
