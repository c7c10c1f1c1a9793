"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Paragraph } from "@/components/ds";
import { submitNeedsReportAction } from "@/lib/needs-reports/actions";

/** Sends the report in; the server checks every rule again, and what it answers is shown in the reader's language. */
export function SubmitButton({ id, version, disabled }: { id: string; version: number; disabled: boolean }) {
  const t = useTranslations();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      {message ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
      <div>
        <Button
          type="button"
          disabled={disabled || pending}
          aria-disabled={disabled || pending}
          onClick={() =>
            start(async () => {
              const result = await submitNeedsReportAction(id, version);
              if (result.ok) return; // the action redirects
              if (result.code === "UNAUTHENTICATED") setMessage(t("form.sessionExpired"));
              else if (result.code === "CONFLICT") setMessage(t("form.conflictText"));
              else if (result.code === "DEADLINE_PASSED" || result.code === "INVALID" || result.code === "FORBIDDEN")
                window.location.reload();
              else setMessage(t("form.offline"));
            })
          }
        >
          {pending ? t("form.saving") : t("form.submitButton")}
        </Button>
      </div>
    </div>
  );
}
