"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, Fieldset, FieldsetDescription, FieldsetLegend, ValidationMessage } from "@/components/ds";
import { ActionForm, useActionField } from "@/components/form/action-form";
import { RadioGroup, SelectInput, TextArea, TextInput } from "@/components/form/inputs";
import { RowsEditor } from "@/components/form/rows-editor";
import {
  createMeasureAction,
  setContributorsAction,
  setParticipationAction,
  setSemesterPlanAction,
  updateMeasureAction,
} from "@/lib/measures/actions";
import type { MeasureFormOptions } from "@/lib/measures/queries";

type Option = { value: string; label: string };
const SCHEMES = ["DESENTRALISERT", "REGIONAL", "KOMPETANSELOFTET"] as const;

/** Checkboxes posting a list of ids under one name. */
export function CheckboxList({
  name,
  legend,
  description,
  options,
  checked,
}: {
  name: string;
  legend: string;
  description?: string;
  options: Option[];
  checked: string[];
}) {
  const { id, error } = useActionField(name);
  return (
    <Fieldset id={id} tabIndex={-1}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? <FieldsetDescription>{description}</FieldsetDescription> : null}
      <div className="grid gap-x-6 md:grid-cols-2">
        {options.map((o) => (
          <Checkbox
            key={o.value}
            name={name}
            value={o.value}
            label={o.label}
            defaultChecked={checked.includes(o.value)}
            aria-invalid={Boolean(error)}
          />
        ))}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

type Details = {
  name: string;
  scheme: string;
  goal: string | null;
  targetGroup: string | null;
  content: string | null;
  organisation: string | null;
  obligations: string | null;
  reportMeasureId: string | null;
};

function DetailFields({ value, reportMeasures }: { value?: Details; reportMeasures: Option[] }) {
  const t = useTranslations("measureForm");
  const ts = useTranslations("schemes");
  return (
    <>
      <TextInput name="name" label={t("name")} defaultValue={value?.name} />
      <RadioGroup
        name="scheme"
        legend={t("scheme")}
        defaultValue={value?.scheme ?? "DESENTRALISERT"}
        options={SCHEMES.map((s) => ({ value: s, label: ts(s) }))}
      />
      <TextArea name="goal" label={t("goal")} defaultValue={value?.goal} rows={4} />
      <TextArea name="targetGroup" label={t("targetGroup")} defaultValue={value?.targetGroup} rows={2} />
      <TextArea
        name="content"
        label={t("content")}
        description={t("contentHint")}
        defaultValue={value?.content}
        rows={5}
      />
      <TextArea
        name="organisation"
        label={t("organisation")}
        description={t("organisationHint")}
        defaultValue={value?.organisation}
        rows={4}
      />
      <TextArea name="obligations" label={t("obligations")} defaultValue={value?.obligations} rows={3} />
      <SelectInput
        name="reportMeasureId"
        label={t("reportMeasure")}
        description={t("reportMeasureHint")}
        defaultValue={value?.reportMeasureId}
        options={reportMeasures}
        placeholder={t("none")}
      />
    </>
  );
}

const labels = (t: (k: string) => string) => ({
  name: t("name"),
  scheme: t("scheme"),
  kind: t("kind"),
  ownerNetworkId: t("ownerNetwork"),
  countyId: t("county"),
  networkIds: t("networks"),
  reportMeasureId: t("reportMeasure"),
});

/** A new measure: own (one network) or joint (several networks of a county). */
export function NewMeasureForm({ options }: { options: MeasureFormOptions }) {
  const t = useTranslations("measureForm");
  const canJoint = options.counties.length > 0;
  const [kind, setKind] = useState<"OWN" | "JOINT">("OWN");
  return (
    <ActionForm
      id="nytt-tiltak"
      action={createMeasureAction}
      submitLabel={t("create")}
      draftKey="tiltak:ny"
      labels={labels(t)}
    >
      {canJoint ? (
        <div onChange={(e) => setKind((e.target as HTMLInputElement).value === "JOINT" ? "JOINT" : "OWN")}>
          <RadioGroup
            name="kind"
            legend={t("kind")}
            inline
            defaultValue="OWN"
            options={[
              { value: "OWN", label: t("own") },
              { value: "JOINT", label: t("joint") },
            ]}
          />
        </div>
      ) : (
        <input type="hidden" name="kind" value="OWN" />
      )}
      {kind === "OWN" ? (
        <SelectInput
          name="ownerNetworkId"
          label={t("ownerNetwork")}
          options={options.networks.map((n) => ({ value: n.id, label: n.name }))}
          placeholder={t("choose")}
        />
      ) : (
        <>
          <SelectInput
            name="countyId"
            label={t("county")}
            options={options.counties.map((c) => ({ value: c.id, label: c.name }))}
            defaultValue={options.counties.length === 1 ? options.counties[0]!.id : undefined}
            placeholder={t("choose")}
          />
          <CheckboxList
            name="networkIds"
            legend={t("networks")}
            description={t("networksHint")}
            options={options.networks.map((n) => ({ value: n.id, label: n.name }))}
            checked={[]}
          />
        </>
      )}
      <DetailFields reportMeasures={options.reportMeasures} />
    </ActionForm>
  );
}

export function MeasureDetailsForm({
  id,
  version,
  value,
  reportMeasures,
}: {
  id: string;
  version: number;
  value: Details;
  reportMeasures: Option[];
}) {
  const t = useTranslations("measureForm");
  return (
    <ActionForm
      id="tiltak"
      action={updateMeasureAction}
      submitLabel={t("save")}
      successMessage={t("saved")}
      draftKey={`tiltak:${id}`}
      labels={labels(t)}
      primary={false}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <DetailFields value={value} reportMeasures={reportMeasures} />
    </ActionForm>
  );
}

/** Cohorts (puljer) and, per network of the county, whether and in which cohort it takes part. */
export function ParticipationForm(props: {
  id: string;
  version: number;
  cohorts: { cohortId: string; name: string; startYear: number; endYear: number }[];
  networks: { id: string; name: string; cohort: string }[];
}) {
  const t = useTranslations("measureForm");
  const [cohortCount, setCohortCount] = useState(props.cohorts.length);
  return (
    <ActionForm
      id="deltakelse"
      action={setParticipationAction}
      submitLabel={t("saveParticipation")}
      successMessage={t("saved")}
      draftKey={`tiltak:${props.id}:deltakelse`}
      primary={false}
    >
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <div
        onClick={(e) => {
          // Count the cohort rows after an add/remove click, for the network choices below.
          const box = e.currentTarget;
          setTimeout(() => setCohortCount(box.querySelectorAll('[name^="cohorts."][name$=".name"]').length), 0);
        }}
      >
        <RowsEditor
          name="cohorts"
          initial={props.cohorts}
          empty={{ cohortId: "", name: "", startYear: new Date().getFullYear(), endYear: new Date().getFullYear() + 1 }}
          max={10}
          addLabel={t("addCohort")}
          removeLabel={(i) => t("removeCohort", { n: i + 1 })}
          rowClassName="grid gap-3 rounded border border-neutral-border-subtle p-3 md:grid-cols-[1fr_9rem_9rem_auto] md:items-end"
          renderRow={(i, c) => (
            <>
              <input type="hidden" name={`cohorts.${i}.cohortId`} value={c.cohortId} />
              <TextInput
                name={`cohorts.${i}.name`}
                label={t("cohortName", { n: i + 1 })}
                defaultValue={c.name || t("cohortDefault", { n: i + 1 })}
              />
              <TextInput
                name={`cohorts.${i}.startYear`}
                label={t("fromYear", { n: i + 1 })}
                inputMode="numeric"
                defaultValue={String(c.startYear)}
              />
              <TextInput
                name={`cohorts.${i}.endYear`}
                label={t("toYear", { n: i + 1 })}
                inputMode="numeric"
                defaultValue={String(c.endYear)}
              />
            </>
          )}
        />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("networksTakingPart")}</legend>
        <div className="grid gap-3 md:grid-cols-2">
          {props.networks.map((n, i) => (
            <div key={n.id}>
              <input type="hidden" name={`networks.${i}.networkId`} value={n.id} />
              <SelectInput
                name={`networks.${i}.cohort`}
                label={n.name}
                defaultValue={n.cohort}
                options={[
                  { value: "", label: t("notTakingPart") },
                  { value: "0", label: t("takingPart") },
                  ...Array.from({ length: cohortCount }, (_, c) => ({
                    value: String(c + 1),
                    label: t("inCohort", { n: c + 1 }),
                  })),
                ]}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </ActionForm>
  );
}

export function ContributorsForm(props: {
  id: string;
  version: number;
  contributors: { organisationId: string; personId: string | null; role: string | null }[];
  uhOrgs: Option[];
  uhPeople: Option[];
}) {
  const t = useTranslations("measureForm");
  return (
    <ActionForm
      id="bidragsytere"
      action={setContributorsAction}
      submitLabel={t("saveContributors")}
      successMessage={t("saved")}
      draftKey={`tiltak:${props.id}:bidragsytere`}
      primary={false}
    >
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <RowsEditor
        name="contributors"
        initial={props.contributors}
        empty={{ organisationId: "", personId: null, role: null }}
        max={30}
        addLabel={t("addContributor")}
        removeLabel={(i) => t("removeContributor", { n: i + 1 })}
        rowClassName="grid gap-3 rounded border border-neutral-border-subtle p-3 md:grid-cols-[1fr_1fr_1fr_auto] md:items-end"
        renderRow={(i, c) => (
          <>
            <SelectInput
              name={`contributors.${i}.organisationId`}
              label={t("uhUnit", { n: i + 1 })}
              defaultValue={c.organisationId}
              options={props.uhOrgs}
              placeholder={t("choose")}
            />
            <SelectInput
              name={`contributors.${i}.personId`}
              label={t("contactPerson", { n: i + 1 })}
              defaultValue={c.personId}
              options={props.uhPeople}
              placeholder={t("none")}
            />
            <TextInput
              name={`contributors.${i}.role`}
              label={t("contributorRole", { n: i + 1 })}
              defaultValue={c.role}
            />
          </>
        )}
      />
    </ActionForm>
  );
}

type SemesterRow = {
  semesterId: string;
  cohort: string;
  term: "VAR" | "HOST";
  year: number;
  focus: string | null;
  betweenWork: string | null;
};

/** The semester plan: a row per semester; saved, they are numbered 1..n in time order (per cohort). */
export function SemesterPlanForm(props: { id: string; version: number; semesters: SemesterRow[]; cohorts: Option[] }) {
  const t = useTranslations("measureForm");
  const year = new Date().getFullYear();
  return (
    <ActionForm
      id="semesterplan"
      action={setSemesterPlanAction}
      submitLabel={t("saveSemesters")}
      successMessage={t("saved")}
      draftKey={`tiltak:${props.id}:semestre`}
      primary={false}
    >
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <RowsEditor
        name="semesters"
        initial={props.semesters}
        empty={{
          semesterId: "",
          cohort: props.cohorts[0]?.value ?? "0",
          term: "HOST",
          year,
          focus: null,
          betweenWork: null,
        }}
        max={40}
        addLabel={t("addSemester")}
        removeLabel={(i) => t("removeSemester", { n: i + 1 })}
        rowClassName="grid gap-3 rounded border border-neutral-border-subtle p-3 md:grid-cols-[repeat(4,minmax(0,1fr))_auto] md:items-end"
        renderRow={(i, s) => (
          <>
            <input type="hidden" name={`semesters.${i}.semesterId`} value={s.semesterId} />
            {props.cohorts.length ? (
              <SelectInput
                name={`semesters.${i}.cohort`}
                label={t("cohort", { n: i + 1 })}
                defaultValue={s.cohort}
                options={[...props.cohorts, { value: "0", label: t("noCohort") }]}
              />
            ) : (
              <input type="hidden" name={`semesters.${i}.cohort`} value="0" />
            )}
            <SelectInput
              name={`semesters.${i}.term`}
              label={t("term", { n: i + 1 })}
              defaultValue={s.term}
              options={[
                { value: "VAR", label: t("spring") },
                { value: "HOST", label: t("autumn") },
              ]}
            />
            <TextInput
              name={`semesters.${i}.year`}
              label={t("year", { n: i + 1 })}
              inputMode="numeric"
              defaultValue={String(s.year)}
            />
            <TextInput name={`semesters.${i}.focus`} label={t("focus", { n: i + 1 })} defaultValue={s.focus} />
            <TextArea
              name={`semesters.${i}.betweenWork`}
              label={t("betweenWork", { n: i + 1 })}
              defaultValue={s.betweenWork}
              rows={2}
            />
          </>
        )}
      />
    </ActionForm>
  );
}
