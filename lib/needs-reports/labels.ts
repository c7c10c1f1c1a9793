/**
 * Norwegian labels for the PDF and the spreadsheet export, which are made
 * outside a request's message catalogue. The UI uses lib/i18n/messages.
 */
import type { GrantPurpose, NeedsReportStatus, Scheme } from "@/lib/generated/prisma/enums";

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

export const PURPOSE_LABEL: Record<GrantPurpose, string> = {
  ASSESS_NEEDS: "Vurdere kompetansebehov",
  PLAN: "Utvikle og planlegge tiltak",
  CARRY_OUT: "Gjennomføring av tiltak",
};
