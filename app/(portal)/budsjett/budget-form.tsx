"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Heading, Paragraph } from "@/components/ds";
import { ActionForm, useActionField } from "@/components/form/action-form";
import { RowsEditor } from "@/components/form/rows-editor";
import { createBudgetAction, updateBudgetAction } from "@/lib/budget/actions";
import { AmountInput, RadioGroup, SelectInput, TextArea, TextInput } from "@/components/form/inputs";
import { parseAmount } from "@/components/form/fields";
import { formatKroner } from "@/lib/money";

export type LineKind = "UH_DIRECT" | "BASE_GRANT" | "FORUM_MEETINGS" | "JOINT_MEASURES" | "OTHER";
type Line = { key: number; kind: LineKind; label: string; amount: number | null };
const KINDS: LineKind[] = ["UH_DIRECT", "BASE_GRANT", "FORUM_MEETINGS", "JOINT_MEASURES", "OTHER"];

/** Allocated amount minus the lines, as the user types: the remainder for pro-rata distribution is never typed. */
function LiveTotals({ formRef }: { formRef: React.RefObject<HTMLDivElement | null> }) {
  const t = useTranslations("budget");
  const [totals, setTotals] = useState<{ lines: number; remainder: number } | null>(null);
  useEffect(() => {
    const form = formRef.current?.closest("form");
    if (!form) return;
    const update = () => {
      const data = new FormData(form);
      const amount = (name: string) => parseAmount(String(data.get(name) ?? "")) ?? 0;
      const lineNames = [...data.keys()].filter((k) => /^lines\.\d+\.amount$/.test(k));
      const lines = lineNames.reduce((a, n) => a + (Number.isFinite(amount(n)) ? amount(n) : 0), 0);
      // The directorate's amount, shown (never typed) in the form.
      const shown = form.querySelector<HTMLElement>("[data-allocated]")?.dataset.allocated;
      const allocated = shown ? Number(shown) : Number.NaN;
      setTotals(Number.isFinite(allocated) ? { lines, remainder: allocated - lines } : null);
    };
    update();
    form.addEventListener("input", update);
    return () => form.removeEventListener("input", update);
  }, [formRef]);
  if (!totals) return null;
  return (
    <dl aria-live="polite" className="grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1">
      <dt>{t("linesTotal")}</dt>
      <dd className="num">{formatKroner(totals.lines)}</dd>
      <dt className="font-semibold">{t("remainder")}</dt>
      <dd className={`num font-semibold ${totals.remainder < 0 ? "text-danger-text-default" : ""}`}>
        {formatKroner(totals.remainder)}
      </dd>
    </dl>
  );
}

function LinesEditor({ initial }: { initial: Omit<Line, "key">[] }) {
  const t = useTranslations("budget");
  const ref = useRef<HTMLDivElement>(null);
  const { id: linesId, error: linesError } = useActionField("lines");
  return (
    <div ref={ref} className="flex flex-col gap-4">
      <Heading level={2} data-size="xs" id={linesId} tabIndex={-1}>
        {t("lines")}
      </Heading>
      {linesError ? <Paragraph className="text-danger-text-default">{linesError}</Paragraph> : null}
      <RowsEditor
        name="lines"
        initial={initial}
        empty={{ kind: "OTHER" as LineKind, label: "", amount: null }}
        addLabel={t("addLine")}
        removeLabel={(i) => t("removeLine", { n: i + 1 })}
        rowClassName="grid gap-3 rounded border border-neutral-border-subtle p-3 md:grid-cols-[14rem_1fr_12rem_auto] md:items-end"
        renderRow={(i, line) => (
          <>
            <SelectInput
              name={`lines.${i}.kind`}
              label={t("lineKind", { n: i + 1 })}
              defaultValue={line.kind}
              options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            />
            <TextInput name={`lines.${i}.label`} label={t("lineLabel", { n: i + 1 })} defaultValue={line.label} />
            <AmountInput name={`lines.${i}.amount`} label={t("lineAmount", { n: i + 1 })} defaultValue={line.amount} />
          </>
        )}
      />
      <LiveTotals formRef={ref} />
    </div>
  );
}

