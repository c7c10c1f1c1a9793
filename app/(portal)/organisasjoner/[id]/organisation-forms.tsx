"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Paragraph } from "@/components/ds";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxInput, RadioGroup, TextInput } from "@/components/form/inputs";
import {
  acceptRegisterNameAction,
  addSubUnitAction,
  checkRegisterAction,
  renameSubUnitAction,
  updateOrganisationAction,
} from "@/lib/organisations/actions";
import type { RegisterCheck } from "@/lib/organisations/mutations";

type Org = {
  id: string;
  version: number;
  verified: boolean;
  name: string;
  writtenStandard: "BOKMAL" | "NYNORSK";
  accountNumber: string | null;
  email: string | null;
  phone: string | null;
  inFollowUpScheme: boolean;
};

export function OrganisationForm({ org }: { org: Org }) {
  const t = useTranslations("registry");
  return (
    <ActionForm
      id="organisasjon"
      action={updateOrganisationAction}
      submitLabel={t("save")}
      successMessage={t("saved")}
      draftKey={`organisasjon-${org.id}`}
      className="flex max-w-xl flex-col gap-4"
    >
      <input type="hidden" name="id" value={org.id} />
      <input type="hidden" name="version" value={org.version} />
      {!org.verified ? (
        <TextInput name="name" label={t("nameByHand")} description={t("nameUnverifiedHint")} defaultValue={org.name} />
      ) : null}
      <RadioGroup
        name="writtenStandard"
        legend={t("writtenStandard")}
        description={t("writtenStandardHint")}
        options={[
          { value: "BOKMAL", label: t("bokmal") },
          { value: "NYNORSK", label: t("nynorsk") },
        ]}
        defaultValue={org.writtenStandard}
        inline
      />
      <TextInput
        name="accountNumber"
        label={t("accountNumber")}
        description={t("accountHint")}
        inputMode="numeric"
        defaultValue={org.accountNumber}
      />
      <TextInput name="email" type="email" label={t("email")} defaultValue={org.email} />
      <TextInput name="phone" type="tel" label={t("phone")} defaultValue={org.phone} />
      <CheckboxInput name="inFollowUpScheme" label={t("followUp")} defaultChecked={org.inFollowUpScheme} />
    </ActionForm>
  );
}

/** Asks the register now; a different name comes back as a difference to accept. */
export function CheckRegisterForm({ id }: { id: string }) {
  const t = useTranslations("registry");
  const [check, setCheck] = useState<RegisterCheck | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <ActionForm
        id="sjekk-register"
        action={checkRegisterAction}
        submitLabel={t("check")}
        primary={false}
        onSuccess={setCheck}
      >
        <input type="hidden" name="id" value={id} />
      </ActionForm>
      {check ? (
        <Paragraph role="status">
          {t(`checked.${check.status === "found" && check.nameDiffers ? "nameDiffers" : check.status}`)}
        </Paragraph>
      ) : null}
    </div>
  );
}

export function AcceptNameForm({ id, version, name }: { id: string; version: number; name: string }) {
  const t = useTranslations("registry");
  return (
    <ActionForm id="godta-navn" action={acceptRegisterNameAction} submitLabel={t("acceptName", { name })}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </ActionForm>
  );
}

/** A UH institution's centres and institutes: renamed in place, new ones added below. */
export function SubUnitForms({
  parentId,
  units,
  canEdit,
}: {
  parentId: string;
  units: { id: string; name: string; orgNumber: string | null }[];
  canEdit: boolean;
}) {
  const t = useTranslations("registry");
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-3">
        {units.map((u, i) =>
          canEdit ? (
            <li key={u.id}>
              <ActionForm
                id={`enhet-${u.id}`}
                action={renameSubUnitAction}
                submitLabel={t("rename")}
                submitAriaLabel={t("renameUnit", { name: u.name })}
                primary={false}
                successMessage={t("saved")}
                className="flex flex-wrap items-end gap-3"
              >
                <input type="hidden" name="id" value={u.id} />
                <TextInput name="name" label={t("unitName", { n: i + 1 })} defaultValue={u.name} />
              </ActionForm>
            </li>
          ) : (
            <li key={u.id}>{u.name}</li>
          ),
        )}
      </ul>
      {canEdit ? (
        <ActionForm
          id="ny-enhet"
          action={addSubUnitAction}
          submitLabel={t("addUnit")}
          resetOnSuccess
          successMessage={t("unitAdded")}
          className="flex max-w-xl flex-col gap-3"
        >
          <input type="hidden" name="parentId" value={parentId} />
          <TextInput name="name" label={t("newUnitName")} description={t("newUnitHint")} />
          <TextInput name="orgNumber" label={t("unitOrgNumber")} inputMode="numeric" />
        </ActionForm>
      ) : null}
    </div>
  );
}
