import { getTranslations } from "next-intl/server";
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

export async function StatusTag({ status }: { status: NeedsReportStatus }) {
  const t = await getTranslations("status");
  return <Tag data-color={COLOR[status]}>{t(status)}</Tag>;
}
