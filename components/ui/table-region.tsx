/**
 * The scroll region a wide table sits in: on a narrow screen the table
 * scrolls sideways inside it instead of widening the page, and the region is
 * named and reachable by keyboard so the hidden part can be scrolled to
 * (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function TableRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
