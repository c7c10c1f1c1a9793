/**
 * The needs report described once (lib/document/model.ts), part by part as
 * the official form lays it out (docs/domain.md, "the needs-report form"):
 * the read view, the print view and the PDF are all rendered from this, so
 * none of them can leave a field out.
 */
import type { NeedsReportView } from "@/lib/needs-reports/queries";
import { SCHEMES } from "@/lib/needs-reports/totals";
import { datesFor } from "@/lib/dates";
import { compareSemesters } from "@/lib/semesters";
import { formatAccountNumber, formatOrgNumber } from "@/lib/norwegian-ids";
import { formatKroner } from "@/lib/money";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import type { Block, Cell, DocumentModel, Section } from "@/lib/document/model";

const UNIT_KINDS = ["kommunaleBarnehager", "privateBarnehager", "offentligeSkoler", "privateSkoler", "ppt"] as const;

export async function needsReportDocument(r: NeedsReportView, locale: Locale): Promise<DocumentModel> {
  const t = await translatorFor(locale);
  const { formatDateTime, formatSemester } = datesFor(locale);
  const v = (k: string, values?: Record<string, string | number>) =>
    t(`needsReports.view.${k}` as "needsReports.view.schemes", values);
  const notGiven = t("common.notGiven");
  const yn = (x: boolean | null) => (x === null ? notGiven : x ? t("common.yes") : t("common.no"));
  const or = (s: string | null | undefined, fallback = "–") => (s && s.trim() ? s : fallback);
  const text = (s: string | null | undefined): Block =>
    s && s.trim() ? { kind: "text", text: s } : { kind: "text", text: notGiven, muted: true };
  const money = (n: number | null, strong = false): Cell => ({
    text: n === null ? "–" : formatKroner(n),
    numeric: true,
    strong,
  });
  const head = (label: string, numeric = false): Cell => ({ text: label, numeric });
  const latest = r.versions.at(-1);

  const owner = r.contacts.find((c) => c.side === "OWNER");
  const uh = r.contacts.find((c) => c.side === "UH");

  const sections: Section[] = [
    {
      id: "del-1",
      title: v("schemes"),
      blocks: [
        {
          kind: "checklist",
          items: SCHEMES.map((s) => ({
            label: t(`schemes.${s}`),
            checked: r.schemes.includes(s),
            state: r.schemes.includes(s) ? v("selected") : v("notSelected"),
          })),
        },
      ],
    },
    {
      id: "del-2",
      title: v("owners"),
      blocks: [
        {
          kind: "fields",
          rows: [
            { label: t("needsReports.leadOwner"), value: r.leadOwner.name },
            { label: v("otherOwners"), value: r.owners.map((o) => o.organisation.name).join(", ") || t("common.none") },
            { label: t("needsReports.network"), value: r.network.name },
          ],
        },
      ],
    },
    {
      id: "del-3",
      title: v("uh"),
      blocks: [
        {
          kind: "fields",
          rows: [
            { label: v("uhInstitution"), value: r.uhInstitution?.name ?? notGiven },
            { label: v("uhUnits"), value: r.uhUnits.map((u) => u.organisation.name).join(", ") || t("common.none") },
          ],
        },
      ],
    },
    {
      id: "del-4",
      title: v("contacts"),
      blocks: [
        {
          kind: "table",
          caption: v("contacts"),
          rowHeaders: true,
          head: [head(v("field")), head(v("contactOwner")), head(v("contactUh"))],
          rows: (
            [
              [t("common.name"), owner?.name, uh?.name],
              [t("common.role"), owner?.role, uh?.role],
              [t("common.phone"), owner?.phone, uh?.phone],
              [t("common.email"), owner?.email, uh?.email],
              [
                t("common.accountNumber"),
                owner?.accountNumber && formatAccountNumber(owner.accountNumber),
                uh?.accountNumber && formatAccountNumber(uh.accountNumber),
              ],
              [
                t("common.orgNumber"),
                owner?.orgNumber && formatOrgNumber(owner.orgNumber),
                uh?.orgNumber && formatOrgNumber(uh.orgNumber),
              ],
              [v("paymentMarking"), owner?.paymentMarking, uh?.paymentMarking],
            ] as const
          ).map(([label, a, b]) => [{ text: label }, { text: or(a) }, { text: or(b) }]),
        },
      ],
    },
    {
      id: "del-5",
      title: v("facts"),
      blocks: [
        {
          kind: "fields",
          rows: [
            { label: v("multipleOwners"), value: yn(r.multipleOwners) },
            { label: v("multipleUh"), value: yn(r.multipleUh) },
            { label: v("multipleSchemes"), value: yn(r.multipleSchemes) },
            { label: v("measureCount"), value: String(r.measures.length) },
          ],
        },
      ],
    },
    {
      id: "del-6",
      title: v("totals", { year: r.round.year }),
      blocks: [
        {
          kind: "table",
          caption: v("totals", { year: r.round.year }),
          rowHeaders: true,
          head: [head(v("scheme")), head(v("owner"), true), head(v("uhShort"), true), head(t("common.total"), true)],
          rows: SCHEMES.map((s) => [
            { text: t(`schemes.${s}`) },
            money(r.totals.byScheme[s].owner),
            money(r.totals.byScheme[s].uh),
            money(r.totals.byScheme[s].total),
          ]),
          foot: [
            { text: v("sum") },
            money(r.totals.total.owner, true),
            money(r.totals.total.uh, true),
            money(r.totals.total.total, true),
          ],
        },
      ],
    },
    ...r.measures.map((m): Section => {
      const budget = (
        side: "OWNER" | "UH",
        title: string,
        usageLabel: string,
        usage: string | null,
        total: number,
      ): Block[] => {
        const lines = m.budgetLines.filter((l) => l.side === side);
        return [
          { kind: "subheading", text: title },
          { kind: "fields", rows: [{ label: usageLabel, value: or(usage, notGiven) }] },
          {
            kind: "table",
            caption: title,
            head: [head(v("line")), head(v("amount"), true)],
            rows: lines.map((l) => [
              { text: l.title, strong: true, detail: l.description ?? undefined },
              money(l.amount),
            ]),
            foot: [{ text: v("sum") }, money(total, true)],
            empty: t("common.none"),
          },
        ];
      };
      return {
        id: `tiltak-${m.position}`,
        title: v("measure", { n: m.position, name: m.name }),
        blocks: [
          {
            kind: "fields",
            rows: [
              { label: v("scheme"), value: t(`schemes.${m.scheme}`) },
              { label: `${v("split")}: ${v("owner")}`, value: formatKroner(m.ownerAmount) },
              { label: `${v("split")}: ${v("uhShort")}`, value: formatKroner(m.uhAmount) },
              { label: `${v("split")}: ${t("common.total")}`, value: formatKroner(m.ownerAmount + m.uhAmount) },
              { label: v("purposes"), value: m.purposes.map((p) => t(`purposes.${p}`)).join(", ") || notGiven },
            ],
          },
          { kind: "subheading", text: v("anchoring") },
          text(m.anchoringText),
          { kind: "subheading", text: v("collective") },
          text(m.collectiveText),
          { kind: "subheading", text: v("teacherEducation") },
          text(m.teacherEducationText),
          { kind: "subheading", text: v("longTermPlan") },
          { kind: "fields", rows: [{ label: v("planPoints"), value: or(m.longTermPlanPoints, notGiven) }] },
          text(m.longTermPlanText),
          ...budget("OWNER", v("ownerBudget"), v("ownerUsage"), m.ownerUsageText, m.ownerAmount),
          ...budget("UH", v("uhBudget"), v("uhUsage"), m.uhUsageText, m.uhAmount),
          { kind: "subheading", text: v("coordinator") },
          {
            kind: "fields",
            rows: [
              { label: v("coordinatorNeeded"), value: yn(m.coordinatorNeeded) },
              {
                label: v("coordinatorAmount"),
                value: m.coordinatorAmount === null ? notGiven : formatKroner(m.coordinatorAmount),
              },
            ],
          },
          text(m.coordinatorText),
          { kind: "subheading", text: v("duration") },
          { kind: "text", text: [...m.semesters].sort(compareSemesters).map(formatSemester).join(", ") || notGiven },
          { kind: "subheading", text: v("laterNeeds") },
          {
            kind: "table",
            caption: v("laterNeeds"),
            rowHeaders: true,
            head: [
              head(v("period")),
              head(v("owner"), true),
              head(v("reason")),
              head(v("uhShort"), true),
              head(v("reason")),
            ],
            rows: m.laterNeeds.map((n) => [
              { text: n.term ? formatSemester({ term: n.term, year: n.year }) : String(n.year) },
              money(n.ownerAmount),
              { text: or(n.ownerReason) },
              money(n.uhAmount),
              { text: or(n.uhReason) },
            ]),
            empty: notGiven,
          },
          { kind: "subheading", text: v("targetGroup") },
          text(m.targetGroup),
        ],
      };
    }),
    {
      id: "del-14",
      title: v("partners"),
      blocks: [
        {
          kind: "table",
          caption: v("partners"),
          head: [head("#"), head(t("common.name")), head(v("contactPerson")), head(v("ownerOrUh"))],
          rows: r.partners.map((p) => [
            { text: String(p.position) },
            { text: p.name },
            { text: or(p.contactPerson) },
            { text: p.kind === "OWNER" ? v("owner") : v("uhShort") },
          ]),
          empty: t("common.none"),
        },
      ],
    },
    {
      id: "del-15",
      title: v("codetermination"),
      blocks: [
        { kind: "fields", rows: [{ label: v("codeterminationDiscussed"), value: yn(r.codeterminationDiscussed) }] },
        {
          kind: "table",
          caption: v("participants"),
          captionVisible: true,
          head: [head(t("common.role")), head(t("common.name"))],
          rows: r.codetermination.map((c) => [{ text: c.role }, { text: c.name }]),
          empty: t("common.none"),
        },
        { kind: "fields", rows: [{ label: v("remark"), value: or(r.codeterminationRemark, t("common.none")) }] },
      ],
    },
    {
      id: "del-16",
      title: v("units"),
      blocks: [
        {
          kind: "table",
          caption: v("units"),
          head: UNIT_KINDS.map((k) => head(v(`unitKinds.${k}`), true)),
          rows: [
            [
              r.unitsKommunaleBarnehager,
              r.unitsPrivateBarnehager,
              r.unitsOffentligeSkoler,
              r.unitsPrivateSkoler,
              r.unitsPpt,
            ].map((n) => ({ text: n === null ? "–" : String(n), numeric: true })),
          ],
        },
      ],
    },
  ];

  return {
    lang: locale,
    title: t("form.editTitle", { year: r.round.year, network: r.network.name }),
    meta: [
      { key: "network", label: t("needsReports.network"), value: r.network.name },
      { key: "year", label: t("common.year"), value: String(r.round.year) },
      { key: "status", label: t("common.status"), value: t(`status.${r.status}`) },
      {
        key: "version",
        label: v("version"),
        value: r.submittedVersion ? String(r.submittedVersion) : v("notSubmitted"),
      },
      {
        key: "submitted",
        label: v("submitted"),
        value: r.submittedAt
          ? v("submittedBy", { date: formatDateTime(r.submittedAt), name: latest?.submittedBy?.name ?? "–" })
          : v("notSubmitted"),
      },
      { key: "deadline", label: v("deadlineLabel"), value: formatDateTime(r.round.deadline) },
    ],
    sections,
    pageLabel: (n, m) => v("page", { n, m }),
  };
}
