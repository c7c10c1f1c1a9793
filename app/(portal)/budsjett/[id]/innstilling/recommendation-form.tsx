"use client";
import { DataTable } from "@/components/ui/data-table";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { TableBody, TableCell, TableFoot, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { ActionForm } from "@/components/form/action-form";
import { AmountInput, SelectInput, TextInput } from "@/components/form/inputs";
import { parseAmount } from "@/components/form/fields";
import { recordRecommendationsAction } from "@/lib/allocations/actions";
import { formatKroner } from "@/lib/money";

export type Row = {
  networkId: string;
  name: string;
  frame: number;
  applied: number;
  version: number;
  amount: number | null;
  reason: string | null;
};

/** Sum of the amounts as typed. */
function LiveTotal({ count }: { count: number }) {
  const t = useTranslations("recommendation");
  const ref = useRef<HTMLSpanElement>(null);
  const [total, setTotal] = useState<number | null>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const update = () => {
      const data = new FormData(form);
      const values = Array.from(
        { length: count },
        (_, i) => parseAmount(String(data.get(`rows.${i}.amount`) ?? "")) ?? 0,
      );
      setTotal(values.every(Number.isFinite) ? values.reduce((a, b) => a + b, 0) : null);
    };
    update();
    form.addEventListener("input", update);
    return () => form.removeEventListener("input", update);
  }, [count]);
  return (
    <span ref={ref} aria-live="polite" className="num font-semibold">
      {total === null ? t("notANumber") : formatKroner(total)}
    </span>
  );
}

/** The recommendation per network: frame, applied, recommended amount and reason — as inputs while it is being recorded, as text otherwise. */
export function RecommendationTable({ rows, editable }: { rows: Row[]; editable: boolean }) {
  const t = useTranslations("recommendation");
  return (
    <DataTable caption={t("tableTitle")} className={editable ? "labels-sr-only" : undefined}>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">{t("network")}</TableHeaderCell>
          <TableHeaderCell scope="col" className="num">
            {t("frame")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="num">
            {t("applied")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className={editable ? undefined : "num"}>
            {t("amount")}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t("reason")}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={r.networkId}>
            <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
            <TableCell className="num">{formatKroner(r.frame)}</TableCell>
            <TableCell className="num">{formatKroner(r.applied)}</TableCell>
            {editable ? (
              <>
                <TableCell className="min-w-48">
                  <input type="hidden" name={`rows.${i}.networkId`} value={r.networkId} />
                  <input type="hidden" name={`rows.${i}.version`} value={r.version} />
                  <AmountInput
                    name={`rows.${i}.amount`}
                    label={t("amountFor", { name: r.name })}
                    defaultValue={r.amount}
                  />
                </TableCell>
                <TableCell className="min-w-64">
                  <TextInput
                    name={`rows.${i}.reason`}
                    label={t("reasonFor", { name: r.name })}
                    defaultValue={r.reason}
                  />
                </TableCell>
              </>
            ) : (
              <>
                <TableCell className="num">{r.amount === null ? "–" : formatKroner(r.amount)}</TableCell>
                <TableCell>{r.reason ?? ""}</TableCell>
              </>
            )}
          </TableRow>
        ))}
      </TableBody>
      <TableFoot>
        <TableRow>
          <TableHeaderCell scope="row">{t("total")}</TableHeaderCell>
          <TableCell className="num">{formatKroner(rows.reduce((a, r) => a + r.frame, 0))}</TableCell>
          <TableCell className="num">{formatKroner(rows.reduce((a, r) => a + r.applied, 0))}</TableCell>
          <TableCell className="num">
            {editable ? <LiveTotal count={rows.length} /> : formatKroner(rows.reduce((a, r) => a + (r.amount ?? 0), 0))}
          </TableCell>
          <TableCell />
        </TableRow>
      </TableFoot>
    </DataTable>
  );
}

/** The forum's recommendation as one form: the case it is recorded in and the table of amounts and reasons. */
export function RecommendationForm({
  budgetId,
  cases,
  caseId,
  rows,
}: {
  budgetId: string;
  cases: { value: string; label: string }[];
  caseId: string | null;
  rows: Row[];
}) {
  const t = useTranslations("recommendation");
  const labels: Record<string, string> = { caseId: t("case") };
  rows.forEach((r, i) => {
    labels[`rows.${i}.amount`] = t("amountFor", { name: r.name });
    labels[`rows.${i}.reason`] = t("reasonFor", { name: r.name });
  });
  return (
    <ActionForm
      id="innstilling"
      action={recordRecommendationsAction}
      submitLabel={t("save")}
      successMessage={t("saved")}
      draftKey={`innstilling:${budgetId}`}
      labels={labels}
    >
      <input type="hidden" name="budgetId" value={budgetId} />
      <SelectInput
        name="caseId"
        label={t("case")}
        description={t("caseHint")}
        defaultValue={caseId}
        options={cases}
        placeholder={t("chooseCase")}
        className="max-w-2xl"
      />
      <RecommendationTable rows={rows} editable />
    </ActionForm>
  );
}
