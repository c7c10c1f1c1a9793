import { getLocale } from "next-intl/server";
import type { NeedsReportView } from "@/lib/needs-reports/queries";
import { needsReportDocument } from "@/lib/needs-reports/document";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import { DocumentSections, DocumentTitleBlock } from "@/components/document/document-body";
import { StatusTag } from "@/components/ui/status-tag";

/**
 * The needs report as the official form lays it out, part by part (read view,
 * print view, check-your-answers) — rendered from the same document as the PDF.
 */
export async function ReportView({ r, actions }: { r: NeedsReportView; actions?: React.ReactNode }) {
  const locale = await getLocale();
  const doc = await needsReportDocument(r, isLocale(locale) ? locale : defaultLocale);
  return (
    <article className="flex flex-col gap-6" data-document="needs-report">
      <header className="flex flex-col gap-2">
        <DocumentTitleBlock doc={doc} status={<StatusTag status={r.status} />} />
        {actions}
      </header>
      <DocumentSections doc={doc} />
    </article>
  );
}
