"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { requestNewInvitationAction } from "@/lib/access/actions";

/** Asks for a new link to the invited address (the old one has expired). */
export function NewLinkForm({ token }: { token: string }) {
  const t = useTranslations("invitation");
  const [sent, setSent] = useState<string | null>(null);
  return sent ? (
    <p role="status">{t("newLinkSent", { email: sent })}</p>
  ) : (
    <ActionForm
      id="ny-lenke"
      action={requestNewInvitationAction}
      submitLabel={t("newLink")}
      onSuccess={(d) => setSent(d.email)}
    >
      <input type="hidden" name="token" value={token} />
    </ActionForm>
  );
}
