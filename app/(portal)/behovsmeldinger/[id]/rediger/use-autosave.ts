"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { NeedsReportDraft } from "@/lib/needs-reports/schema";
import { saveNeedsReportDraftAction } from "@/lib/needs-reports/actions";
import { withoutInvalid } from "@/lib/needs-reports/partial";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "invalid" }
  | { kind: "offline" }
  | { kind: "signed-out" }
  | { kind: "conflict"; theirs: Theirs }
  | { kind: "locked" };

/** The stored draft that a save lost to, and who saved it when. */
export type Theirs = { version: number; draft: NeedsReportDraft; savedAt: string; savedBy: string | null };

type Backup = { baseVersion: number; at: string; values: NeedsReportDraft };
const storageKey = (id: string) => `kompetanseportalen:behovsmelding:${id}`;

export function readBackup(id: string): Backup | null {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

/**
 * Never lose a draft: every change is copied to localStorage at once, and
 * saved to the portal after a pause in typing (and on "Lagre nå"). The copy is
 * removed only when the portal has the same content. Expired sessions,
 * network errors and conflicts keep the copy and say so.
 */
export function useAutosave(id: string, initialVersion: number, form: UseFormReturn<NeedsReportDraft>, delayMs = 1500) {
  const version = useRef(initialVersion);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });

  const backup = useCallback(
    (values: NeedsReportDraft) => {
      try {
        window.localStorage.setItem(
          storageKey(id),
          JSON.stringify({ baseVersion: version.current, at: new Date().toISOString(), values } satisfies Backup),
        );
      } catch {
        /* storage full or disabled: the server save still runs */
      }
    },
    [id],
  );

  const save = useCallback(
    async (force = false): Promise<boolean> => {
      if (timer.current) clearTimeout(timer.current);
      if (inFlight.current) {
        again.current = true;
        return false;
      }
      const values = form.getValues();
      // Kept offline (the network down, or the portal too busy to save): the local copy stays and the save is tried again shortly.
      const offline = () => {
        setStatus({ kind: "offline" });
        timer.current = setTimeout(() => void save(), 10_000);
      };
      inFlight.current = true;
      setStatus({ kind: "saving" });
      try {
        const result = await saveNeedsReportDraftAction(id, version.current, values);
        if (result.ok) {
          version.current = result.data.version;
          form.clearErrors();
          if (JSON.stringify(form.getValues()) === JSON.stringify(values))
            window.localStorage.removeItem(storageKey(id));
          else backup(form.getValues());
          setStatus({ kind: "saved", at: new Date(result.data.savedAt) });
          return true;
        }
        if (result.code === "UNAUTHENTICATED") setStatus({ kind: "signed-out" });
        else if (result.code === "CONFLICT") setStatus({ kind: "conflict", theirs: result.details as Theirs });
        else if (result.code === "FORBIDDEN") setStatus({ kind: "locked" });
        else if (result.code === "INVALID") {
          const errors = result.fieldErrors ?? {};
          for (const [path, key] of Object.entries(errors))
            form.setError(path as "schemes", { type: "server", message: key });
          // Save the rest; the refused fields stay in the form and in the local copy until fixed.
          const partial = await saveNeedsReportDraftAction(
            id,
            version.current,
            withoutInvalid(values, Object.keys(errors)),
          );
          if (partial.ok) version.current = partial.data.version;
          for (const [path, key] of Object.entries(errors))
            form.setError(path as "schemes", { type: "server", message: key });
          setStatus({ kind: "invalid" });
        } else if (result.code === "BUSY") offline();
        else setStatus({ kind: "offline" });
        return false;
      } catch {
        offline();
        return false;
      } finally {
        inFlight.current = false;
        if (again.current && !force) {
          again.current = false;
          void save();
        }
      }
    },
    [backup, form, id],
  );

  useEffect(() => {
    const sub = form.watch((values) => {
      backup(values as NeedsReportDraft);
      setStatus((s) => (s.kind === "conflict" || s.kind === "signed-out" ? s : { kind: "dirty" }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), delayMs);
    });
    return () => {
      sub.unsubscribe();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [backup, delayMs, form, save]);

  /** After a conflict: either adopt their version, or keep mine on top of theirs. */
  const resolveConflict = useCallback(
    async (choice: "mine" | "theirs", theirs: Theirs) => {
      version.current = theirs.version;
      if (choice === "theirs") {
        form.reset(theirs.draft);
        window.localStorage.removeItem(storageKey(id));
        setStatus({ kind: "idle" });
      } else {
        await save(true);
      }
    },
    [form, id, save],
  );

  return { status, save, resolveConflict, version };
}
