"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ds";
import { useRestoredDraft } from "@/components/form/action-form";

/**
 * Rows of fields inside an ActionForm (budget lines, cohorts, semesters,
 * contributors, tracks …) that the user adds and removes. Fields are named
 * `<name>.<index>.<field>`; the rows keep stable keys so typed values stay put
 * when a row above is removed, and a restored draft brings back as many rows
 * as it had.
 */
export function RowsEditor<T>(props: {
  name: string;
  initial: T[];
  empty: T;
  addLabel: string;
  removeLabel: (index: number) => string;
  renderRow: (index: number, row: T) => React.ReactNode;
  /** Tailwind grid for one row's fields and its remove button. */
  rowClassName?: string;
  max?: number;
}) {
  const restored = useRestoredDraft();
  const next = useRef(props.initial.length);
  const [rows, setRows] = useState(props.initial.map((row, key) => ({ key, row })));
  // The latest empty row (callers pass a fresh object each render, and it may change, e.g. when cohorts appear).
  const empty = useRef(props.empty);
  empty.current = props.empty;
  const { name } = props;

  // Only when a draft is restored (not on every render): as many rows as the draft had.
  useEffect(() => {
    if (!restored) return;
    const pattern = new RegExp(`^${name.replace(/\./g, "\\.")}\\.(\\d+)\\.`);
    const indexes = new Set(restored.entries.map(([k]) => pattern.exec(k)?.[1]).filter((x): x is string => Boolean(x)));
    setRows([...indexes].map(() => ({ key: next.current++, row: empty.current })));
  }, [restored, name]);

  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-3">
        {rows.map(({ key, row }, i) => (
          <li
            key={key}
            className={
              props.rowClassName ??
              "grid gap-3 rounded border border-neutral-border-subtle p-3 md:grid-cols-[1fr_auto] md:items-end"
            }
          >
            {props.renderRow(i, row)}
            <div>
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => setRows((rs) => rs.filter((r) => r.key !== key))}
              >
                {props.removeLabel(i)}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {rows.length < (props.max ?? 50) ? (
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => setRows((rs) => [...rs, { key: next.current++, row: empty.current }])}
          >
            {props.addLabel}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
