import { expect, expectAccessible, signInAsDemo, signOut, test } from "./fixtures";

/**
 * A demo person of every role signs in through the demo login and lands on a
 * home page that shows what that person can act on; the menu follows the
 * roles, and every page in it is visited and checked with axe.
 */
const people = [
  {
    role: "OWNER",
    name: "Kari Nordvik",
    sections: ["Eier: Vågan kommune"],
    shows: [/Kompetansenettverk Lofoten 2024 – Vågan kommune/, /Behovsmeldinger for \d{4}: frist/],
    menu: ["Hjem", "Behovsmeldinger", "Årsrapporter", "Tiltak", "Kalender", "Kompetansenettverk"],
    notInMenu: ["Organisasjoner", "Oversikt"],
  },
  {
    role: "COORDINATOR",
    name: "Ola Brattås",
    sections: ["Koordinator: Kompetansenettverk Trondheim/Malvik"],
    shows: [/Tidlig innsats i begynneropplæringen/],
    menu: ["Hjem", "Behovsmeldinger", "Årsrapporter", "Tiltak", "Kalender", "Kompetansenettverk", "Organisasjoner"],
    notInMenu: [],
  },
  {
    role: "UH",
    name: "Anders Bakkevik",
    sections: ["UH: Nasjonalt senter for matematikk i opplæringen (Matematikksenteret)"],
    shows: [/Kompetansenettverk Lofoten 2024/],
    menu: ["Hjem", "Behovsmeldinger", "Tiltak", "Kalender", "Kompetansenettverk"],
    notInMenu: ["Organisasjoner"],
  },
  {
    role: "STATSFORVALTER",
    name: "Marte Lien",
    sections: ["Statsforvalteren i Trøndelag"],
    shows: [/Runde 2023/, /Årsbudsjett \d{4}/, /20\s522\s000\skr/, /11 kompetansenettverk/],
    menu: [
      "Hjem",
      "Behovsmeldinger",
      "Årsrapporter",
      "Oversikt",
      "Budsjett og rammer",
      "Samarbeidsforum",
      "Tiltak",
      "Kalender",
      "Kompetansenettverk",
      "Organisasjoner",
      "Administrasjon",
    ],
    notInMenu: ["Direktoratet"],
  },
  {
    role: "FORUM_MEMBER",
    name: "Bjørn Tangen",
    sections: ["Samarbeidsforum i Trøndelag"],
    shows: [/26\. januar 2023/],
    menu: [
      "Hjem",
      "Behovsmeldinger",
      "Årsrapporter",
      "Oversikt",
      "Budsjett og rammer",
      "Samarbeidsforum",
      "Tiltak",
      "Kalender",
      "Kompetansenettverk",
    ],
    notInMenu: ["Organisasjoner"],
  },
  {
    role: "ADMIN",
    name: "Tor Systad",
    sections: ["Administrasjon"],
    shows: [/Portalen har \d+ organisasjoner/],
    menu: ["Hjem", "Tiltak", "Kalender", "Kompetansenettverk", "Organisasjoner", "Direktoratet", "Administrasjon"],
    notInMenu: ["Behovsmeldinger"],
  },
  {
    role: "DIRECTORATE",
    name: "Ingrid Haugen",
    sections: ["Utdanningsdirektoratet"],
    shows: [/nasjonale oversikten/],
    menu: ["Hjem", "Direktoratet"],
    notInMenu: ["Behovsmeldinger", "Budsjett og rammer", "Administrasjon"],
  },
  {
    role: "ORG_ADMIN",
    name: "Per Lunde",
    sections: ["Administrator: Vågan kommune", "Eier: Vågan kommune"],
    shows: [/Tilgang for Vågan kommune/],
    menu: [
      "Hjem",
      "Behovsmeldinger",
      "Årsrapporter",
      "Tiltak",
      "Kalender",
      "Kompetansenettverk",
      "Organisasjoner",
      "Administrasjon",
    ],
    notInMenu: ["Oversikt", "Direktoratet"],
  },
] as const;

for (const p of people) {
  test(`${p.role}: ${p.name} signs in and sees their own home page`, async ({ page, visit }) => {
    await visit("/logg-inn");
    await signInAsDemo(page, p.name);
    await expectAccessible(page);

    for (const s of p.sections) await expect(page.getByRole("heading", { level: 2, name: s })).toBeVisible();
    const main = page.getByRole("main");
    for (const text of p.shows) await expect(main.getByText(text).first()).toBeVisible();

    const menu = page.getByRole("navigation", { name: "Hovedmeny" });
    await expect(menu.getByRole("link")).toHaveText([...p.menu]);
    for (const missing of p.notInMenu) await expect(menu.getByRole("link", { name: missing })).toHaveCount(0);

    // Every page in the menu opens, is marked as current, and passes axe.
    for (const item of p.menu.slice(1)) {
      await menu.getByRole("link", { name: item }).click();
      await expect(menu.getByRole("link", { name: item })).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }

    await signOut(page);
    await expectAccessible(page);
  });
}

test("the Statsforvalter reads the Lofoten report with every figure of the form", async ({ page, visit }) => {
  await signInAsDemo(page, "Jonas Berg");
  await visit("/behovsmeldinger");
  await page
    .getByRole("row")
    .filter({ hasText: "2024" })
    .getByRole("link", { name: "Kompetansenettverk Lofoten" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Behovsmelding 2024 – Kompetansenettverk Lofoten" }),
  ).toBeVisible();
  await expectAccessible(page);
  const totals = page.getByRole("table", { name: /Total sum det meldes behov for 2024/ });
  await expect(totals.getByRole("row", { name: /Desentralisert ordning/ })).toContainText(
    /700\s000\skr.*880\s000\skr.*1\s580\s000\skr/,
  );
  const ownerBudget = page.getByRole("table", { name: "Slik brukes eiers tilskudd" });
  await expect(ownerBudget.getByRole("row").last()).toContainText(/700\s000\skr/);
  const uhBudget = page.getByRole("table", { name: "Slik brukes UHs tilskudd" });
  await expect(uhBudget.getByRole("row").last()).toContainText(/880\s000\skr/);
  await expect(page.getByText("Vår 2024, Høst 2024, Vår 2025")).toBeVisible();
});

test("the skip link takes a keyboard user straight to the main content", async ({ page }) => {
  await signInAsDemo(page, "Kari Nordvik");
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#hovedinnhold")).toBeFocused();
});
