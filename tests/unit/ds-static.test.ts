/**
 * components/ds-static.tsx renders Designsystemet's markup-only components on the server. Each
 * must render exactly what the package's own component renders for the same props — the same
 * element, class names and data attributes — or the pages would look different.
 */
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import * as ds from "@/components/ds-static";
import { Alert } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/alert/alert.js";
import { CardBlock } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/card/card-block.js";
import { Heading } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/heading/heading.js";
import { Label } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/label/label.js";
import { Link } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/link/link.js";
import { ListItem } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/list/list-item.js";
import { ListUnordered } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/list/lists.js";
import { PaginationItem } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/pagination/pagination-item.js";
import { PaginationList } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/pagination/pagination-list.js";
import { Paragraph } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/paragraph/paragraph.js";
import { SelectOption } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/select/select-option.js";
import { SkipLink } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/skip-link/skip-link.js";
import { Table } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table.js";
import { TableBody } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-body.js";
import { TableCell } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-cell.js";
import { TableFoot } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-foot.js";
import { TableHead } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-head.js";
import { TableHeaderCell } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-header-cell.js";
import { TableRow } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-row.js";
import { Tag } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/tag/tag.js";

type Props = Record<string, unknown>;
const html = (c: unknown, props: Props, children: unknown = "Tekst") =>
  renderToStaticMarkup(createElement(c as ComponentType<Props>, props, children as string));
/** The same markup whatever order React writes the attributes in. */
const normalised = (markup: string) =>
  markup.replace(
    /<([a-z0-9-]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>/g,
    (_, tag: string, attrs: string, end: string) =>
      `<${tag}${attrs
        .trim()
        .split(/\s+(?=[^\s=]+(?:=|$))/)
        .filter(Boolean)
        .sort()
        .map((a) => ` ${a}`)
        .join("")}${end}>`,
  );

const pairs: [string, unknown, unknown, Props[]][] = [
  ["Alert", Alert, ds.Alert, [{}, { "data-color": "warning", role: "status", className: "mb-4" }]],
  ["CardBlock", CardBlock, ds.CardBlock, [{}, { className: "x" }]],
  ["Heading", Heading, ds.Heading, [{}, { level: 1, "data-size": "lg", id: "h" }, { level: 3, className: "mt-2" }]],
  ["Label", Label, ds.Label, [{ htmlFor: "f" }, { weight: "regular", className: "y" }]],
  [
    "Link",
    Link,
    ds.Link,
    [{ href: "/a" }, { href: "/b", className: "c", "data-color": "neutral", "aria-current": "page" }],
  ],
  ["ListItem", ListItem, ds.ListItem, [{}, { className: "z" }]],
  ["ListUnordered", ListUnordered, ds.ListUnordered, [{}, { className: "z", "data-size": "sm" }]],
  ["PaginationItem", PaginationItem, ds.PaginationItem, [{}, { className: "dropped" }]],
  ["PaginationList", PaginationList, ds.PaginationList, [{}]],
  ["Paragraph", Paragraph, ds.Paragraph, [{}, { variant: "long", "data-size": "sm", role: "status", className: "p" }]],
  ["SelectOption", SelectOption, ds.SelectOption, [{ value: "" }, { value: "a", disabled: true }]],
  ["SkipLink", SkipLink, ds.SkipLink, [{ href: "#main" }]],
  ["Table", Table, ds.Table, [{}, { zebra: true, border: true, hover: true, stickyHeader: true, className: "t" }]],
  ["TableBody", TableBody, ds.TableBody, [{}]],
  ["TableCell", TableCell, ds.TableCell, [{}, { className: "num", colSpan: 2 }]],
  ["TableFoot", TableFoot, ds.TableFoot, [{}]],
  ["TableHead", TableHead, ds.TableHead, [{}]],
  [
    "TableHeaderCell",
    TableHeaderCell,
    ds.TableHeaderCell,
    [{ scope: "col" }, { scope: "col", sort: "ascending", className: "num" }],
  ],
  ["TableRow", TableRow, ds.TableRow, [{}, { className: "r" }]],
  ["Tag", Tag, ds.Tag, [{}, { "data-color": "success", variant: "outline", "data-size": "sm" }]],
];

describe("Designsystemet's markup-only components, rendered on the server", () => {
  for (const [name, theirs, ours, cases] of pairs) {
    it(`${name} renders what the package renders`, () => {
      for (const props of cases) expect(normalised(html(ours, props))).toBe(normalised(html(theirs, props)));
    });
  }

  it("asChild puts the props on the child, as the package's Slot does", () => {
    const child = createElement("a", { href: "/x", className: "child", "aria-describedby": "a" }, "Lenke");
    for (const [, theirs, ours] of pairs.filter(([n]) =>
      ["Paragraph", "Heading", "Tag", "Link", "ListItem", "Label", "CardBlock"].includes(n),
    )) {
      const props = { asChild: true, className: "outer", "aria-describedby": "b", "data-size": "sm" };
      expect(normalised(html(ours, props, child))).toBe(normalised(html(theirs, props, child)));
    }
  });

  it("the normaliser tells different markup apart", () => {
    expect(normalised('<p class="a" id="b">x</p>')).toBe(normalised('<p id="b" class="a">x</p>'));
    expect(normalised('<p class="a">x</p>')).not.toBe(normalised('<p class="b">x</p>'));
  });
});
