import "server-only";
import type { NeedsReportView } from "@/lib/needs-reports/queries";
import { SCHEMES } from "@/lib/needs-reports/totals";
import { datesFor } from "@/lib/dates";
import { compareSemesters } from "@/lib/semesters";
import { formatAccountNumber, formatOrgNumber } from "@/lib/norwegian-ids";
import { clean, kr, pdfWriter } from "@/lib/pdf";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";

/** The needs report as a PDF that mirrors the official form: same parts, same tables, figures as "1 580 000 kr". */
export async function needsReportPdf(r: NeedsReportView, options: { compress?: boolean; locale?: Locale } = {}): Promise<Buffer> {
  const locale = options.locale ?? "nb";
  const t = await translatorFor(locale);
  const { formatDateTime, formatSemester } = datesFor(locale);
  const v = (k: string, values?: Record<string, string | number>) => t(`needsReports.view.${k}` as "needsReports.view.schemes", values);
  const yn = (x: boolean | null) => (x === null ? t("common.notGiven") : x ? t("common.yes") : t("common.no"));
  const { doc, width, h1, h2, h3, p, kv, table, end } = pdfWriter({ title: t("pdf.needsReport.title", { year: r.round.year, network: r.network.name }), compress: options.compress, notGiven: t("common.notGiven") });

  h1(t("pdf.needsReport.heading", { year: r.round.year }));
  doc.font("Helvetica").fontSize(10).text(clean(`${r.network.name} · ${t("common.status")}: ${t(`status.${r.status}`)}${r.submittedAt ? ` · ${v("submittedAt", { date: formatDateTime(r.submittedAt), version: r.submittedVersion })}` : ""}`));

  h2(v("schemes"));
  p(SCHEMES.map((s) => `${r.schemes.includes(s) ? "[X]" : "[ ]"} ${t(`schemes.${s}`)}`).join("    "));

  h2(v("owners"));
  kv(t("needsReports.leadOwner"), r.leadOwner.name);
  kv(v("otherOwners"), r.owners.map((o) => o.organisation.name).join(", ") || t("common.none"));
  kv(t("needsReports.network"), r.network.name);

  h2(v("uh"));
  p([r.uhInstitution?.name, r.uhUnits.map((u) => u.organisation.name).join(" og ")].filter(Boolean).join(", "));

  h2(v("contacts"));
  const owner = r.contacts.find((c) => c.side === "OWNER");
  const uh = r.contacts.find((c) => c.side === "UH");
  table(
    ["", v("contactOwner"), v("contactUh")],
    [
      [t("common.name"), owner?.name ?? "–", uh?.name ?? "–"],
      [t("common.role"), owner?.role ?? "–", uh?.role ?? "–"],
      [t("common.phone"), owner?.phone ?? "–", uh?.phone ?? "–"],
      [t("common.email"), owner?.email ?? "–", uh?.email ?? "–"],
      [t("common.accountNumber"), owner?.accountNumber ? formatAccountNumber(owner.accountNumber) : "–", uh?.accountNumber ? formatAccountNumber(uh.accountNumber) : "–"],
      [t("common.orgNumber"), owner?.orgNumber ? formatOrgNumber(owner.orgNumber) : "–", uh?.orgNumber ? formatOrgNumber(uh.orgNumber) : "–"],
      [v("paymentMarking"), owner?.paymentMarking ?? "–", uh?.paymentMarking ?? "–"],
    ],
    [90, width / 2 - 45, width / 2 - 45],
  );

  h2(v("facts"));
  kv(v("multipleOwners"), yn(r.multipleOwners));
  kv(v("multipleUh"), yn(r.multipleUh));
  kv(v("multipleSchemes"), yn(r.multipleSchemes));
  kv(v("measureCount"), String(r.measures.length));

  h2(v("totals", { year: r.round.year }));
  table(
    [v("scheme"), v("owner"), v("uhShort"), t("common.total")],
    [
      ...SCHEMES.map((s) => [t(`schemes.${s}`), kr(r.totals.byScheme[s].owner), kr(r.totals.byScheme[s].uh), kr(r.totals.byScheme[s].total)]),
      [v("sum"), kr(r.totals.total.owner), kr(r.totals.total.uh), kr(r.totals.total.total)],
    ],
    [width - 3 * 100, 100, 100, 100],
    { boldLast: true },
  );

  for (const m of r.measures) {
    h2(v("measure", { n: m.position, name: m.name }));
    table([v("split"), v("owner"), v("uhShort"), v("sum")], [[t(`schemes.${m.scheme}`), kr(m.ownerAmount), kr(m.uhAmount), kr(m.ownerAmount + m.uhAmount)]], [width - 300, 100, 100, 100]);
    kv(v("purposes"), m.purposes.map((x) => t(`purposes.${x}`)).join(", ") || t("common.notGiven"));
    h3(v("anchoring"));
    p(m.anchoringText);
    h3(v("collective"));
    p(m.collectiveText);
    h3(v("teacherEducation"));
    p(m.teacherEducationText);
    h3(v("longTermPlan"));
    if (m.longTermPlanPoints) p(`${v("planPoints")}: ${m.longTermPlanPoints}`);
    p(m.longTermPlanText);
    for (const [side, title, total] of [
      ["OWNER", v("ownerBudget"), m.ownerAmount],
      ["UH", v("uhBudget"), m.uhAmount],
    ] as const) {
      h3(title);
      const lines = m.budgetLines.filter((l) => l.side === side);
      table([v("line"), v("amount")], [...lines.map((l) => [l.description ? `${l.title}\n${l.description}` : l.title, kr(l.amount)]), [v("sum"), kr(total)]], [width - 110, 110], { boldLast: true });
    }
    h3(v("coordinator"));
    kv(v("coordinatorNeeded"), yn(m.coordinatorNeeded));
    if (m.coordinatorText) p(m.coordinatorText);
    if (m.coordinatorAmount !== null) kv(t("pdf.needsReport.coordinatorAmount"), kr(m.coordinatorAmount));
    h3(v("duration"));
    p([...m.semesters].sort(compareSemesters).map(formatSemester).join(", "));
    if (m.laterNeeds.length) {
      h3(v("laterNeeds"));
      table(
        [v("period"), v("owner"), v("reason"), v("uhShort"), v("reason")],
        m.laterNeeds.map((n) => [n.term ? formatSemester({ term: n.term, year: n.year }) : String(n.year), kr(n.ownerAmount), n.ownerReason ?? "–", kr(n.uhAmount), n.uhReason ?? "–"]),
        [60, 75, (width - 210) / 2, 75, (width - 210) / 2],
      );
    }
    h3(v("targetGroup"));
    p(m.targetGroup);
  }

  h2(v("partners"));
  table([t("form.partnerName"), v("contactPerson"), v("ownerOrUh")], r.partners.map((x) => [x.name, x.contactPerson ?? "–", x.kind === "OWNER" ? v("contactOwner") : v("contactUh")]), [width / 2, width / 3, width / 6]);

  h2(v("codetermination"));
  kv(v("codeterminationDiscussed"), yn(r.codeterminationDiscussed));
  if (r.codetermination.length) table([t("common.role"), t("common.name")], r.codetermination.map((c) => [c.role, c.name]), [width / 2, width / 2]);
  if (r.codeterminationRemark) p(r.codeterminationRemark);

  h2(v("units"));
  table(
    (["kommunaleBarnehager", "privateBarnehager", "offentligeSkoler", "privateSkoler", "ppt"] as const).map((k) => v(`unitKinds.${k}`)),
    [[r.unitsKommunaleBarnehager, r.unitsPrivateBarnehager, r.unitsOffentligeSkoler, r.unitsPrivateSkoler, r.unitsPpt].map((n) => (n === null ? "–" : String(n)))],
    Array(5).fill(width / 5),
  );

  return end();
}
