/** Norwegian labels for the forum's PDFs, made outside a request's message catalogue. The UI uses lib/i18n/messages. */
import type { CaseKind } from "@/lib/generated/prisma/enums";

export const CASE_KIND_LABEL: Record<CaseKind, string> = {
  DECISION: "beslutningssak",
  INPUT: "innspillssak",
  INFORMATION: "orienteringssak",
  DECISION_AND_INPUT: "beslutnings- og innspillssak",
};

/** "6/2023" */
export const caseNumber = (c: { number: number; year: number }) => `${c.number}/${c.year}`;
