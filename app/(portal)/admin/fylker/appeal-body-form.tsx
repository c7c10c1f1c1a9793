"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { TextInput } from "@/components/form/inputs";
import { setAppealBodyAction } from "@/lib/decision-letters/actions";

/** A scheme's appeal body (klageinstans), as the decision letters name it. */
export function AppealBodyForm({ scheme, schemeName, name }: { scheme: string; schemeName: string; name: string }) {
  const t = useTranslations("counties");
  return (
    <ActionForm
      id={`klageinstans-${scheme}`}
      action={setAppealBodyAction}
      submitLabel={t("saveAppealBody", { scheme: schemeName })}
      successMessage={t("appealBodySaved")}
      primary={false}
      labels={{ name: t("appealBodyFor", { scheme: schemeName }) }}
    >
      <input type="hidden" name="scheme" value={scheme} />
      <TextInput
        name="name"
        label={t("appealBodyFor", { scheme: schemeName })}
        defaultValue={name}
        className="max-w-xl"
      />
    </ActionForm>
  );
}
