/**
 * What a decision letter says, as pure functions: which kind of decision it
 * is, when reasons are required, the appeal deadline, and the letter itself
 * as a document model (rendered as the preview, the PDF and the report's
 * letter page from the same model, lib/document/model.ts).
 *
 * The content follows forvaltningsloven: the reasons (§§ 24–25), the notice of
 * the right to appeal, the deadline and where to appeal (§§ 27–29), the right
 * to see the case documents (§ 18); and the state's grant rules: purpose,
 * amount, period, conditions, reporting and repayment.
 */
import type { DocumentModel, Letterhead, Section } from "@/lib/document/model";
import type { Scheme } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { formatKroner, sum } from "@/lib/money";
import { osloDateString, osloDateTime } from "@/lib/dates";
import { requiredCoFinancing } from "@/lib/annual-reports/rules";

export type LetterOutcome = "GRANT" | "PARTIAL" | "REFUSAL";

/** Granted in full (at least what was applied for in the scheme), in part, or refused. */
export function letterOutcome(outcome: "GRANTED" | "REJECTED", granted: number, applied: number): LetterOutcome {
  if (outcome === "REJECTED" || granted <= 0) return "REFUSAL";
  return granted >= applied ? "GRANT" : "PARTIAL";
}

/** The shortest reasons accepted for a partial grant or a refusal: a sentence, not a word. */
export const MIN_REASONS = 20;

/**
 * A decision that does not give what was applied for must say why in the
 * case officer's own words (fvl. § 25); a full grant may rest on the
 * recommendation alone. Returns the message key of the problem, or null.
 */
export function reasonsProblem(
  kind: LetterOutcome,
  reasons: string | null | undefined,
): "validation.letterReasonsRequired" | null {
  if (kind === "GRANT") return null;
  return (reasons?.trim().length ?? 0) >= MIN_REASONS ? null : "validation.letterReasonsRequired";
}

/** Three weeks from the day the letter was received. */
export const APPEAL_WEEKS = 3;

/**
 * The last moment to appeal: the end of the day, in Oslo, three weeks after
 * the day the letter was received. The portal delivers the letter the day it
 * is sent (in the portal and by e-mail), so that day counts as received.
 * Weekends and public holidays do not move it (fvl. § 30 lets a letter posted
 * on the last day count; the portal states the date it computes).
 */
export function appealDeadline(receivedAt: Date): Date {
  const [y, m, d] = osloDateString(receivedAt).split("-").map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d! + APPEAL_WEEKS * 7));
  return new Date(osloDateTime(day.toISOString().slice(0, 10), "23:59").getTime() + 59_999);
}

export const isLateAppeal = (filedAt: Date, deadline: Date) => filedAt.getTime() > deadline.getTime();

/** The owners' co-financing a grant requires (only the decentralised scheme has one). */
export const coFinancingOf = (scheme: Scheme, granted: number) => requiredCoFinancing(granted, scheme);

type Translate = (key: string, values?: Record<string, string | number>) => string;

export type LetterFacts = {
  locale: Locale;
  kind: "DECISION" | "APPEAL_FORWARDED";
  outcome: "GRANTED" | "REJECTED";
  scheme: Scheme;
  schemeName: string;
  year: number;
  network: string;
  owner: string;
  /** what the report applied for in this scheme */
  applied: number;
  payments: { recipient: string; accountNumber: string | null; amount: number }[];
  measures: { title: string; applied: number; granted: number }[];
  recommendation: { caseLabel: string | null; amount: number } | null;
  reasons: string | null;
  annualDeadline: Date;
  letterhead: Letterhead;
  copyTo: string[];
  officer: { name: string; title: string | null };
  appealBody: string;
  /** when the letter was (or, in a preview, would be) sent */
  sentAt: Date;
  /** a decision that replaces an earlier one after an appeal: that one's date */
  replaces: Date | null;
  /** for the forwarding letter */
  appeal?: { filedAt: Date; deadline: Date; late: boolean; assessment: string | null; decisionDate: Date } | null;
  /** an English courtesy copy names the language of the letter in force */
  courtesyOf?: Locale | null;
  formatDate: (d: Date) => string;
};

