"use client";
/**
 * A form posted to a server action that returns an ActionResult. One
 * component for every small and medium form in the portal:
 * - the action runs in a transition; the form is never reset on failure, so
 *   nothing the user typed is lost;
 * - field errors (message keys) appear next to each field and in an error
 *   summary at the top that links to the fields and receives focus;
 * - an expired session keeps the input, says so and links to sign in again;
 * - with `draftKey`, every change is copied to localStorage and restored after
 *   a reload or a new sign-in, until the form is saved.
 * Fields read their error and id through `useActionField(name)`.
 */
import {
  createContext,
  startTransition,
  useActionState,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert, Button, Link, Paragraph } from "@/components/ds";
import type { ActionResult } from "@/lib/action-result";
import { fieldId } from "@/components/form/field-id";
import { FormErrorSummary } from "@/components/form/issue-summary";

export type FormAction<T> = (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

type Draft = { at: string; entries: [string, string][] };
type Ctx = { error: (name: string) => string | undefined; restored: Draft | null; formId: string };
const FormContext = createContext<Ctx>({ error: () => undefined, restored: null, formId: "" });

/** A field's DOM id and translated error inside an ActionForm. */
export function useActionField(name: string) {
  const ctx = useContext(FormContext);
  return { id: fieldId(`${ctx.formId}.${name}`), error: ctx.error(name) };
}

/** The draft restored into this form (rows editors use it to show as many rows as the draft had). */
export function useRestoredDraft() {
  return useContext(FormContext).restored;
}

const storageKey = (key: string) => `kompetanseportalen:skjema:${key}`;

function readDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(storageKey(key));
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

function serialise(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()].filter(
    (e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$ACTION"),
  );
}

/** Puts saved values back into the form's fields (text, selects, checkboxes, radios). */
function applyDraft(form: HTMLFormElement, entries: [string, string][]) {
  const byName = new Map<string, string[]>();
  for (const [k, v] of entries) byName.set(k, [...(byName.get(k) ?? []), v]);
  for (const el of Array.from(form.elements)) {
    if (
      !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) ||
      !el.name
    )
      continue;
    // Hidden fields of the form itself (id, version) keep the server's values; those of a row (a row's id) come back with the row.
    const rowField = /\.\d+\./.test(el.name);
    if (
      el instanceof HTMLInputElement &&
      ((el.type === "hidden" && !rowField) || el.type === "file" || el.type === "submit")
    )
      continue;
    const values = byName.get(el.name);
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio"))
      el.checked = Boolean(values?.includes(el.value));
    else if (values) el.value = values[0]!;
  }
  form.dispatchEvent(new Event("input", { bubbles: true }));
}

