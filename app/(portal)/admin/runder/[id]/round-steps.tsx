"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { stepRoundAction } from "@/lib/rounds/actions";

/** Open (and announce), close or open again: one button for the step the round's status allows. */
export function RoundSteps({ id, version, status }: { id: string; version: number; status: "PLANNED" | "OPEN" | "CLOSED" }) {
  const t = useTranslations("rounds");
  const step = status === "PLANNED" ? "open" : status === "OPEN" ? "close" : "reopen";
  return (
    <ActionForm id={`runde-${step}`} action={stepRoundAction} submitLabel={t(`steps.${step}`)} primary={step === "open"} successMessage={t(`steps.${step}Done`)}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="step" value={step} />
    </ActionForm>
  );
}
