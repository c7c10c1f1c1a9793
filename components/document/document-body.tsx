import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ds";
import { TableRegion } from "@/components/ui/table-region";
import type { Block, Cell, DocumentModel } from "@/lib/document/model";

/**
 * A document's title block and sections as HTML — the read view and the print
 * view. The PDF renders the same model (lib/document/pdf.ts).
 */
/** `level` 2 places the document inside a page that has its own h1 (a letter's preview). */
export function DocumentTitleBlock({
  doc,
  status,
  level = 1,
  id,
}: {
  doc: DocumentModel;
  status?: React.ReactNode;
  level?: 1 | 2 | 3 | 4;
  id?: string;
}) {
  return (
    <div className="flex flex-col gap-2" data-document-block>
      {doc.letterhead ? <DocumentLetterhead letterhead={doc.letterhead} /> : null}
      <Heading level={level} data-size={level === 1 ? "lg" : "md"} id={id}>
        {doc.title}
      </Heading>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {doc.meta.map((m) => (
          <div key={m.key} className="contents">
            <dt className="font-semibold">{m.label}</dt>
            <dd>{m.key === "status" && status ? status : m.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Sender, recipient and references, as at the top of a letter. */
function DocumentLetterhead({ letterhead: l }: { letterhead: NonNullable<DocumentModel["letterhead"]> }) {
  const address = (a: { name: string; lines: string[] }) => (
    <p className="whitespace-pre-line">
      <span className="font-semibold">{a.name}</span>
      {a.lines.length ? `\n${a.lines.join("\n")}` : null}
    </p>
  );
  return (
    <div className="mb-4 flex flex-col gap-4 border-b border-neutral-border-subtle pb-4">
      {address(l.sender)}
      <div className="flex flex-col justify-between gap-4 sm:flex-row">
        {l.recipient ? address(l.recipient) : <span />}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4">
          {l.refs.map((r) => (
            <div key={r.label} className="contents">
              <dt className="font-semibold">{r.label}</dt>
              <dd>{r.value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}

export function DocumentSections({
  doc,
  level = 2,
  idPrefix = "",
}: {
  doc: DocumentModel;
  level?: 2 | 3 | 4 | 5;
  idPrefix?: string;
}) {
  return (
    <>
      {doc.sections.map((s) => (
        <section
          key={s.id}
          aria-labelledby={`${idPrefix}${s.id}`}
          data-document-block
          className="flex flex-col gap-3 border-t border-neutral-border-subtle pt-6"
        >
          <Heading level={level} data-size="sm" id={`${idPrefix}${s.id}`}>
            {s.title}
          </Heading>
          {s.blocks.map((b, i) => (
            <DocumentBlock key={i} block={b} level={(level + 1) as 3 | 4 | 5 | 6} />
          ))}
        </section>
      ))}
      {doc.signature?.length ? (
        <p className="whitespace-pre-line border-t border-neutral-border-subtle pt-6" data-document-block>
          {doc.signature.join("\n")}
        </p>
      ) : null}
    </>
  );
}

function CellContent({ cell }: { cell: Cell }) {
  return (
    <>
      {cell.strong ? <span className="font-semibold">{cell.text}</span> : cell.text}
      {cell.detail ? <span className="block whitespace-pre-line text-sm">{cell.detail}</span> : null}
    </>
  );
}

function DocumentBlock({ block: b, level }: { block: Block; level: 3 | 4 | 5 | 6 }) {
  switch (b.kind) {
    case "fields":
      return (
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,20rem)_1fr]">
          {b.rows.map((r) => (
            <div key={r.label} className="contents">
              <dt className="font-semibold">{r.label}</dt>
              <dd className="whitespace-pre-line">{r.value}</dd>
            </div>
          ))}
        </dl>
      );
    case "subheading":
      return (
        <Heading level={level} data-size="xs">
          {b.text}
        </Heading>
      );
    case "text":
      return b.muted ? (
        <Paragraph className="text-neutral-text-subtle">{b.text}</Paragraph>
      ) : (
        <div className="max-w-prose whitespace-pre-line">{b.text}</div>
      );
    case "checklist":
      return (
        <ul>
          {b.items.map((i) => (
            <li key={i.label}>
              <span aria-hidden="true">{i.checked ? "☒" : "☐"}</span> <span className="sr-only">{i.state}: </span>
              {i.label}
            </li>
          ))}
        </ul>
      );
    case "table": {
      if (!b.rows.length && b.empty) {
        return (
          <>
            {b.captionVisible ? <Paragraph className="font-semibold">{b.caption}</Paragraph> : null}
            <Paragraph>{b.empty}</Paragraph>
          </>
        );
      }
      return (
        <TableRegion label={b.caption}>
          <Table>
            <caption className={b.captionVisible ? "text-left font-semibold" : "sr-only"}>{b.caption}</caption>
            <TableHead>
              <TableRow>
                {b.head.map((c, i) => (
                  <TableHeaderCell key={i} scope="col" className={c.numeric ? "num" : undefined}>
                    {c.text}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {b.rows.map((row, r) => (
                <TableRow key={r}>
                  {row.map((c, i) =>
                    i === 0 && b.rowHeaders ? (
                      <TableHeaderCell key={i} scope="row">
                        <CellContent cell={c} />
                      </TableHeaderCell>
                    ) : (
                      <TableCell key={i} className={c.numeric ? "num" : "whitespace-pre-line"}>
                        <CellContent cell={c} />
                      </TableCell>
                    ),
                  )}
                </TableRow>
              ))}
            </TableBody>
            {b.foot ? (
              <TableFoot>
                <TableRow>
                  {b.foot.map((c, i) =>
                    i === 0 ? (
                      <TableHeaderCell key={i} scope="row">
                        {c.text}
                      </TableHeaderCell>
                    ) : (
                      <TableCell key={i} className={c.numeric ? "num font-semibold" : undefined}>
                        {c.text}
                      </TableCell>
                    ),
                  )}
                </TableRow>
              </TableFoot>
            ) : null}
          </Table>
        </TableRegion>
      );
    }
  }
}
