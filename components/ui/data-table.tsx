import type { ComponentProps } from "react";
import { Table } from "@/components/ds";
import { TableRegion } from "@/components/ui/table-region";

/**
 * A table with its caption, in a scroll region of its own: on a phone a
 * wide table scrolls sideways inside the region (reachable by keyboard)
 * instead of widening the page. The caption names both; it is visible when
 * `captionClassName` says so, else read only by screen readers.
 */
export function DataTable({
  caption,
  captionClassName = "sr-only",
  children,
  ...props
}: ComponentProps<typeof Table> & { caption: string; captionClassName?: string }) {
  return (
    <TableRegion label={caption}>
      <Table {...props}>
        <caption className={captionClassName}>{caption}</caption>
        {children}
      </Table>
    </TableRegion>
  );
}