/** The decision letter (or the forwarding letter) as a document, in the letter's language. */
export function letterModel(f: LetterFacts, t: Translate): DocumentModel {
  const kr = (n: number) => formatKroner(n);
  const total = sum(f.payments.map((p) => p.amount));
  const kind = letterOutcome(f.outcome, total, f.applied);
  const sender = f.letterhead.sender.name;
  const signature = [
    t("letter.greeting"),
    "",
    f.officer.name,
    ...(f.officer.title ? [f.officer.title] : []),
    sender,
    "",
    t("letter.approved"),
    ...(f.copyTo.length ? ["", t("letter.copyTo", { names: f.copyTo.join(", ") })] : []),
  ];
  const courtesy: Section[] = f.courtesyOf
    ? [
        {
          id: "courtesy",
          title: t("letter.meta.outcome"),
          blocks: [
            {
              kind: "text",
              text: t("letter.courtesy", { language: t(`letter.languageName.${f.courtesyOf}`) }),
              muted: true,
            },
          ],
        },
      ]
    : [];
  const base = {
    lang: f.locale,
    letterhead: f.letterhead,
    signature,
    pageLabel: (n: number, m: number) => t("letter.page", { n, m }),
  };

  if (f.kind === "APPEAL_FORWARDED" && f.appeal) {
    const a = f.appeal;
    return {
      ...base,
      title: t("letter.title.forwarded", { body: f.appealBody, network: f.network, year: f.year }),
      meta: [],
      sections: [
        ...courtesy,
        {
          id: "appeal",
          title: t("letter.forwarded.heading", { date: f.formatDate(a.decisionDate) }),
          blocks: [
            {
              kind: "text",
              text: t("letter.forwarded.text", {
                filed: f.formatDate(a.filedAt),
                network: f.network,
                year: f.year,
                body: f.appealBody,
              }),
            },
            ...(a.late
              ? [
                  {
                    kind: "text" as const,
                    text: t("letter.forwarded.late", { deadline: f.formatDate(a.deadline), body: f.appealBody }),
                  },
                ]
              : []),
          ],
        },
        ...(a.assessment
          ? [
              {
                id: "assessment",
                title: t("letter.forwarded.assessment"),
                blocks: [{ kind: "text" as const, text: a.assessment }],
              },
            ]
          : []),
        {
          id: "next",
          title: t("letter.appeal.heading"),
          blocks: [{ kind: "text", text: t("letter.forwarded.next", { body: f.appealBody }) }],
        },
      ],
    };
  }

  const reasons: string[] = [];
  if (f.recommendation) {
    reasons.push(
      f.recommendation.caseLabel
        ? t("letter.reasons.recommendation", {
            case: f.recommendation.caseLabel,
            amount: kr(f.recommendation.amount),
            network: f.network,
          })
        : t("letter.reasons.noCase"),
    );
  }
  if (f.reasons?.trim()) reasons.push(f.reasons.trim());
  else if (kind === "GRANT") reasons.push(t("letter.reasons.follows"));

  const decisionText = [
    t(`letter.decision.${kind}`, {
      sender,
      owner: f.owner,
      network: f.network,
      total: kr(total),
      scheme: f.schemeName,
      year: f.year,
      applied: kr(f.applied),
    }),
  ];
  if (f.replaces) decisionText.push(t("letter.decision.reversal", { date: f.formatDate(f.replaces) }));

  const granted = kind !== "REFUSAL";
  const coFinancing = coFinancingOf(f.scheme, total);
  const sections: Section[] = [
    ...courtesy,
    {
      id: "decision",
      title: t("letter.decision.heading"),
      blocks: [
        { kind: "text", text: decisionText.join("\n\n") },
        ...(granted
          ? [
              {
                kind: "table" as const,
                caption: t("letter.payments.caption"),
                head: [
                  { text: t("letter.payments.recipient") },
                  { text: t("letter.payments.account") },
                  { text: t("letter.payments.amount"), numeric: true },
                ],
                rows: f.payments.map((p) => [
                  { text: p.recipient },
                  { text: p.accountNumber ?? "–" },
                  { text: kr(p.amount), numeric: true },
                ]),
                foot: [{ text: t("letter.payments.sum") }, { text: "" }, { text: kr(total), numeric: true }],
                rowHeaders: true,
              },
            ]
          : []),
      ],
    },
    {
      id: "measures",
      title: t("letter.measures.heading"),
      blocks: [
        {
          kind: "table",
          caption: t("letter.measures.caption"),
          head: [
            { text: t("letter.measures.measure") },
            { text: t("letter.measures.applied"), numeric: true },
            ...(granted ? [{ text: t("letter.measures.granted"), numeric: true }] : []),
          ],
          rows: f.measures.map((m) => [
            { text: m.title },
            { text: kr(m.applied), numeric: true },
            ...(granted ? [{ text: kr(m.granted), numeric: true }] : []),
          ]),
          foot: [
            { text: t("letter.payments.sum") },
            { text: kr(f.applied), numeric: true },
            ...(granted ? [{ text: kr(total), numeric: true }] : []),
          ],
          rowHeaders: true,
        },
      ],
    },
    ...(granted
      ? [
          {
            id: "purpose",
            title: t("letter.purpose.heading"),
            blocks: [
              {
                kind: "text" as const,
                text: t("letter.purpose.text", { period: t("letter.period", { year: f.year }) }),
              },
            ],
          },
          {
            id: "conditions",
            title: t("letter.conditions.heading"),
            blocks: [
              {
                kind: "text" as const,
                text: [
                  ...(coFinancing > 0 ? [t("letter.conditions.coFinancing", { amount: kr(coFinancing) })] : []),
                  t("letter.conditions.reporting", { deadline: f.formatDate(f.annualDeadline) }),
                  t("letter.conditions.repayment"),
                  t("letter.conditions.acceptance"),
                ].join("\n\n"),
              },
            ],
          },
        ]
      : []),
    { id: "reasons", title: t("letter.reasons.heading"), blocks: [{ kind: "text", text: reasons.join("\n\n") }] },
    {
      id: "appeal",
      title: t("letter.appeal.heading"),
      blocks: [
        {
          kind: "text",
          text: [
            t("letter.appeal.text", { sender, body: f.appealBody }),
            t("letter.appeal.deadline", {
              sent: f.formatDate(f.sentAt),
              deadline: f.formatDate(appealDeadline(f.sentAt)),
            }),
            t("letter.appeal.access"),
          ].join("\n\n"),
        },
      ],
    },
  ];
  return {
    ...base,
    title: t(granted ? "letter.title.grant" : "letter.title.refusal", { network: f.network, year: f.year }),
    meta: [
      { key: "outcome", label: t("letter.meta.outcome"), value: t(`letter.kinds.${kind}`) },
      { key: "scheme", label: t("letter.meta.scheme"), value: f.schemeName },
      { key: "applied", label: t("letter.meta.applied"), value: kr(f.applied) },
      ...(granted
        ? [
            { key: "total", label: t("letter.meta.total"), value: kr(total) },
            { key: "period", label: t("letter.meta.period"), value: t("letter.period", { year: f.year }) },
          ]
        : []),
    ],
    sections,
  };
}
