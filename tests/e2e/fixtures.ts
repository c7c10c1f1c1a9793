import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Runs axe (WCAG 2.1 A/AA) on the page as it is now and fails on any violation. */
export async function expectAccessible(page: Page) {
  // Next streams a dynamic page's metadata and puts it back after a refresh (an autosave revalidates the page): wait for the title, then check.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
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
        if (/Content Security Policy/i.test(message.text())) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
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
