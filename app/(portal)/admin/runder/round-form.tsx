"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { CheckboxList, SelectInput, TextArea, TextInput } from "@/components/form/inputs";
import { createRoundAction, updateRoundAction } from "@/lib/rounds/actions";
import type { RoundFormValues } from "@/lib/rounds/queries";

const SCHEMES = ["DESENTRALISERT", "REGIONAL", "KOMPETANSELOFTET"] as const;

/** The round's settings: year, schemes, the deadlines (Oslo time) and the announcement (bokmål, and nynorsk for nynorsk organisations). */
export function RoundForm(
  props:
    | { mode: "create"; counties: { value: string; label: string }[]; values: RoundFormValues | null }
    | { mode: "update"; id: string; version: number; values: RoundFormValues; yearLocked: boolean },
) {
  const t = useTranslations("rounds");
  const ts = useTranslations("schemes");
  const v = props.values;
  return (
    <ActionForm
      id={props.mode === "create" ? "ny-runde" : "runde"}
      action={(props.mode === "create" ? createRoundAction : updateRoundAction) as FormAction<unknown>}
      submitLabel={props.mode === "create" ? t("create") : t("save")}
      successMessage={props.mode === "update" ? t("saved") : undefined}
      draftKey={props.mode === "create" ? "ny-runde" : `runde-${props.id}`}
      className="flex max-w-2xl flex-col gap-5"
    >
      {props.mode === "update" ? (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={props.version} />
        </>
      ) : props.counties.length === 1 ? (
        <input type="hidden" name="countyId" value={props.counties[0]!.value} />
      ) : (
        <SelectInput
          name="countyId"
          label={t("county")}
          options={props.counties}
          defaultValue={v?.countyId}
          placeholder={t("chooseCounty")}
        />
      )}
      <TextInput
        name="year"
        label={t("year")}
        description={props.mode === "update" && props.yearLocked ? t("yearLocked") : t("yearHint")}
        inputMode="numeric"
        defaultValue={v ? String(v.year) : ""}
      />
      <CheckboxList
        name="schemes"
        legend={t("schemes")}
        description={t("schemesHint")}
        options={SCHEMES.map((s) => ({ value: s, label: ts(s) }))}
        defaultValues={v?.schemes ?? ["DESENTRALISERT"]}
      />
      <div className="flex flex-wrap gap-4">
        <TextInput
          name="deadlineDate"
          type="date"
          label={t("deadlineDate")}
          description={t("deadlineHint")}
          defaultValue={v?.deadline}
        />
        <TextInput
          name="deadlineTime"
          type="time"
          label={t("deadlineTime")}
          defaultValue={v?.deadlineTime ?? "23:59"}
        />
      </div>
      <TextInput
        name="annualDeadline"
        type="date"
        label={t("annualDeadline")}
        description={t("annualDeadlineHint")}
        defaultValue={v?.annualDeadline}
      />
      <TextArea
        name="announcement"
        label={t("announcement")}
        description={t("announcementHint")}
        rows={8}
        defaultValue={v?.announcement}
      />
      <TextArea
        name="announcementNn"
        label={t("announcementNn")}
        description={t("announcementNnHint")}
        rows={8}
        defaultValue={v?.announcementNn}
      />
    </ActionForm>
  );
}