export type BudgetFormProps = {
  mode: "create" | "update";
  budget?: { id: string; version: number; allocated: number; note: string | null; lines: Omit<Line, "key">[] };
  rounds?: { value: string; label: string }[];
  /** The directorate's amounts for new budgets, by "roundId|scheme". */
  allocations?: Record<string, number>;
};

/** The allocated amount as the directorate set it: for a new budget, the chosen round's and scheme's (updated as they are chosen). */
function AllocatedAmount({ fixed, allocations }: { fixed?: number; allocations?: Record<string, number> }) {
  const t = useTranslations("budget");
  const ref = useRef<HTMLDivElement>(null);
  const [amount, setAmount] = useState<number | null | undefined>(fixed);
  useEffect(() => {
    if (fixed !== undefined || !allocations) return;
    const form = ref.current?.closest("form");
    if (!form) return;
    const update = () => {
      const data = new FormData(form);
      const round = String(data.get("roundId") ?? "");
      setAmount(round ? (allocations[`${round}|${String(data.get("scheme") ?? "")}`] ?? null) : undefined);
    };
    update();
    form.addEventListener("change", update);
    return () => form.removeEventListener("change", update);
  }, [fixed, allocations]);
  return (
    <div
      ref={ref}
      className="flex flex-col gap-1"
      data-allocated={typeof amount === "number" ? amount : undefined}
      aria-live="polite"
    >
      <span className="font-semibold">{t("allocated")}</span>
      {typeof amount === "number" ? (
        <span className="num text-lg">{formatKroner(amount)}</span>
      ) : amount === null ? (
        <Paragraph className="text-danger-text-default">{t("noAllocation")}</Paragraph>
      ) : (
        <Paragraph>{t("chooseRoundFirst")}</Paragraph>
      )}
      <span className="text-sm text-neutral-text-subtle">{t("allocatedFromDirectorate")}</span>
    </div>
  );
}

/** The budget: allocated amount, lines (add, remove), a note; the remainder computed as you type. New budgets also choose round and scheme. */
export function BudgetForm({ mode, budget, rounds, allocations }: BudgetFormProps) {
  const t = useTranslations("budget");
  const ts = useTranslations("schemes");
  const defaults: Omit<Line, "key">[] =
    budget?.lines ??
    (["UH_DIRECT", "BASE_GRANT", "FORUM_MEETINGS", "JOINT_MEASURES"] as LineKind[]).map((kind) => ({
      kind,
      label: t(`defaultLabels.${kind}`),
      amount: null,
    }));
  const shared = {
    id: "budsjett",
    submitLabel: mode === "create" ? t("create") : t("save"),
    successMessage: t("saved"),
    draftKey: mode === "create" ? "budsjett:ny" : `budsjett:${budget!.id}`,
    labels: { roundId: t("round"), scheme: t("scheme"), lines: t("lines") },
  };
  const fields = (
    <>
      {budget ? (
        <>
          <input type="hidden" name="id" value={budget.id} />
          <input type="hidden" name="version" value={budget.version} />
        </>
      ) : null}
      {rounds ? (
        <>
          <SelectInput
            name="roundId"
            label={t("round")}
            description={t("roundHint")}
            options={rounds}
            placeholder={t("choose")}
          />
          <RadioGroup
            name="scheme"
            legend={t("scheme")}
            defaultValue="DESENTRALISERT"
            options={(["DESENTRALISERT", "REGIONAL", "KOMPETANSELOFTET"] as const).map((s) => ({
              value: s,
              label: ts(s),
            }))}
          />
        </>
      ) : null}
      <AllocatedAmount fixed={budget?.allocated} allocations={allocations} />
      <LinesEditor initial={defaults} />
      <TextArea name="note" label={t("note")} defaultValue={budget?.note} rows={3} />
    </>
  );
  return mode === "create" ? (
    <ActionForm {...shared} action={createBudgetAction}>
      {fields}
    </ActionForm>
  ) : (
    <ActionForm {...shared} action={updateBudgetAction}>
      {fields}
    </ActionForm>
  );
}
