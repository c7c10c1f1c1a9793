"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Details, DetailsContent, DetailsSummary, Heading } from "@/components/ds";
import { ActionForm } from "@/components/form/action-form";
import { SelectInput, TextInput } from "@/components/form/inputs";
import { addForumMemberAction, updateForumMemberAction } from "@/lib/forum/actions";

const ROLES = ["LEADER", "MEMBER", "DEPUTY", "OBSERVER", "SECRETARIAT"] as const;
type Option = { value: string; label: string };

function SeatFields({
  prefix,
  organisations,
  seat,
}: {
  prefix: string;
  organisations: Option[];
  seat?: {
    role: string;
    represents: string;
    organisationId: string | null;
    termFrom: string | null;
    termTo: string | null;
  };
}) {
  const t = useTranslations("forumMembers");
  const tr = useTranslations("forumRoles");
  return (
    <>
      <SelectInput
        name="role"
        label={t("role")}
        options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
        defaultValue={seat?.role ?? "MEMBER"}
      />
      <TextInput
        name="represents"
        label={t("represents")}
        description={t("representsHint")}
        defaultValue={seat?.represents}
      />
      <SelectInput
        name="organisationId"
        label={t("organisation")}
        options={organisations}
        defaultValue={seat?.organisationId}
        placeholder={t("noOrganisation")}
      />
      <div className="flex flex-wrap gap-4">
        <TextInput name="termFrom" type="date" label={t("termFrom")} defaultValue={seat?.termFrom} />
        <TextInput
          name="termTo"
          type="date"
          label={t("termTo")}
          description={t("termToHint")}
          defaultValue={seat?.termTo}
        />
      </div>
    </>
  );
}

export function SeatForm({
  seat,
  organisations,
}: {
  seat: {
    id: string;
    version: number;
    name: string;
    role: string;
    represents: string;
    organisationId: string | null;
    termFrom: string | null;
    termTo: string | null;
  };
  organisations: Option[];
}) {
  const t = useTranslations("forumMembers");
  return (
    <Details>
      <DetailsSummary>{t("edit", { name: seat.name })}</DetailsSummary>
      <DetailsContent>
        <ActionForm
          id={`sete-${seat.id}`}
          action={updateForumMemberAction}
          submitLabel={t("save")}
          successMessage={t("saved")}
          className="flex max-w-xl flex-col gap-4"
        >
          <input type="hidden" name="id" value={seat.id} />
          <input type="hidden" name="version" value={seat.version} />
          <SeatFields prefix={seat.id} organisations={organisations} seat={seat} />
        </ActionForm>
      </DetailsContent>
    </Details>
  );
}

export function AddSeatForm({ forumId, organisations }: { forumId: string; organisations: Option[] }) {
  const t = useTranslations("forumMembers");
  const [invited, setInvited] = useState<boolean | null>(null);
  return (
    <div className="flex max-w-xl flex-col gap-3 rounded border border-neutral-border-subtle p-4">
      <Heading level={3} data-size="xs">
        {t("addTitle")}
      </Heading>
      <ActionForm
        id={`nytt-sete-${forumId}`}
        action={addForumMemberAction}
        submitLabel={t("add")}
        resetOnSuccess
        onSuccess={(d) => setInvited(d.invited)}
        successMessage={invited === null ? undefined : invited ? t("addedInvited") : t("added")}
        className="flex flex-col gap-4"
      >
        <input type="hidden" name="forumId" value={forumId} />
        <TextInput name="name" label={t("name")} />
        <TextInput name="email" type="email" label={t("email")} description={t("emailHint")} />
        <SeatFields prefix="ny" organisations={organisations} />
      </ActionForm>
    </div>
  );
}
