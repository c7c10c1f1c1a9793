import { ScopedMessages } from "@/components/layout/scoped-messages";
import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import {
  Alert,
  Paragraph,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ds";
import { getDates } from "@/lib/i18n/dates";
import { Money } from "@/components/ui/money";
import { PageSection } from "@/components/ui/page-section";
import { AppLink } from "@/components/ui/app-link";
import { BudgetForm } from "../budget-form";
import { BudgetHeader, budgetTitle, loadBudgetPage } from "./budget-header";
import { UhSplitForm } from "./uh-split-form";
import { countyAllocation } from "@/lib/directorate/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: await budgetTitle((await params).id) };
}

export default async function BudgetPage({ params }: { params: Promise<{ id: string }> }) {
  const { formatDateTime } = await getDates();
  const { id } = await params;
  const [b, t] = await Promise.all([loadBudgetPage(id), getTranslations()]);
  const directorate = await countyAllocation(b.countyId, b.year, b.scheme);
  return (
    <ScopedMessages group="budget">
      <BudgetHeader id={id} current="budget" />
      <div className="flex flex-col gap-10">
        <PageSection title={t("budget.linesTitle")}>
          {directorate && directorate.amount !== b.allocatedAmount ? (
            <Alert data-color="warning">
              <Paragraph>
                {t("budget.allocationDiffers", { directorate: directorate.amount, budget: b.allocatedAmount })}
              </Paragraph>
            </Alert>
          ) : null}
          {b.can.editLines ? (
            <BudgetForm
              mode="update"
              budget={{
                id: b.id,
                version: b.version,
                allocated: b.allocatedAmount,
                note: b.note,
                lines: b.lines.map((l) => ({ kind: l.kind, label: l.label, amount: l.amount })),
              }}
            />
          ) : (
            <>
              {b.decided ? (
                <Alert data-color="info">
                  <Paragraph>
                    {t("budget.locked", {
                      name: b.decided.name,
                      date: b.decided.decidedAt ? formatDateTime(b.decided.decidedAt) : "",
                    })}
                  </Paragraph>
                </Alert>
              ) : null}
              <DataTable caption={t("budget.linesTitle")}>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("budget.line")}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="num">
                      {t("budget.amount")}
                    </TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  <TableRow>
                    <TableHeaderCell scope="row">{t("budget.allocated")}</TableHeaderCell>
                    <TableCell className="num">
                      <Money amount={b.allocatedAmount} />
                    </TableCell>
                  </TableRow>
                  {b.lines.map((l) => (
                    <TableRow key={l.id}>
                      <TableHeaderCell scope="row" className="font-normal">
                        {l.label}{" "}
                        <span className="text-sm text-neutral-text-subtle">({t(`budget.kinds.${l.kind}`)})</span>
                      </TableHeaderCell>
                      <TableCell className="num">
                        <Money amount={l.amount} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
                <TableFoot>
                  <TableRow>
                    <TableHeaderCell scope="row">{t("budget.remainder")}</TableHeaderCell>
                    <TableCell className="num font-semibold">
                      <Money amount={b.amounts.proRata} />
                    </TableCell>
                  </TableRow>
                </TableFoot>
              </DataTable>
              {b.note ? <Paragraph className="whitespace-pre-line">{b.note}</Paragraph> : null}
            </>
          )}
        </PageSection>

        <PageSection title={t("budget.uhTitle")}>
          <Paragraph>{t("budget.uhIntro", { amount: b.uh.line.toLocaleString("nb-NO") })}</Paragraph>
          {b.uh.rows.length === 0 ? (
            <Paragraph>{t("budget.uhNone")}</Paragraph>
          ) : (
            <DataTable caption={t("budget.uhTitle")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{t("budget.uhInstitution")}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("budget.uhNetworks")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("budget.uhProposed")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("budget.uhDecided")}
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {b.uh.rows.map((r) => (
                  <TableRow key={r.organisationId}>
                    <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                    <TableCell className="num">{r.networkCount}</TableCell>
                    <TableCell className="num">
                      <Money amount={r.proposed} />
                    </TableCell>
                    <TableCell className="num">
                      <Money amount={r.decided ?? r.proposed} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFoot>
                <TableRow>
                  <TableHeaderCell scope="row">{t("common.total")}</TableHeaderCell>
                  <TableCell className="num">{b.uh.rows.reduce((a, r) => a + r.networkCount, 0)}</TableCell>
                  <TableCell className="num">
                    <Money amount={b.uh.rows.reduce((a, r) => a + r.proposed, 0)} />
                  </TableCell>
                  <TableCell className="num">
                    <Money amount={b.uh.rows.reduce((a, r) => a + (r.decided ?? r.proposed), 0)} />
                  </TableCell>
                </TableRow>
              </TableFoot>
            </DataTable>
          )}
          {b.uh.stale ? (
            <Alert data-color="warning">
              <Paragraph>{t("budget.uhStale")}</Paragraph>
            </Alert>
          ) : null}
          {b.uh.overridden && b.uh.reason ? (
            <Paragraph>
              <span className="font-semibold">{t("budget.uhReasonShown")}</span> {b.uh.reason}
            </Paragraph>
          ) : null}
          {b.can.manage && b.uh.rows.length > 0 ? (
            <UhSplitForm id={b.id} version={b.version} reason={b.uh.reason} rows={b.uh.rows} />
          ) : null}
        </PageSection>

        <PageSection title={t("budget.framesTitle")} className="flex flex-col gap-2">
          {b.decided ? (
            <Paragraph>
              {t("budget.decidedSummary", { name: b.decided.name })} <Money amount={b.decided.total} />.
            </Paragraph>
          ) : (
            <Paragraph>{t("budget.noDecidedYet", { count: b.scenarios.length })}</Paragraph>
          )}
          <div>
            <AppLink href={`/budsjett/${id}/rammer`}>{t("budget.toFrames")}</AppLink>
          </div>
        </PageSection>
      </div>
    </ScopedMessages>
  );
}
