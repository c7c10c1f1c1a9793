import type { Locator, Page } from "@playwright/test";

/**
 * How a spec operates the page: with the mouse (Playwright's fill/check/click)
 * or with the keyboard alone — Tab / Shift+Tab to reach a control, then typing,
 * Space, Enter and the arrow keys, as a person without a mouse does. The
 * same flow run with `keyboard(page)` proves it works without a mouse
 * (WCAG 2.1.1).
 */
export type Ui = {
  fill(target: Locator, text: string): Promise<void>;
  check(target: Locator): Promise<void>;
  select(target: Locator, label: string): Promise<void>;
  press(target: Locator): Promise<void>;
};

export const mouse = (): Ui => ({
  fill: (l, text) => l.fill(text),
  check: (l) => l.check(),
  select: async (l, label) => void (await l.selectOption({ label })),
  press: (l) => l.click(),
});

const focused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

/**
 * How many Tab (positive) or Shift+Tab (negative) presses from the focused
 * element to the target's tab stop, counted in the page as the browser tabs:
 * visible, enabled, focusable elements in document order, one stop per radio
 * group (its checked radio, else its first).
 */
function tabDistance(target: Element): number | null {
  const selector = "a[href], button, input, select, textarea, summary, [tabindex]";
  const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if (
      el.tabIndex < 0 ||
      (el as HTMLInputElement).disabled ||
      (el instanceof HTMLInputElement && el.type === "hidden")
    )
      return false;
    const style = getComputedStyle(el);
    return style.visibility !== "hidden" && style.display !== "none" && el.getClientRects().length > 0;
  });
  const stopOf = (el: Element) => {
    if (!(el instanceof HTMLInputElement) || el.type !== "radio" || !el.name) return el;
    const group = all.filter(
      (x): x is HTMLInputElement =>
        x instanceof HTMLInputElement && x.type === "radio" && x.name === el.name && x.form === el.form,
    );
    return group.find((x) => x.checked) ?? group[0] ?? el;
  };
  const stops = all.filter((el) => stopOf(el) === el);
  const to = stops.indexOf(stopOf(target) as HTMLElement);
  const active = document.activeElement;
  const from = active && active !== document.body ? stops.indexOf(stopOf(active) as HTMLElement) : -1;
  return to < 0 ? null : to - from;
}

/** Tab (or Shift+Tab) to the control; for a radio, to its group and then the arrow keys to it. Verified, with a slow fallback. */
async function reach(page: Page, l: Locator) {
  await l.waitFor({ state: "attached" });
  const isRadio = await l.evaluate((el) => el instanceof HTMLInputElement && el.type === "radio");
  const toRadio = async () => {
    for (let j = 0; j < 20 && !(await focused(l)); j++) await page.keyboard.press("ArrowDown");
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await focused(l)) return;
    const distance = await l.evaluate(tabDistance);
    if (distance === null) break;
    for (let i = 0; i < Math.abs(distance); i++) await page.keyboard.press(distance > 0 ? "Tab" : "Shift+Tab");
    if (isRadio) await toRadio();
  }
  for (let i = 0; i < 300 && !(await focused(l)); i++) {
    await page.keyboard.press("Tab");
    if (
      isRadio &&
      (await l.evaluate(
        (el) =>
          document.activeElement instanceof HTMLInputElement &&
          document.activeElement.name === (el as HTMLInputElement).name,
      ))
    )
      await toRadio();
  }
  if (!(await focused(l))) throw new Error(`Could not reach ${l} with the keyboard`);
}

export const keyboard = (page: Page): Ui => ({
  async fill(l, text) {
    await reach(page, l);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    // Text arrives as keyboard input (as from a keyboard or an on-screen keyboard), in one piece rather than a key event per letter.
    if (text) await page.keyboard.insertText(text);
  },
  async check(l) {
    await reach(page, l);
    if (!(await l.isChecked())) await page.keyboard.press("Space");
  },
  async select(l, label) {
    await reach(page, l);
    const current = () => l.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.label ?? "");
    for (const key of ["ArrowDown", "ArrowUp"]) {
      for (let i = 0; i < 60 && (await current()) !== label; i++) await page.keyboard.press(key);
    }
    if ((await current()) !== label) throw new Error(`Could not choose «${label}» with the keyboard`);
  },
  async press(l) {
    await reach(page, l);
    await page.keyboard.press("Enter");
  },
});
