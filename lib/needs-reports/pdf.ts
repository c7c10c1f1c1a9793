import "server-only";
import type { NeedsReportView } from "@/lib/needs-reports/queries";
import { needsReportDocument } from "@/lib/needs-reports/document";
import { documentPdf } from "@/lib/document/pdf";
import type { Locale } from "@/lib/i18n/config";

/** The needs report as a PDF: the same document the read view shows (lib/needs-reports/document.ts), part by part as the official form. */
export async function needsReportPdf(
  r: NeedsReportView,
  options: { compress?: boolean; locale?: Locale } = {},
): Promise<Buffer> {
  return documentPdf(await needsReportDocument(r, options.locale ?? "nb"), { compress: options.compress });
}
