"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, Paragraph, Textfield } from "@/components/ds";
import { requestReopenAction } from "@/lib/needs-reports/actions";

/** After the deadline: ask the Statsforvalter to open the report for submission. */
export function ReopenRequest({ id }: { id: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(requestReopenAction, null);
  if (state?.ok) return <Paragraph role="status">{t("form.reopenRequested")}</Paragraph>;
  const error = state && !state.ok ? state.fieldErrors?.reason : undefined;
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={id} />
      <Textfield
        id="felt-reason"
        name="reason"
        label={t("form.reopenReason")}
        multiline
        rows={3}
        error={error ? t(error as "validation.required") : undefined}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("form.reopenRequestButton")}
        </Button>
      </div>
    </form>
  );
}
