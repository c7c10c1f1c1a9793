import { Heading, Paragraph, Table, TableBody, TableCell, TableFoot, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { TableRegion } from "@/components/ui/table-region";
import type { Block, Cell, DocumentModel } from "@/lib/document/model";

/**
 * A document's title block and sections as HTML — the read view and the print
 * view. The PDF renders the same model (lib/document/pdf.ts).
 */
export function DocumentTitleBlock({ doc, status }: { doc: DocumentModel; status?: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-2" data-document-block>
      <Heading level={1} data-size="lg">
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

export function DocumentSections({ doc }: { doc: DocumentModel }) {
  return (
    <>
      {doc.sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} data-document-block className="flex flex-col gap-3 border-t border-neutral-border-subtle pt-6">
          <Heading level={2} data-size="sm" id={s.id}>
            {s.title}
          </Heading>
          {s.blocks.map((b, i) => (
            <DocumentBlock key={i} block={b} />
          ))}
        </section>
      ))}
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

function DocumentBlock({ block: b }: { block: Block }) {
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
        <Heading level={3} data-size="xs">
          {b.text}
        </Heading>
      );
    case "text":
      return b.muted ? <Paragraph className="text-neutral-text-subtle">{b.text}</Paragraph> : <div className="max-w-prose whitespace-pre-line">{b.text}</div>;
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
