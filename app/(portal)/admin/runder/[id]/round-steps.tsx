"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Paragraph } from "@/components/ds";
import { ActionForm } from "@/components/form/action-form";
import { stepRoundAction } from "@/lib/rounds/actions";

type Step = "open" | "close" | "reopen";

/**
 * Open (and announce), close or open again: one button for the step the
 * round's status allows. What was done stays said after the page has
 * reloaded with the round's new status (and so a new button).
 */
export function RoundSteps({
  id,
  version,
  status,
}: {
  id: string;
  version: number;
  status: "PLANNED" | "OPEN" | "CLOSED";
}) {
  const t = useTranslations("rounds");
  const step: Step = status === "PLANNED" ? "open" : status === "OPEN" ? "close" : "reopen";
  const [done, setDone] = useState<Step | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <ActionForm
        id="runde-steg"
        action={stepRoundAction}
        submitLabel={t(`steps.${step}`)}
        primary={step === "open"}
        onSuccess={(d) => setDone(d.step)}
      >
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="step" value={step} />
      </ActionForm>
      <Paragraph role="status">{done ? t(`steps.${done}Done`) : ""}</Paragraph>
    </div>
  );
}
