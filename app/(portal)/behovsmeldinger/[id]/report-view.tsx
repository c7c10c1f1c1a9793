import { getTranslations } from "next-intl/server";
import { Heading, Paragraph, Table, TableBody, TableCell, TableFoot, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import type { NeedsReportView } from "@/lib/needs-reports/queries";
import { SCHEMES } from "@/lib/needs-reports/totals";
import { getDates } from "@/lib/i18n/dates";
import { compareSemesters } from "@/lib/semesters";
import { formatAccountNumber, formatOrgNumber } from "@/lib/norwegian-ids";
import { Money } from "@/components/ui/money";
import { StatusTag } from "@/components/ui/status-tag";

function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 border-t border-neutral-border-subtle pt-6">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Text({ value, empty }: { value: string | null | undefined; empty: string }) {
  if (!value) return <Paragraph className="text-neutral-text-subtle">{empty}</Paragraph>;
  return <div className="whitespace-pre-line max-w-prose">{value}</div>;
}

/** The needs report as the official form lays it out, part by part (read view, print view, check-your-answers). */
export async function ReportView({ r, actions }: { r: NeedsReportView; actions?: React.ReactNode }) {
  const { formatDateTime, formatSemester } = await getDates();
  const t = await getTranslations();
  const yn = (v: boolean | null) => (v === null ? t("common.notGiven") : v ? t("common.yes") : t("common.no"));
  const v = (k: string) => t(`needsReports.view.${k}` as "needsReports.view.schemes");
  const owner = r.contacts.find((c) => c.side === "OWNER");
  const uh = r.contacts.find((c) => c.side === "UH");

  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Heading level={1} data-size="lg">
          {t("form.editTitle", { year: r.round.year, network: r.network.name })}
        </Heading>
        <div className="flex flex-wrap items-center gap-3">
          <StatusTag status={r.status} />
          {r.submittedAt ? <span>{t("needsReports.view.submittedAt", { date: formatDateTime(r.submittedAt), version: r.submittedVersion })}</span> : null}
          <span>{t("needsReports.view.deadline", { year: r.round.year, deadline: formatDateTime(r.round.deadline) })}</span>
        </div>
        {actions}
      </header>

      <Part id="del-1" title={v("schemes")}>
        <ul>
          {SCHEMES.map((s) => (
            <li key={s}>
              <span aria-hidden="true">{r.schemes.includes(s) ? "☒" : "☐"}</span>{" "}
              <span className="sr-only">{r.schemes.includes(s) ? t("needsReports.view.selected") : t("needsReports.view.notSelected")}: </span>
              {t(`schemes.${s}`)}
            </li>
          ))}
        </ul>
      </Part>

      <Part id="del-2" title={v("owners")}>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("needsReports.leadOwner")}</dt>
          <dd>{r.leadOwner.name}</dd>
          <dt className="font-semibold">{v("otherOwners")}</dt>
          <dd>{r.owners.length ? r.owners.map((o) => o.organisation.name).join(", ") : t("common.none")}</dd>
          <dt className="font-semibold">{t("needsReports.network")}</dt>
          <dd>{r.network.name}</dd>
        </dl>
      </Part>

      <Part id="del-3" title={v("uh")}>
        <Paragraph>
          {r.uhInstitution?.name ?? t("common.notGiven")}
          {r.uhUnits.length ? `, ${r.uhUnits.map((u) => u.organisation.name).join(" og ")}` : ""}
        </Paragraph>
      </Part>

      <Part id="del-4" title={v("contacts")}>
        <Table>
          <caption className="sr-only">{v("contacts")}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">
                <span className="sr-only">Felt</span>
              </TableHeaderCell>
              <TableHeaderCell scope="col">{v("contactOwner")}</TableHeaderCell>
              <TableHeaderCell scope="col">{v("contactUh")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(
              [
                [t("common.name"), owner?.name, uh?.name],
                [t("common.role"), owner?.role, uh?.role],
                [t("common.phone"), owner?.phone, uh?.phone],
                [t("common.email"), owner?.email, uh?.email],
                [t("common.accountNumber"), owner?.accountNumber && formatAccountNumber(owner.accountNumber), uh?.accountNumber && formatAccountNumber(uh.accountNumber)],
                [t("common.orgNumber"), owner?.orgNumber && formatOrgNumber(owner.orgNumber), uh?.orgNumber && formatOrgNumber(uh.orgNumber)],
                [v("paymentMarking"), owner?.paymentMarking, uh?.paymentMarking],
              ] as const
            ).map(([label, a, b]) => (
              <TableRow key={label}>
                <TableHeaderCell scope="row">{label}</TableHeaderCell>
                <TableCell>{a || "–"}</TableCell>
                <TableCell>{b || "–"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Part>

      <Part id="del-5" title={v("facts")}>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt>{v("multipleOwners")}</dt>
          <dd className="font-semibold">{yn(r.multipleOwners)}</dd>
          <dt>{v("multipleUh")}</dt>
          <dd className="font-semibold">{yn(r.multipleUh)}</dd>
          <dt>{v("multipleSchemes")}</dt>
          <dd className="font-semibold">{yn(r.multipleSchemes)}</dd>
          <dt>{v("measureCount")}</dt>
          <dd className="font-semibold">{r.measures.length}</dd>
        </dl>
      </Part>

      <Part id="del-6" title={t("needsReports.view.totals", { year: r.round.year })}>
        <Table>
          <caption className="sr-only">{t("needsReports.view.totals", { year: r.round.year })}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{v("scheme")}</TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {v("owner")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {v("uhShort")}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="num">
                {t("common.total")}
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {SCHEMES.map((s) => (
              <TableRow key={s}>
                <TableHeaderCell scope="row">{t(`schemes.${s}`)}</TableHeaderCell>
                <TableCell className="num">
                  <Money amount={r.totals.byScheme[s].owner} />
                </TableCell>
                <TableCell className="num">
                  <Money amount={r.totals.byScheme[s].uh} />
                </TableCell>
                <TableCell className="num">
                  <Money amount={r.totals.byScheme[s].total} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFoot>
            <TableRow>
              <TableHeaderCell scope="row">{v("sum")}</TableHeaderCell>
              <TableCell className="num font-semibold">
                <Money amount={r.totals.total.owner} />
              </TableCell>
              <TableCell className="num font-semibold">
                <Money amount={r.totals.total.uh} />
              </TableCell>
              <TableCell className="num font-semibold">
                <Money amount={r.totals.total.total} />
              </TableCell>
            </TableRow>
          </TableFoot>
        </Table>
      </Part>

      {r.measures.map((m) => {
        const ownerLines = m.budgetLines.filter((l) => l.side === "OWNER");
        const uhLines = m.budgetLines.filter((l) => l.side === "UH");
        const budgetTable = (lines: typeof ownerLines, caption: string) => (
          <Table>
            <caption className="text-left font-semibold">{caption}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{v("line")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="num">
                  {v("amount")}
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((l) => (
                <TableRow key={l.id}>
                  <TableCell>
                    <span className="font-semibold">{l.title}</span>
                    {l.description ? <span className="block whitespace-pre-line text-sm">{l.description}</span> : null}
                  </TableCell>
                  <TableCell className="num">
                    <Money amount={l.amount} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFoot>
              <TableRow>
                <TableHeaderCell scope="row">{v("sum")}</TableHeaderCell>
                <TableCell className="num font-semibold">
                  <Money amount={lines.reduce((a, l) => a + l.amount, 0)} />
                </TableCell>
              </TableRow>
            </TableFoot>
          </Table>
        );
        return (
          <Part key={m.id} id={`tiltak-${m.position}`} title={t("needsReports.view.measure", { n: m.position, name: m.name })}>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{v("scheme")}</dt>
              <dd>{t(`schemes.${m.scheme}`)}</dd>
              <dt className="font-semibold">{v("split")}</dt>
              <dd>
                {v("owner")} <Money amount={m.ownerAmount} /> · {v("uhShort")} <Money amount={m.uhAmount} /> · {t("common.total")}{" "}
                <Money amount={m.ownerAmount + m.uhAmount} />
              </dd>
              <dt className="font-semibold">{v("purposes")}</dt>
              <dd>{m.purposes.map((p) => t(`purposes.${p}`)).join(", ") || t("common.notGiven")}</dd>
            </dl>
            <Heading level={3} data-size="xs">
              {v("anchoring")}
            </Heading>
            <Text value={m.anchoringText} empty={t("common.notGiven")} />
            <Heading level={3} data-size="xs">
              {v("collective")}
            </Heading>
            <Text value={m.collectiveText} empty={t("common.notGiven")} />
            <Heading level={3} data-size="xs">
              {v("teacherEducation")}
            </Heading>
            <Text value={m.teacherEducationText} empty={t("common.notGiven")} />
            <Heading level={3} data-size="xs">
              {v("longTermPlan")}
            </Heading>
            {m.longTermPlanPoints ? (
              <Paragraph>
                {v("planPoints")}: {m.longTermPlanPoints}
              </Paragraph>
            ) : null}
            <Text value={m.longTermPlanText} empty={t("common.notGiven")} />
            {m.ownerUsageText ? <Text value={m.ownerUsageText} empty="" /> : null}
            {budgetTable(ownerLines, v("ownerBudget"))}
            {m.uhUsageText ? <Text value={m.uhUsageText} empty="" /> : null}
            {budgetTable(uhLines, v("uhBudget"))}
            <Heading level={3} data-size="xs">
              {v("coordinator")}
            </Heading>
            <Paragraph>
              {v("coordinatorNeeded")} <strong>{yn(m.coordinatorNeeded)}</strong>
            </Paragraph>
            <Text value={m.coordinatorText} empty={t("common.notGiven")} />
            <Heading level={3} data-size="xs">
              {v("duration")}
            </Heading>
            <Paragraph>{[...m.semesters].sort(compareSemesters).map(formatSemester).join(", ") || t("common.notGiven")}</Paragraph>
            <Heading level={3} data-size="xs">
              {v("laterNeeds")}
            </Heading>
            {m.laterNeeds.length ? (
              <Table>
                <caption className="sr-only">{v("laterNeeds")}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell scope="col">{v("period")}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="num">
                      {v("owner")}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">{v("reason")}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="num">
                      {v("uhShort")}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">{v("reason")}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {m.laterNeeds.map((n) => (
                    <TableRow key={n.id}>
                      <TableHeaderCell scope="row">{n.term ? formatSemester({ term: n.term, year: n.year }) : n.year}</TableHeaderCell>
                      <TableCell className="num">
                        <Money amount={n.ownerAmount} />
                      </TableCell>
                      <TableCell className="whitespace-pre-line">{n.ownerReason ?? "–"}</TableCell>
                      <TableCell className="num">
                        <Money amount={n.uhAmount} />
                      </TableCell>
                      <TableCell className="whitespace-pre-line">{n.uhReason ?? "–"}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : (
              <Paragraph>{t("common.notGiven")}</Paragraph>
            )}
            <Heading level={3} data-size="xs">
              {v("targetGroup")}
            </Heading>
            <Text value={m.targetGroup} empty={t("common.notGiven")} />
          </Part>
        );
      })}

      <Part id="del-14" title={v("partners")}>
        {r.partners.length ? (
          <Table>
            <caption className="sr-only">{v("partners")}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">#</TableHeaderCell>
                <TableHeaderCell scope="col">{t("common.name")}</TableHeaderCell>
                <TableHeaderCell scope="col">{v("contactPerson")}</TableHeaderCell>
                <TableHeaderCell scope="col">{v("ownerOrUh")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {r.partners.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>{p.position}</TableCell>
                  <TableCell>{p.name}</TableCell>
                  <TableCell>{p.contactPerson ?? "–"}</TableCell>
                  <TableCell>{p.kind === "OWNER" ? v("owner") : v("uhShort")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Paragraph>{t("common.none")}</Paragraph>
        )}
      </Part>

      <Part id="del-15" title={v("codetermination")}>
        <Paragraph>
          {v("codeterminationDiscussed")} <strong>{yn(r.codeterminationDiscussed)}</strong>
        </Paragraph>
        {r.codetermination.length ? (
          <Table>
            <caption className="text-left font-semibold">{v("participants")}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{t("common.role")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("common.name")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {r.codetermination.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{c.role}</TableCell>
                  <TableCell>{c.name}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
        {r.codeterminationRemark ? (
          <>
            <Heading level={3} data-size="xs">
              {v("remark")}
            </Heading>
            <Text value={r.codeterminationRemark} empty="" />
          </>
        ) : null}
      </Part>

      <Part id="del-16" title={v("units")}>
        <Table>
          <caption className="sr-only">{v("units")}</caption>
          <TableHead>
            <TableRow>
              {(["kommunaleBarnehager", "privateBarnehager", "offentligeSkoler", "privateSkoler", "ppt"] as const).map((k) => (
                <TableHeaderCell scope="col" key={k} className="num">
                  {t(`needsReports.view.unitKinds.${k}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            <TableRow>
              {[r.unitsKommunaleBarnehager, r.unitsPrivateBarnehager, r.unitsOffentligeSkoler, r.unitsPrivateSkoler, r.unitsPpt].map((n, i) => (
                <TableCell key={i} className="num">
                  {n ?? "–"}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </Part>
    </article>
  );
}
