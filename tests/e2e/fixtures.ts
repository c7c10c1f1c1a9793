import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** A phone's width: WCAG 2.1 AA holds at every width (reflow, 1.4.10), so every page is checked here too. */
export const PHONE = { width: 390, height: 844 };

async function axe(page: Page, where: string) {
  const run = () => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  await expect(page).toHaveTitle(/\S/);
  let results = await run();
  // Next puts a dynamic page's <title> back a moment after a refresh (an autosave revalidates the page): if axe ran in
  // that moment, the title is checked again once it is back — any other violation still fails.
  if (results.violations.some((v) => v.id === "document-title")) {
    await expect(page).toHaveTitle(/\S/);
    results = await run();
  }
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(summary, `axe violations on ${page.url()} ${where}`).toEqual([]);
}

/**
 * Runs axe (WCAG 2.1 A/AA) on the page as it is now and fails on any
 * violation — at the test's own width and at a phone's (390 px), where the
 * page must also not scroll sideways. The width is changed in place (the CSS
 * reflows; nothing is reloaded, so the page's state is kept) and put back.
 */
export async function expectAccessible(page: Page) {
  // Next streams a dynamic page's metadata and puts it back after a refresh (an autosave revalidates the page): wait for the title, then check.
  await expect(page).toHaveTitle(/\S/);
  await axe(page, "");
  const size = page.viewportSize();
  if (!size || size.width <= PHONE.width) return expectNoSidewaysScroll(page);
  await page.setViewportSize(PHONE);
  try {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await axe(page, `at ${PHONE.width} px`);
    await expectNoSidewaysScroll(page);
  } finally {
    await page.setViewportSize(size);
  }
}

/** The page is no wider than the window: what is wider (a table) scrolls in its own region. */
export async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, width, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The outermost elements that reach past the window's right edge and are not inside something that scrolls or clips them.
    const culprits = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
          if (getComputedStyle(a).overflowX !== "visible") return false;
        return !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1);
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).split(" ").slice(0, 3).join(".")} «${(el.textContent ?? "").trim().slice(0, 40)}»`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
  expect(scrollWidth, `${page.url()} scrolls sideways at ${width} px: ${culprits.join("; ")}`).toBeLessThanOrEqual(
    width,
  );
}

/** Signs in through the demo login as the person with this name. */
export async function signInAsDemo(page: Page, name: string) {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hei, ${name}` })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
}

export const test = base.extend<{ visit: (path: string) => Promise<void>; cspViolations: string[] }>({
  /**
   * Every test fails if the browser refuses anything under the Content-Security-Policy
   * (proxy.ts): a blocked script, style, connection or form post breaks pages silently.
   * A test that provokes a violation on purpose takes it out of this list.
   */
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text()))
          violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  /**
   * `page.goto` that also runs axe on every page it lands on, so every page the
   * suite visits is checked. Specs use `visit` instead of `page.goto`.
   */
  visit: async ({ page }, use) => {
    await use(async (path: string) => {
      await page.goto(path);
      await expectAccessible(page);
    });
  },
});

export { expect };
