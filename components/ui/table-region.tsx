"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The scroll region a wide table sits in: on a narrow screen the table
 * scrolls sideways inside it instead of widening the page, and while it is
 * wider than the region the region is named and reachable by keyboard so the
 * hidden part can be scrolled to (WCAG 2.1.1; axe "scrollable-region-focusable").
 * A table that fits adds no tab stop.
 */
export function TableRegion({ label, children }: { label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focusable until measured: the server cannot know the width, and a scrolling region must never be out of reach.
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-region" role="region" aria-label={label} tabIndex={scrolls ? 0 : undefined}>
      {children}
    </div>
  );
}
