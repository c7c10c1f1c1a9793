/**
 * The message catalogue's namespaces that reach the browser. Server components
 * translate with getTranslations and send nothing; client components translate
 * in the browser and need their namespaces sent with the page. Sending the whole
 * client part of the catalogue with every page was 60 of the report list's
 * 100 kB RSC payload (docs/performance.md), so:
 *
 * - SHELL_NAMESPACES go with every page (app/layout.tsx): what the header,
 *   the footer and the error pages translate in the browser.
 * - A page with forms gets one MESSAGE_GROUPS entry more, through
 *   <ScopedMessages group="…"> in its own file or in the layout.tsx of its
 *   folder (components/layout/scoped-messages.tsx).
 *
 * tests/unit/client-messages.test.ts follows every page's imports into its
 * client components (and from them into the server actions they call, whose
 * error keys the forms show) and fails when a namespace they name is not sent,
 * or when two groups are nested on one page (the payload twice).
 */
export const SHELL_NAMESPACES = ["nav"] as const;

/** The form machinery every page with a form uses (components/form): its words, the error summary, the zod messages, the action errors. */
const FORMS = ["forms", "validation", "errors"] as const;

export const MESSAGE_GROUPS = {
  /** The pages that run the portal: administration, registers, networks, the directorate, invitations. */
  administration: [
    ...FORMS,
    "access",
    "counties",
    "rounds",
    "schemes",
    "registry",
    "orgKinds",
    "networkAdmin",
    "sector",
    "forum",
    "directorate",
    "invitation",
    "mail",
  ],
  /** A needs report as read and reviewed (behovsmeldinger/[id]/page.tsx). */
  needsReport: [...FORMS, "review"],
  /** Writing a needs report: the form, starting one, sending one in. */
  needsReportForm: [...FORMS, "form", "common", "measureForm", "purposes", "schemes", "warnings", "mail"],
  /** The decision letter, its acceptance and appeals. */
  decision: [...FORMS, "decisionPage", "forum", "mail"],
  /** The frames page. */
  frames: [...FORMS, "budget", "frames"],
  /** Budgets, key data, criteria, recommendations and allocations. */
  budget: [
    ...FORMS,
    "budget",
    "frames",
    "criteria",
    "allocation",
    "recommendation",
    "keyData",
    "schemes",
    "letter",
    "mail",
  ],
  /** Measures and gatherings: their forms, registration, attendance, evaluation. */
  measures: [
    ...FORMS,
    "measureForm",
    "gatheringForm",
    "gathering",
    "registration",
    "attendance",
    "evaluation",
    "schemes",
  ],
  /** Samarbeidsforum: meetings, cases and seats. */
  forum: [...FORMS, "forum", "forumMembers", "forumRoles"],
  /** Annual reports. */
  annualReports: [...FORMS, "annualReports", "coFinancingKinds", "mail"],
} as const satisfies Record<string, readonly string[]>;
export type MessageGroup = keyof typeof MESSAGE_GROUPS;

/** The part of a catalogue the browser needs: the shell's namespaces, and a group's when a page has one. */
export function clientMessages<M extends Record<string, unknown>>(messages: M, group?: MessageGroup): Partial<M> {
  const names = new Set<string>([...SHELL_NAMESPACES, ...(group ? MESSAGE_GROUPS[group] : [])]);
  return Object.fromEntries([...names].filter((ns) => ns in messages).map((ns) => [ns, messages[ns]])) as Partial<M>;
}
