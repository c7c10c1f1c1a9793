import { describe, expect, it } from "vitest";
import { pageWindow } from "@/lib/pagination";

describe("the pager's page numbers (0 is a gap)", () => {
  it("shows every page of a short list", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it("keeps the first and last page and the current one's neighbours in a long list", () => {
    expect(pageWindow(1, 40)).toEqual([1, 2, 3, 4, 5, 0, 40]);
    expect(pageWindow(6, 40)).toEqual([1, 0, 5, 6, 7, 0, 40]);
    expect(pageWindow(40, 40)).toEqual([1, 0, 36, 37, 38, 39, 40]);
    expect(pageWindow(4, 40)).toEqual([1, 2, 3, 4, 5, 0, 40]);
  });
  it("never shows more than it may, and always the current page", () => {
    for (let total = 1; total <= 60; total++)
      for (let current = 1; current <= total; current++) {
        const w = pageWindow(current, total);
        expect(w.length).toBeLessThanOrEqual(7);
        expect(w).toContain(current);
        expect(w[0]).toBe(1);
        expect(w.at(-1)).toBe(total);
      }
  });
});
