import { expect, expectAccessible, test } from "./fixtures";
import { pdfText } from "../support/pdf-text";

/**
 * Bokmål, nynorsk and English: the switch in the header, the page
 * marked with its language, the choice remembered in the browser and on the
 * person (a new browser gets it at sign-in), and the accessibility statement
 * in all three; dates and PDFs in the chosen language. axe on every page.
 */
test("the language switch: nynorsk and English pages, remembered in the browser and on the person", async ({
  page,
  browser,
}) => {
  await page.goto("/logg-inn");
  const switcher = page.getByRole("form", { name: "Språk" });
  await switcher.getByRole("button", { name: "Nynorsk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("link", { name: "Hopp til hovudinnhaldet" })).toBeAttached();
  await expect(page.getByRole("button", { name: "Nynorsk" })).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Logg inn som Kari Nordvik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hei, Kari Nordvik" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Hovudmeny" }).getByRole("link", { name: "Behovsmeldingar", exact: true }),
  ).toBeVisible();
  await expectAccessible(page);

  try {
    // English, chosen while signed in: kept on the person.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Hello, Kari Nordvik" })).toBeVisible();
    await page
      .getByRole("navigation", { name: "Main menu" })
      .getByRole("link", { name: "Needs reports", exact: true })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Needs reports" })).toBeVisible();
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Needs reports" })).toBeVisible();

    // Dates, semesters and the PDF in English too.
    await page.goto("/behovsmeldinger/report-nor-lofoten-2024");
    await expect(
      page.getByRole("heading", { level: 1, name: "Needs report 2024 – Kompetansenettverk Lofoten" }),
    ).toBeVisible();
    // The title block's deadline, as a term and its definition.
    await expect(
      page.locator("dt", { hasText: /^Deadline for needs reports$/ }).locator("xpath=following-sibling::dd[1]"),
    ).toHaveText(/^\d{1,2} [A-Z][a-z]+ 2023 at \d{2}:\d{2}$/);
    await expect(page.getByText("Spring 2024, Autumn 2024, Spring 2025").first()).toBeVisible();
    await expectAccessible(page);
    const pdf = pdfText(await (await page.request.get("/behovsmeldinger/report-nor-lofoten-2024/pdf")).body());
    // The PDF opens with the same title block as the page.
    expect(pdf).toContain("Needs report 2024 – Kompetansenettverk Lofoten");
    expect(pdf).toContain("Spring 2024, Autumn 2024, Spring 2025");
    expect(pdf).not.toContain("Kontaktpersoner");

    // Another browser, no cookie: bokmål until she signs in, then her English.
    const other = await browser.newContext({ locale: "nb-NO" });
    const second = await other.newPage();
    await second.goto("/logg-inn");
    await expect(second.locator("html")).toHaveAttribute("lang", "nb");
    await second.getByRole("button", { name: "Logg inn som Kari Nordvik" }).click();
    await expect(second.getByRole("heading", { level: 1, name: "Hello, Kari Nordvik" })).toBeVisible();
    await expect(second.locator("html")).toHaveAttribute("lang", "en");
    await other.close();
  } finally {
    // Back to bokmål for the specs that follow (the choice is kept on her).
    await page.getByRole("button", { name: "Bokmål" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  }
});

test("the accessibility statement, in all three languages, without signing in", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("link", { name: "Tilgjengelighetserklæring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilgjengelighetserklæring" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Status: delvis i samsvar" })).toBeVisible();
  await expectAccessible(page);
  for (const [language, heading, status] of [
    ["Nynorsk", "Tilgjengeerklæring", "Status: delvis i samsvar"],
    ["English", "Accessibility statement", "Status: partially compliant"],
    ["Bokmål", "Tilgjengelighetserklæring", "Status: delvis i samsvar"],
  ] as const) {
    await page.getByRole("button", { name: language }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: status })).toBeVisible();
    await expectAccessible(page);
  }
});
