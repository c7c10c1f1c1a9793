/**
 * Which page numbers a pager shows: at most `show` entries, the first and the last page always,
 * the current one in the middle where it can be, and 0 for a gap ("…"). The same rule as
 * Designsystemet's pagination (its `pagination()` in @digdir/designsystemet-web), so the pager
 * looks and behaves as the design system's does: 1 … 4 5 [6] 7 8 … 40.
 */
export function pageWindow(current: number, total: number, show = 7): number[] {
  const half = (show - 1) / 2;
  const first = Math.max(Math.min(current - Math.floor(half), total - show + 1), 1);
  const last = Math.min(Math.max(current + Math.ceil(half), show), total);
  const pages = Array.from({ length: last + 1 - first }, (_, i) => i + first);
  if (show > 4 && first > 1) pages.splice(0, 2, 1, 0);
  if (show > 3 && last < total) pages.splice(-2, 2, 0, total);
  return pages;
}
