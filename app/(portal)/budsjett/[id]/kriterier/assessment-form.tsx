"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { RadioGroup, TextArea } from "@/components/form/inputs";
import { saveAssessmentAction } from "@/lib/criteria/actions";

const CRITERIA = ["LOCAL_NEEDS", "COLLECTIVE_PROCESSES", "PARTNERSHIP"] as const;

/** A member's scores (1–5) and comments on the three criteria for one network. */
export function AssessmentForm({
  budgetId,
  network,
  mine,
}: {
  budgetId: string;
  network: { id: string; name: string };
  mine: Partial<Record<(typeof CRITERIA)[number], { score: number; comment: string | null }>>;
}) {
  const t = useTranslations("criteria");
  const labels = Object.fromEntries(
    CRITERIA.flatMap((c) => [
      [`scores.${c}`, t(`short.${c}`)],
      [`comments.${c}`, t("commentOn", { criterion: t(`short.${c}`) })],
    ]),
  );
  return (
    <ActionForm
      id={`vurdering-${network.id}`}
      action={saveAssessmentAction}
      submitLabel={t("save", { name: network.name })}
      successMessage={t("saved")}
      draftKey={`kriterier:${budgetId}:${network.id}`}
      labels={labels}
    >
      <input type="hidden" name="budgetId" value={budgetId} />
      <input type="hidden" name="networkId" value={network.id} />
      {CRITERIA.map((c, i) => (
        <div key={c} className="flex flex-col gap-2">
          <RadioGroup
            name={`scores.${c}`}
            legend={`${i + 1}. ${t(`criteria.${c}`)}`}
            inline
            defaultValue={mine[c] ? String(mine[c]!.score) : null}
            options={[1, 2, 3, 4, 5].map((s) => ({ value: String(s), label: `${s} – ${t(`scale.${s}`)}` }))}
          />
          <TextArea
            name={`comments.${c}`}
            label={t("commentOn", { criterion: t(`short.${c}`) })}
            defaultValue={mine[c]?.comment}
            rows={2}
          />
        </div>
      ))}
    </ActionForm>
  );
}
