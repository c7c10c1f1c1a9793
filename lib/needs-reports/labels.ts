/**
 * Norwegian labels for the spreadsheet exports (bokmål, for case handling and
 * the directorate). The UI and the PDFs use lib/i18n/messages.
 */
import type { NeedsReportStatus, Scheme } from "@/lib/generated/prisma/enums";

export const STATUS_LABEL: Record<NeedsReportStatus, string> = {
  DRAFT: "Utkast",
  SUBMITTED: "Sendt inn",
  IN_REVIEW: "Under behandling",
  RETURNED: "Returnert for retting",
  RECOMMENDED: "Innstilt",
  GRANTED: "Innvilget",
  REJECTED: "Avslått",
};

export const SCHEME_LABEL: Record<Scheme, string> = {
  REGIONAL: "Regional ordning",
  DESENTRALISERT: "Desentralisert ordning",
  KOMPETANSELOFTET: "Kompetanseløftet",
};
