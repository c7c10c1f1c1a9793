import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import {
  Alert,
  Button,
  Card,
  CardBlock,
  Checkbox,
  Details,
  DetailsContent,
  DetailsSummary,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@/components/ds";
import { staleScenarioIds } from "@/lib/budget/queries";
import { getDates } from "@/lib/i18n/dates";
import { formatKroner } from "@/lib/money";
import { Money } from "@/components/ui/money";
import { PageSection } from "@/components/ui/page-section";
import { BudgetHeader, budgetTitle, loadBudgetPage } from "../budget-header";
import { NewScenarioForm, ScenarioSteps } from "./scenario-forms";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("budget.tabs");
  return { title: `${t("frames")} – ${await budgetTitle((await params).id)}` };
}

type Inputs = {
  missing?: { name: string; network: string }[];
  networks?: {
    networkId: string;
    name: string;
    key: number;
    owners?: { organisationId: string; name: string; value: number | null }[];
  }[];
};

const fteFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 4 });
const fte = (v: number) => fteFormat.format(v);

export default async function FramesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ vis?: string | string[] }>;
}) {
  const { formatDateTime } = await getDates();
  const { id } = await params;
  const { vis } = await searchParams;
  const [b, t] = await Promise.all([loadBudgetPage(id), getTranslations()]);
  const stale = b.can.manage ? await staleScenarioIds(b) : [];
  const chosen = vis ? (Array.isArray(vis) ? vis : [vis]) : null;
  const shown = chosen ? b.scenarios.filter((s) => chosen.includes(s.id)) : b.scenarios;
  const networks = b.networks;
  const frameOf = (s: (typeof b.scenarios)[number], networkId: string) =>
    s.frames.find((f) => f.networkId === networkId);
  const pair = shown.length === 2 ? shown : null;

  return (
    <>
      <BudgetHeader id={id} current="frames" />
      <div className="flex flex-col gap-8">
        <PageSection title={t("frames.ruleTitle")} className="flex flex-col gap-2">
          <Paragraph>
            {t("frames.rule", {
              base: formatKroner(b.amounts.base),
              count: networks.length,
              proRata: formatKroner(b.amounts.proRata),
            })}
          </Paragraph>
          <Paragraph data-size="sm">{t("frames.ties")}</Paragraph>
        </PageSection>

        {b.scenarios.length === 0 ? (
          <Paragraph>{t("frames.none")}</Paragraph>
        ) : (
          <PageSection title={t("frames.compareTitle")}>
            {b.scenarios.length > 1 ? (
              <form method="get" className="flex flex-wrap items-end gap-4">
                <Fieldset>
                  <FieldsetLegend>{t("frames.showScenarios")}</FieldsetLegend>
                  <div className="flex flex-wrap gap-x-6">
                    {b.scenarios.map((s) => (
                      <Checkbox key={s.id} name="vis" value={s.id} label={s.name} defaultChecked={shown.includes(s)} />
                    ))}
                  </div>
                </Fieldset>
                <Button type="submit" variant="secondary">
                  {t("frames.showButton")}
                </Button>
              </form>
            ) : null}
            <DataTable caption={t("frames.compareTitle")} zebra>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col" rowSpan={2}>
                    {t("frames.network")}
                  </TableHeaderCell>
                  {shown.map((s) => (
                    <TableHeaderCell key={s.id} scope="colgroup" colSpan={2} className="text-center">
                      {s.name}
                      {s.decided ? <span className="block text-sm font-normal">{t("frames.decidedTag")}</span> : null}
                    </TableHeaderCell>
                  ))}
                  {pair ? (
                    <TableHeaderCell scope="col" rowSpan={2} className="num">
                      {t("frames.difference")}
                    </TableHeaderCell>
                  ) : null}
                </TableRow>
                <TableRow>
                  {shown.map((s) => [
                    <TableHeaderCell key={`${s.id}-k`} scope="col" className="num">
                      {t(`frames.keyShort.${s.key}`, { year: s.keyYear })}
                    </TableHeaderCell>,
                    <TableHeaderCell key={`${s.id}-f`} scope="col" className="num">
                      {t("frames.frame")}
                    </TableHeaderCell>,
                  ])}
                </TableRow>
              </TableHead>
              <TableBody>
                {networks.map((n) => (
                  <TableRow key={n.id}>
                    <TableHeaderCell scope="row">{n.name}</TableHeaderCell>
                    {shown.map((s) => {
                      const f = frameOf(s, n.id);
                      return [
                        <TableCell key={`${s.id}-k`} className="num">
                          {f ? fte(f.keyValue) : "–"}
                        </TableCell>,
                        <TableCell key={`${s.id}-f`} className="num">
                          <Money amount={f?.frame} />
                        </TableCell>,
                      ];
                    })}
                    {pair ? (
                      <TableCell className="num">
                        <Money amount={(frameOf(pair[1]!, n.id)?.frame ?? 0) - (frameOf(pair[0]!, n.id)?.frame ?? 0)} />
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
              <TableFoot>
                <TableRow>
                  <TableHeaderCell scope="row">{t("common.total")}</TableHeaderCell>
                  {shown.map((s) => [
                    <TableCell key={`${s.id}-k`} className="num">
                      {fte(s.frames.reduce((a, f) => a + f.keyValue, 0))}
                    </TableCell>,
                    <TableCell key={`${s.id}-f`} className="num font-semibold" data-testid={`sum-${s.id}`}>
                      <Money amount={s.total} />
                    </TableCell>,
                  ])}
                  {pair ? (
                    <TableCell className="num">
                      <Money amount={pair[1]!.total - pair[0]!.total} />
                    </TableCell>
                  ) : null}
                </TableRow>
              </TableFoot>
            </DataTable>
          </PageSection>
        )}

        {b.scenarios.map((s) => {
          const inputs = (s.frozenInputs ?? {}) as Inputs;
          return (
            <Card key={s.id} data-color={s.decided ? "success" : "neutral"}>
              <CardBlock className="flex flex-col gap-3">
                <Heading level={2} data-size="xs">
                  {s.name}
                </Heading>
                <div className="flex flex-wrap gap-2">
                  {s.decided ? (
                    <Tag data-color="success">
                      {t("frames.decidedAt", { date: s.decidedAt ? formatDateTime(s.decidedAt) : "" })}
                    </Tag>
                  ) : (
                    <Tag data-color="neutral">{t("frames.draft")}</Tag>
                  )}
                  {stale.includes(s.id) ? <Tag data-color="warning">{t("frames.stale")}</Tag> : null}
                </div>
                <Paragraph>
                  {t("frames.summary", {
                    key: t(`frames.keys.${s.key}`),
                    year: s.keyYear,
                    base: formatKroner(s.baseAmount),
                    proRata: formatKroner(s.proRataAmount),
                    computed: formatDateTime(s.computedAt),
                  })}
                </Paragraph>
                {s.baseAmount !== b.amounts.base || s.proRataAmount !== b.amounts.proRata ? (
                  <Paragraph data-size="sm">{t("frames.otherAmounts")}</Paragraph>
                ) : null}
                {inputs.missing?.length ? (
                  <Alert data-color="warning">
                    <Paragraph>{t("frames.missing", { count: inputs.missing.length, year: s.keyYear })}</Paragraph>
                    <Paragraph data-size="sm">
                      {inputs.missing.map((m) => `${m.name} (${m.network})`).join(", ")}
                    </Paragraph>
                  </Alert>
                ) : null}
                {inputs.networks ? (
                  <Details>
                    <DetailsSummary>{t("frames.keyDetails")}</DetailsSummary>
                    <DetailsContent>
                      <ul className="flex flex-col gap-2">
                        {inputs.networks.map((n) => (
                          <li key={n.networkId}>
                            <span className="font-semibold">
                              {n.name}: {fte(n.key)}
                            </span>
                            <span className="block text-sm">
                              {(n.owners ?? [])
                                .map((o) => `${o.name} ${o.value === null ? t("frames.noValue") : fte(o.value)}`)
                                .join(" · ")}
                            </span>
                          </li>
                        ))}
                      </ul>
                    </DetailsContent>
                  </Details>
                ) : null}
                {b.can.manage && !s.decided ? (
                  <ScenarioSteps id={s.id} version={s.version} name={s.name} decidable={!b.decided} />
                ) : null}
              </CardBlock>
            </Card>
          );
        })}

        {b.can.manage && !b.decided ? (
          <PageSection title={t("frames.newTitle")}>
            <Paragraph>{t("frames.newIntro")}</Paragraph>
            <NewScenarioForm budgetId={b.id} year={b.year} base={b.amounts.base} proRata={b.amounts.proRata} />
          </PageSection>
        ) : null}
      </div>
    </>
  );
}
