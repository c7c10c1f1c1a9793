"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Heading, Paragraph } from "@/components/ds";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxList, TextInput } from "@/components/form/inputs";
import { inviteAction, removeBindingAction, revokeInvitationAction } from "@/lib/access/actions";

/** Invite a person by e-mail to one or more of the roles the reader may give here. */
export function InviteForm({
  scopeKind,
  scopeId,
  roles,
}: {
  scopeKind: string;
  scopeId: string;
  roles: { value: string; label: string }[];
}) {
  const t = useTranslations("access");
  const [sent, setSent] = useState<string | null>(null);
  return (
    <div className="flex max-w-xl flex-col gap-3 rounded border border-neutral-border-subtle p-4">
      <Heading level={3} data-size="xs">
        {t("inviteTitle")}
      </Heading>
      <Paragraph data-size="sm">{t("inviteIntro")}</Paragraph>
      <ActionForm
        id={`inviter-${scopeKind}`}
        action={inviteAction}
        submitLabel={t("invite")}
        resetOnSuccess
        onSuccess={(d) => setSent(d.email)}
        successMessage={sent ? t("sent", { email: sent }) : undefined}
      >
        <input type="hidden" name="scopeKind" value={scopeKind} />
        <input type="hidden" name="scopeId" value={scopeId} />
        <TextInput name="name" label={t("name")} autoComplete="off" />
        <TextInput name="email" type="email" label={t("email")} autoComplete="off" />
        {roles.length === 1 ? (
          <input type="hidden" name="roles" value={roles[0]!.value} />
        ) : (
          <CheckboxList name="roles" legend={t("roles")} options={roles} defaultValues={[roles[0]!.value]} />
        )}
      </ActionForm>
    </div>
  );
}

export function RemoveBindingButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations("access");
  return (
    <ActionForm
      id={`fjern-${id}`}
      action={removeBindingAction}
      submitLabel={t("removeShort")}
      submitAriaLabel={label}
      compact
    >
      <input type="hidden" name="id" value={id} />
    </ActionForm>
  );
}

export function RevokeInvitationButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations("access");
  return (
    <ActionForm
      id={`trekk-${id}`}
      action={revokeInvitationAction}
      submitLabel={t("revokeShort")}
      submitAriaLabel={label}
      compact
    >
      <input type="hidden" name="id" value={id} />
    </ActionForm>
  );
}
