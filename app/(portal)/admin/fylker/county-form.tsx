"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { TextArea, TextInput } from "@/components/form/inputs";
import { createCountyAction } from "@/lib/counties/actions";

export function CountyForm() {
  const t = useTranslations("counties");
  return (
    <ActionForm
      id="nytt-fylke"
      action={createCountyAction}
      submitLabel={t("create")}
      draftKey="nytt-fylke"
      className="flex max-w-md flex-col gap-4"
    >
      <TextInput name="name" label={t("name")} description={t("nameHint")} />
      <TextInput name="code" label={t("code")} description={t("codeHint")} inputMode="numeric" />
      <TextArea name="senderAddress" label={t("senderAddress")} description={t("senderAddressHint")} rows={3} />
    </ActionForm>
  );
}