export function ActionForm<T>(props: {
  action: FormAction<T>;
  /** Prefix for field ids, unique on the page (several forms may have a field "amount"). */
  id: string;
  submitLabel: string;
  children: React.ReactNode;
  /** Shown (role=status) after a successful save. */
  successMessage?: string;
  /** Keep a local copy of the input under this key until saved. */
  draftKey?: string;
  resetOnSuccess?: boolean;
  /** Field labels for the error summary, by field name. */
  labels?: Record<string, string>;
  primary?: boolean;
  className?: string;
  encType?: "multipart/form-data";
  onSuccess?: (data: T) => void;
  /** Extra buttons next to the submit button. */
  extraButtons?: React.ReactNode;
  /** A small, quiet button (e.g. "Fjern" in a table row). */
  compact?: boolean;
  /** For a toggle button: whether the state it sets is the current one (aria-pressed). */
  pressed?: boolean;
  /** The submit button's full name where its label is short (a "Fjern" in each row of a table). */
  submitAriaLabel?: string;
}) {
  const t = useTranslations();
  const pathname = usePathname();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [state, dispatch, pending] = useActionState(props.action, null);
  const [restored, setRestored] = useState<Draft | null>(null);
  const [handled, setHandled] = useState<ActionResult<T> | null>(null);
  /** Labels read from the fields themselves, for errors the caller gave no label for. */
  const [domLabels, setDomLabels] = useState<Record<string, string>>({});
  /** A post is on its way: if the page navigates away meanwhile (the action redirected), it succeeded. */
  const posting = useRef(false);
  const { draftKey, onSuccess, resetOnSuccess } = props;

  const translate = useCallback((key: string) => (key.includes(".") ? t(key as "validation.required") : key), [t]);
  const error = useCallback(
    (name: string) => {
      const key = state && !state.ok ? state.fieldErrors?.[name] : undefined;
      return key ? translate(key) : undefined;
    },
    [state, translate],
  );

  // Restore a local copy after a reload or a new sign-in.
  useEffect(() => {
    if (!draftKey) return;
    const draft = readDraft(draftKey);
    if (draft) setRestored(draft);
  }, [draftKey]);
  useEffect(() => {
    if (!restored) return;
    // After rows editors have re-rendered for the draft's rows: wait (briefly) until every saved field exists again.
    let tries = 0;
    let timer: ReturnType<typeof setTimeout>;
    const apply = () => {
      const form = formRef.current;
      if (!form) return;
      const missing = restored.entries.some(([name]) => !form.elements.namedItem(name));
      if (missing && tries++ < 40) {
        timer = setTimeout(apply, 25);
        return;
      }
      applyDraft(form, restored.entries);
    };
    timer = setTimeout(apply, 0);
    return () => clearTimeout(timer);
  }, [restored]);

  // An action that redirects on success never answers here: clear the copy when the form goes away mid-post.
  useEffect(
    () => () => {
      if (posting.current && draftKey) window.localStorage.removeItem(storageKey(draftKey));
    },
    [draftKey],
  );

  // After each answer: focus the summary on errors; on success clear the copy and tell the caller once.
  useEffect(() => {
    if (!state || state === handled) return;
    posting.current = false;
    setHandled(state);
    if (!state.ok && state.fieldErrors && formRef.current) {
      const found: Record<string, string> = {};
      for (const name of Object.keys(state.fieldErrors)) {
        const el = formRef.current.ownerDocument.getElementById(fieldId(`${props.id}.${name}`));
        const text =
          el instanceof HTMLFieldSetElement
            ? el.querySelector("legend")?.textContent
            : (el as HTMLInputElement | null)?.labels?.[0]?.textContent;
        if (text) found[name] = text.trim();
      }
      setDomLabels(found);
    }
    if (state.ok) {
      if (draftKey) window.localStorage.removeItem(storageKey(draftKey));
      setRestored(null);
      if (resetOnSuccess) formRef.current?.reset();
      onSuccess?.(state.data);
    } else {
      summaryRef.current?.querySelector<HTMLElement>("[data-summary], [role=alert]")?.focus();
    }
  }, [state, handled, draftKey, onSuccess, resetOnSuccess, props.id]);

  const onInput = () => {
    if (!draftKey || !formRef.current) return;
    try {
      window.localStorage.setItem(
        storageKey(draftKey),
        JSON.stringify({ at: new Date().toISOString(), entries: serialise(formRef.current) } satisfies Draft),
      );
    } catch {
      /* storage full or disabled: the form still posts */
    }
  };

  const discardDraft = () => {
    if (draftKey) window.localStorage.removeItem(storageKey(draftKey));
    setRestored(null);
    formRef.current?.reset();
    formRef.current?.dispatchEvent(new Event("input", { bubbles: true }));
  };

  const fieldErrors =
    state && !state.ok ? Object.entries(state.fieldErrors ?? {}).filter(([name]) => name !== "_form") : [];
  let formError: string | undefined;
  if (state && !state.ok) {
    if (state.fieldErrors?._form) formError = translate(state.fieldErrors._form);
    else if (fieldErrors.length === 0)
      formError = state.message?.startsWith("errors.") ? translate(state.message) : translate(`errors.${state.code}`);
  }

  return (
    <FormContext.Provider value={{ error, restored, formId: props.id }}>
      <form
        ref={formRef}
        action={dispatch}
        encType={props.encType}
        noValidate
        className={props.className ?? "flex flex-col gap-4"}
        onInput={onInput}
        onChange={onInput}
        onSubmit={(e) => {
          // Post in a transition instead of React's form action, which would reset the fields.
          e.preventDefault();
          const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
          posting.current = true;
          startTransition(() => dispatch(data));
        }}
      >
        <div ref={summaryRef} className="flex flex-col gap-3 empty:hidden">
          {restored ? (
            <Alert data-color="info">
              <Paragraph>
                {t("forms.restored", {
                  time: new Date(restored.at).toLocaleString("nb-NO", { dateStyle: "short", timeStyle: "short" }),
                })}
              </Paragraph>
              <Button type="button" variant="tertiary" data-size="sm" onClick={discardDraft}>
                {t("forms.discard")}
              </Button>
            </Alert>
          ) : null}
          {fieldErrors.length ? (
            <div data-summary tabIndex={-1} className="focus:outline-none">
              <FormErrorSummary
                title={t("forms.errorSummary")}
                items={fieldErrors.map(([name, key]) => ({
                  key: name,
                  href: `#${fieldId(`${props.id}.${name}`)}`,
                  text:
                    (props.labels?.[name] ?? domLabels[name])
                      ? `${props.labels?.[name] ?? domLabels[name]}: ${translate(key)}`
                      : translate(key),
                }))}
              />
            </div>
          ) : null}
          {state && !state.ok && state.code === "UNAUTHENTICATED" ? (
            <Alert data-color="warning" role="alert" tabIndex={-1}>
              <Paragraph>{t("forms.signedOut")}</Paragraph>
              <Link href={`/logg-inn?tilbake=${encodeURIComponent(pathname)}`}>{t("forms.signInAgain")}</Link>
            </Alert>
          ) : formError ? (
            <Alert data-color="danger" role="alert" tabIndex={-1}>
              {formError}
            </Alert>
          ) : null}
        </div>
        {props.children}
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="submit"
            variant={props.compact ? "tertiary" : props.primary === false ? "secondary" : "primary"}
            data-size={props.compact ? "sm" : undefined}
            disabled={pending}
            aria-disabled={pending}
            aria-pressed={props.pressed}
            aria-label={props.submitAriaLabel}
          >
            {pending ? t("forms.saving") : props.submitLabel}
          </Button>
          {props.extraButtons}
          <span role="status" className="min-w-0 text-success-text-default [overflow-wrap:anywhere]">
            {state?.ok && state === handled && props.successMessage ? props.successMessage : ""}
          </span>
        </div>
      </form>
    </FormContext.Provider>
  );
}
