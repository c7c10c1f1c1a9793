"use client";
import { useEffect } from "react";

/**
 * When a page is opened at a field's anchor (a "what is missing" link from
 * another page), moves the keyboard focus to that field, not just the scroll
 * position, so the user can type at once.
 */
export function FocusFromHash() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    const el = document.getElementById(id);
    const target =
      el instanceof HTMLFieldSetElement ? el.querySelector<HTMLElement>("input, select, textarea, button") : el;
    target?.focus();
  }, []);
  return null;
}
