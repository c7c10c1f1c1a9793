/**
 * Designsystemet's components that are markup only — a table's parts, text, a tag, a link, a list,
 * an alert — written here without "use client", rendering exactly what the package renders
 * (tests/unit/ds-static.test.tsx compares the two).
 *
 * The package marks every component "use client". In a server component each one is then a
 * client reference: its props are serialised into the page's RSC payload, and the browser
 * loads and hydrates it. A report list of 50 rows had some 600 of them for plain <td>s and
 * <p>s; rendered here they are plain HTML (docs/performance.md). Components with behaviour
 * (Button, Card, fields, Pagination, Details, …) still come from the package (components/ds.ts).
 */
import {
  cloneElement,
  isValidElement,
  type ComponentPropsWithRef,
  type CSSProperties,
  type ReactElement,
  type ReactNode,
} from "react";

const cl = (...names: unknown[]) => names.filter((n) => typeof n === "string" && n !== "").join(" ");

type AsChild = { asChild?: boolean };

/**
 * `asChild`: the props go onto the one child element instead of a wrapper, merged as Radix's Slot
 * (which the package uses) merges them: the child's props win, class names and aria-describedby
 * are joined, styles merged, event handlers both called (the child's first).
 */
function slot(children: ReactNode, props: Record<string, unknown>): ReactElement {
  if (!isValidElement<Record<string, unknown>>(children))
    throw new Error("asChild needs exactly one element as its child");
  const own = children.props;
  const merged: Record<string, unknown> = { ...props };
  for (const [name, value] of Object.entries(own)) {
    if (name === "children") continue;
    const outer = props[name];
    if (/^on[A-Z]/.test(name)) {
      merged[name] =
        typeof value === "function" && typeof outer === "function"
          ? (...args: unknown[]) => {
              const result: unknown = (value as (...a: unknown[]) => unknown)(...args);
              (outer as (...a: unknown[]) => unknown)(...args);
              return result;
            }
          : (value ?? outer);
    } else if (name === "style") merged[name] = { ...(outer as CSSProperties), ...(value as CSSProperties) };
    else if (name === "className") merged[name] = cl(outer, value);
    else if (name === "aria-describedby") merged[name] = cl(value, outer) || undefined;
    else merged[name] = value;
  }
  return cloneElement(children, merged);
}

function element(tag: string, asChild: boolean | undefined, props: Record<string, unknown>): ReactElement {
  const { children, ...rest } = props;
  if (asChild) return slot(children as ReactNode, rest);
  const Tag = tag as "div";
  return <Tag {...(rest as ComponentPropsWithRef<"div">)}>{children as ReactNode}</Tag>;
}

export type TableProps = Omit<ComponentPropsWithRef<"table">, "border"> & {
  zebra?: boolean;
  stickyHeader?: boolean;
  border?: boolean;
  hover?: boolean;
};
export function Table({
  zebra = false,
  stickyHeader = false,
  border = false,
  hover = false,
  className,
  children,
  ...rest
}: TableProps) {
  return (
    <table
      className={cl("ds-table", className)}
      data-border={border || undefined}
      data-hover={hover || undefined}
      data-sticky-header={stickyHeader || undefined}
      data-zebra={zebra || undefined}
      {...rest}
    >
      {children}
    </table>
  );
}
export const TableHead = (props: ComponentPropsWithRef<"thead">) => <thead {...props} />;
export const TableBody = (props: ComponentPropsWithRef<"tbody">) => <tbody {...props} />;
export const TableFoot = (props: ComponentPropsWithRef<"tfoot">) => <tfoot {...props} />;
export const TableRow = (props: ComponentPropsWithRef<"tr">) => <tr {...props} />;
export const TableCell = (props: ComponentPropsWithRef<"td">) => <td {...props} />;
export function TableHeaderCell({
  sort,
  children,
  ...rest
}: ComponentPropsWithRef<"th"> & { sort?: "ascending" | "descending" | "none" | "other" }) {
  return (
    <th aria-sort={sort} {...rest}>
      {sort ? <button type="button">{children}</button> : children}
    </th>
  );
}

export function Paragraph({
  className,
  asChild,
  variant,
  ...rest
}: ComponentPropsWithRef<"p"> & AsChild & { variant?: "long" | "default" | "short"; "data-size"?: string }) {
  return element("p", asChild, { className: cl("ds-paragraph", className), "data-variant": variant, ...rest });
}

export function Heading({
  level = 2,
  className,
  asChild,
  ...rest
}: ComponentPropsWithRef<"h2"> & AsChild & { level?: 1 | 2 | 3 | 4 | 5 | 6; "data-size"?: string }) {
  return element(`h${level}`, asChild, { className: cl("ds-heading", className), ...rest });
}

export function Tag({
  asChild,
  className,
  variant,
  ...rest
}: ComponentPropsWithRef<"span"> &
  AsChild & { variant?: "default" | "outline"; "data-color"?: string; "data-size"?: string }) {
  return element("span", asChild, { className: cl("ds-tag", className), "data-variant": variant, ...rest });
}

export function Link({
  asChild,
  className,
  ...rest
}: ComponentPropsWithRef<"a"> & AsChild & { "data-color"?: string }) {
  return element("a", asChild, { className: cl("ds-link", className), ...rest });
}

export function ListUnordered({
  asChild,
  className,
  ...rest
}: ComponentPropsWithRef<"ul"> & AsChild & { "data-size"?: string }) {
  return element("ul", asChild, { className: cl("ds-list", className), ...rest });
}

export function ListItem({ asChild, ...rest }: ComponentPropsWithRef<"li"> & AsChild) {
  return element("li", asChild, rest);
}

export function Label({
  className,
  weight,
  asChild,
  ...rest
}: ComponentPropsWithRef<"label"> & AsChild & { weight?: "semibold" | "regular" | "medium"; "data-size"?: string }) {
  return element("label", asChild, {
    className: cl("ds-label", className),
    suppressHydrationWarning: true,
    "data-weight": weight,
    ...rest,
  });
}

export function Alert({
  "data-color": color = "info",
  className,
  ...rest
}: ComponentPropsWithRef<"div"> & { "data-color"?: "info" | "warning" | "danger" | "success"; "data-size"?: string }) {
  return <div className={cl("ds-alert", className)} data-color={color} {...rest} />;
}

export function CardBlock({ asChild, className, ...rest }: ComponentPropsWithRef<"div"> & AsChild) {
  return element("div", asChild, { className: cl("ds-card__block", className), ...rest });
}

export function SkipLink({ children, className, ...rest }: ComponentPropsWithRef<"a">) {
  return (
    <a className={cl("ds-skip-link", className)} {...rest}>
      {children}
    </a>
  );
}

export const PaginationList = ({ asChild, ...rest }: ComponentPropsWithRef<"ul"> & AsChild) =>
  element("ul", asChild, rest);
// The package's PaginationItem drops className; so does this one.
export const PaginationItem = ({ asChild, className: _className, ...rest }: ComponentPropsWithRef<"li"> & AsChild) =>
  element("li", asChild, rest);

export const SelectOption = ({ asChild, ...rest }: ComponentPropsWithRef<"option"> & AsChild) =>
  element("option", asChild, rest);
