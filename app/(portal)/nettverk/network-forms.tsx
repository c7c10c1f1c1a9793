"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { SelectInput, TextInput } from "@/components/form/inputs";
import {
  addMembershipAction,
  createNetworkAction,
  endMembershipAction,
  updateNetworkAction,
} from "@/lib/networks/actions";

const SECTORS = ["SCHOOL", "KINDERGARTEN", "UPPER_SECONDARY", "BOTH"] as const;
type Network = {
  id: string;
  version: number;
  name: string;
  shortName: string;
  sector: (typeof SECTORS)[number];
  fromYear: number | null;
  endedYear: number | null;
};

export function NetworkForm(
  props: { mode: "create"; counties: { value: string; label: string }[] } | { mode: "update"; network: Network },
) {
  const t = useTranslations("networkAdmin");
  const ts = useTranslations("sector");
  const n = props.mode === "update" ? props.network : null;
  return (
    <ActionForm
      id={n ? "nettverk" : "nytt-nettverk"}
      action={(n ? updateNetworkAction : createNetworkAction) as FormAction<unknown>}
      submitLabel={n ? t("save") : t("create")}
      successMessage={n ? t("saved") : undefined}
      draftKey={n ? `nettverk-${n.id}` : "nytt-nettverk"}
      className="flex max-w-xl flex-col gap-4"
    >
      {n ? (
        <>
          <input type="hidden" name="id" value={n.id} />
          <input type="hidden" name="version" value={n.version} />
        </>
      ) : props.mode === "create" && props.counties.length === 1 ? (
        <input type="hidden" name="countyId" value={props.counties[0]!.value} />
      ) : props.mode === "create" ? (
        <SelectInput name="countyId" label={t("county")} options={props.counties} placeholder={t("chooseCounty")} />
      ) : null}
      <TextInput name="name" label={t("name")} defaultValue={n?.name} />
      <TextInput name="shortName" label={t("shortName")} description={t("shortNameHint")} defaultValue={n?.shortName} />
      <SelectInput
        name="sector"
        label={t("sector")}
        options={SECTORS.map((s) => ({ value: s, label: ts(s) }))}
        defaultValue={n?.sector ?? "SCHOOL"}
      />
      <TextInput
        name="fromYear"
        label={t("fromYear")}
        description={t("fromYearHint")}
        inputMode="numeric"
        defaultValue={n?.fromYear != null ? String(n.fromYear) : ""}
      />
      {n ? (
        <TextInput
          name="endedYear"
          label={t("endedYear")}
          description={t("endedYearHint")}
          inputMode="numeric"
          defaultValue={n.endedYear != null ? String(n.endedYear) : ""}
        />
      ) : null}
    </ActionForm>
  );
}

/** A new member owner or UH partner, from a year (next year unless told otherwise). */
export function AddMembershipForm({
  networkId,
  side,
  options,
  defaultYear,
}: {
  networkId: string;
  side: "MEMBER" | "UH";
  options: { id: string; name: string }[];
  defaultYear: number;
}) {
  const t = useTranslations("networkAdmin");
  return (
    <ActionForm
      id={`ny-${side}`}
      action={addMembershipAction}
      submitLabel={side === "UH" ? t("addPartner") : t("addMember")}
      resetOnSuccess
      successMessage={t("added")}
      className="flex flex-wrap items-end gap-3"
    >
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="side" value={side} />
      <SelectInput
        name="organisationId"
        label={side === "UH" ? t("partner") : t("owner")}
        options={options.map((o) => ({ value: o.id, label: o.name }))}
        placeholder={t("choose")}
      />
      <TextInput name="fromYear" label={t("fromYearShort")} inputMode="numeric" defaultValue={String(defaultYear)} />
    </ActionForm>
  );
}

/** Ends one membership period with its last year. */
export function EndMembershipForm({
  id,
  side,
  name,
  defaultYear,
}: {
  id: string;
  side: "MEMBER" | "UH";
  name: string;
  defaultYear: number;
}) {
  const t = useTranslations("networkAdmin");
  return (
    <ActionForm
      id={`slutt-${id}`}
      action={endMembershipAction}
      submitLabel={t("end")}
      submitAriaLabel={t("endNamed", { name })}
      primary={false}
      compact
      className="flex flex-wrap items-end gap-2"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="side" value={side} />
      <TextInput name="toYear" label={t("lastYear", { name })} inputMode="numeric" defaultValue={String(defaultYear)} />
    </ActionForm>
  );
}
