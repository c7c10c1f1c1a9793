import type { Page } from "@playwright/test";
import { expectPdfHoldsThePage } from "./document-check";
import { expect, expectAccessible, signInAsDemo, test } from "./fixtures";
import { keyboard, mouse, type Ui } from "./ui-driver";
import { measure } from "./report-driver";

/**
 * An owner who has never seen the portal types the Lofoten report of seed 004
 * into a new report, part by part, and submits it. Figures as in the seed:
 * Tiltak 1 700 000 + 880 000 with its ten budget lines; with the seed's other
 * two scheme rows as measures 2 and 3 the total is 4 069 500.
 */
const OWNER_LINES = [
  ["Arbeidsgruppe", "50 000"],
  ["Ledersamling", "150 000"],
  ["Oppstartssamling for alle lærere", "200 000"],
  ["Fagsamlinger", "200 000"],
  ["Oppfølging og veiledning av enkeltskoler", "100 000"],
];
const UH_LINES = [
  ["Arbeidsgruppe", "30 000"],
  ["Ledersamling", "140 000"],
  ["Oppstartssamling for alle lærere", "250 000"],
  ["Fagsamlinger (tre samlinger)", "360 000"],
  ["Oppfølging og veiledning av enkeltskoler", "100 000"],
];

async function startNewReport(page: Page, ui: Ui = mouse()) {
  await page.goto("/behovsmeldinger");
  await ui.press(page.getByRole("link", { name: "Ny behovsmelding" }));
  await expectAccessible(page);
  await ui.check(page.getByRole("radio").first());
  await ui.press(page.getByRole("button", { name: "Opprett behovsmelding" }));
  await expect(page).toHaveURL(/\/rediger$/);
  await expect(
    page.getByRole("heading", { level: 1, name: /Behovsmelding \d{4} – Kompetansenettverk Lofoten/ }),
  ).toBeVisible();
  return Number((await page.getByRole("heading", { level: 1 }).textContent())?.match(/\d{4}/)?.[0]);
}

/** Types the whole Lofoten report into a new draft, checks the answers and submits it — with the mouse or the keyboard alone. */
async function submitTheLofotenReport(page: Page, ui: Ui) {
  const year = await startNewReport(page, ui);
  await expectAccessible(page);

  // Checked while still empty: every error in the summary names its field, none is a bare "Fyll ut dette feltet."
  await ui.press(page.getByRole("link", { name: "Kontroller og send inn" }));
  await expect(
    page.getByRole("link", { name: "Kontaktperson for eier › E-post: Fyll ut dette feltet." }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Kontaktperson for UH › Telefon: Fyll ut dette feltet." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Fyll ut dette feltet.", exact: true })).toHaveCount(0);
  await ui.press(page.getByRole("link", { name: "Tilbake til skjemaet" }));
  await expect(page).toHaveURL(/\/rediger$/);

  // 1–3
  await ui.check(page.getByRole("group", { name: "Ordning" }).getByLabel("Regional ordning (REKOM)"));
  await ui.check(page.getByRole("group", { name: "Ordning" }).getByLabel("Desentralisert ordning (DEKOM)"));
  await ui.check(page.getByRole("group", { name: "Ordning" }).getByLabel(/^Kompetanseløftet/));
  const owners = page.getByRole("group", { name: "Andre eiere i partnerskapet" });
  for (const name of [
    "Vestvågøy kommune",
    "Flakstad kommune",
    "Moskenes kommune",
    "Værøy kommune",
    "Ørsnes privatskole",
    "Vikten privatskole",
  ])
    await ui.check(owners.getByLabel(name));
  await ui.select(
    page.getByLabel("Universitet eller høgskole"),
    "NTNU – Norges teknisk-naturvitenskapelige universitet",
  );
  await ui.check(page.getByRole("group", { name: "Enheter" }).getByLabel(/Matematikksenteret/));
  await ui.check(page.getByRole("group", { name: "Enheter" }).getByLabel(/Skrivesenteret/));

  // 4: a wrong organisation number is refused next to the field and in the summary — a digit short, or a slip in one digit
  const owner = page.getByRole("group", { name: "Kontaktperson hos eier" });
  await ui.fill(owner.getByLabel("Organisasjonsnummer"), "938 644 50");
  await ui.fill(owner.getByLabel("Navn"), ""); // leaving the field checks it
  await expect(owner.getByText("Organisasjonsnummeret skal ha 9 siffer, for eksempel 938 644 500.")).toBeVisible();
  await ui.fill(owner.getByLabel("Organisasjonsnummer"), "938 644 501");
  await ui.fill(owner.getByLabel("Navn"), "");
  const orgError =
    "Kontrollsifferet (det siste sifferet) i organisasjonsnummeret stemmer ikke. Sjekk at alle ni sifrene er skrevet av riktig.";
  await expect(owner.getByText(orgError)).toBeVisible();
  await expect(
    page.getByRole("link", { name: `Kontaktperson for eier › Organisasjonsnummer: ${orgError}` }),
  ).toBeVisible();
  await expectAccessible(page);
  await ui.fill(owner.getByLabel("Organisasjonsnummer"), "938 644 500");
  await ui.fill(owner.getByLabel("Navn"), "Kari Nordvik");
  await ui.fill(owner.getByLabel("Funksjon"), "Skoleeier");
  await ui.fill(owner.getByLabel("Telefon"), "4748133653"); // as seed 004 writes it: 47 and eight digits
  await ui.fill(owner.getByLabel("E-post"), "kari.nordvik@demo.kompetanseportalen.no");
  await ui.fill(owner.getByLabel("Kontonummer"), "1234.56.78903");
  await ui.fill(owner.getByLabel("Merking av utbetaling"), "skal settes inn til RKK Lofoten, merkes DEKOM");
  const uh = page.getByRole("group", { name: "Kontaktperson hos UH" });
  await ui.fill(uh.getByLabel("Navn"), "Anders Bakkevik");
  await ui.fill(uh.getByLabel("Funksjon"), "Medlem ledergruppe og ansvarlig for kurs og prosjekter");
  await ui.fill(uh.getByLabel("Telefon"), "400 00 002");
  await ui.fill(uh.getByLabel("E-post"), "anders.bakkevik@demo.kompetanseportalen.no");
  await ui.fill(uh.getByLabel("Kontonummer"), "1234 56 78903");
  await ui.fill(uh.getByLabel("Organisasjonsnummer"), "974 767 880");
  await ui.fill(
    uh.getByLabel("Merking av utbetaling"),
    "Matematikksenteret og Skrivesenteret, bidrag DEKOM RKK Lofoten",
  );
  await expect(page.getByText(orgError)).toHaveCount(0);

  // 5
  await ui.check(page.getByRole("group", { name: "Består partnerskapet av flere eiere?" }).getByLabel("Ja"));
  await ui.check(page.getByRole("group", { name: "Består partnerskapet av flere UH?" }).getByLabel("Nei"));
  await ui.check(
    page.getByRole("group", { name: "Leverer partnerskapet behovsmelding i flere ordninger?" }).getByLabel("Ja"),
  );

  // 7–13: Tiltak 1 as in the seed, and the seed's two other scheme rows
  await measure(
    page,
    ui,
    1,
    {
      name: "Regionalt samarbeid i Lofoten med NTNU (v/matematikk- og skrivesenteret)",
      scheme: "Desentralisert ordning (DEKOM)",
      owner: "700 000",
      uh: "880 000",
      ownerLines: OWNER_LINES,
      uhLines: UH_LINES,
    },
    year,
  );
  await measure(
    page,
    ui,
    2,
    {
      name: "Regional ordning i Lofoten",
      scheme: "Regional ordning (REKOM)",
      owner: "357 500",
      uh: "542 500",
      ownerLines: [["Samlinger", "357 500"]],
      uhLines: [["Faglige bidrag", "542 500"]],
    },
    year,
  );
  await measure(
    page,
    ui,
    3,
    {
      name: "Kompetanseløftet i Lofoten",
      scheme: "Kompetanseløftet for spesialpedagogikk og inkluderende praksis",
      owner: "669 250",
      uh: "920 250",
      ownerLines: [["Samlinger", "669 250"]],
      uhLines: [["Faglige bidrag", "920 250"]],
    },
    year,
  );

  // 6 is computed from the measures
  const totals = page.getByRole("table", { name: "Sum per ordning, beregnet fra tiltakene" });
  await expect(totals.getByRole("row").last()).toContainText(/1\s726\s750\skr.*2\s342\s750\skr.*4\s069\s500\skr/);

  // 14–16
  await ui.press(page.locator("#del-14").getByRole("button", { name: "Legg til rad" }));
  await ui.fill(page.getByLabel("Navn på eier/UH (rad 1)"), "Vestvågøy kommune");
  await ui.fill(page.getByLabel("Kontaktperson (rad 1)"), "Hilde Strand");
  await ui.check(
    page.getByRole("group", { name: "Har behovsmeldingen vært drøftet i medbestemmelse?" }).getByLabel("Ja"),
  );
  await ui.press(page.locator("#del-15").getByRole("button", { name: "Legg til rad" }));
  await ui.fill(page.getByLabel("Rolle (rad 1)"), "UDF Vestvågøy – representerer regionen");
  await ui.fill(page.getByLabel("Navn (rad 1)", { exact: true }), "Per Olsen");
  await ui.fill(page.getByLabel("Offentlige skoler"), "19");
  await ui.fill(page.getByLabel("Private skoler"), "2");
  await ui.fill(page.getByLabel("PP-tjenester"), "2");

  await expect(page.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page);

  // A reload loses nothing.
  await page.reload();
  await expect(page.locator("#tiltak-1").getByLabel("Navn på tiltaket")).toHaveValue(/Regionalt samarbeid i Lofoten/);
  await expect(
    page.locator("#tiltak-1").getByRole("group", { name: "9. Slik brukes UHs tilskudd" }).getByLabel("Post 4: beløp"),
  ).toHaveValue(/360\s000/);
  await expect(
    page.getByRole("group", { name: "Kontaktperson hos eier" }).getByLabel("Organisasjonsnummer"),
  ).toHaveValue("938644500");

  // Check your answers, then submit.
  await ui.press(page.getByRole("link", { name: "Kontroller og send inn" }));
  await expect(page.getByRole("heading", { level: 1, name: "Kontroller svarene" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByText("Rett opp dette før du sender inn:")).toHaveCount(0);
  await expect(page.getByText(/Kompetanseløftet skal omfatte barnehager, skoler og PP-tjenesten/)).toBeVisible();
  await ui.press(page.getByRole("button", { name: "Send inn behovsmeldingen" }).first());
  await expect(page).toHaveURL(/\?sendt=1$/);
  await expect(page.getByText("Behovsmeldingen er sendt inn som versjon 1.")).toBeVisible();
  await expectAccessible(page);
  const view = page.getByRole("table", { name: /Total sum det meldes behov for/ });
  await expect(view.getByRole("row", { name: /Desentralisert ordning/ })).toContainText(
    /700\s000\skr.*880\s000\skr.*1\s580\s000\skr/,
  );
  await expect(view.getByRole("row").last()).toContainText(/4\s069\s500\skr/);
  await expect(page.getByRole("link", { name: "Rediger" })).toHaveCount(0);
  // The phone number is kept in the one form the portal writes it.
  await expect(
    page.getByRole("table", { name: "4. Kontaktpersoner" }).getByRole("cell", { name: "48 13 36 53", exact: true }),
  ).toBeVisible();
}

test("an owner types the Lofoten report into a new report, checks it and submits it", async ({ page }) => {
  test.setTimeout(420_000);
  await signInAsDemo(page, "Kari Nordvik");
  await submitTheLofotenReport(page, mouse());

  // The PDF holds the page, field by field.
  await expectPdfHoldsThePage(page, "Last ned PDF");

  // Next report from this one: everything carried over, only amounts and semesters changed.
  const typedId = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto("/behovsmeldinger/ny");
  await page.getByRole("radio").first().check();
  const from = page.getByLabel("Start fra en tidligere behovsmelding (valgfritt)");
  await expect(from.locator(`option[value="${typedId}"]`)).toHaveText(
    /Kompetansenettverk Lofoten – Vågan kommune \(Sendt inn\)/,
  );
  await from.selectOption(typedId);
  await expect(page.getByRole("group", { name: "Beløpene" }).getByLabel("Behold beløpene")).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Opprett behovsmelding" }).click();
  await expect(page).toHaveURL(/\/rediger$/);
  await expect(
    page.getByText(/Startet fra behovsmeldingen for \d{4} \(Kompetansenettverk Lofoten, Vågan kommune\)/),
  ).toBeVisible();
  const year = Number((await page.getByRole("heading", { level: 1 }).textContent())?.match(/\d{4}/)?.[0]);
  await expect(page.locator("#tiltak-1").getByLabel("Navn på tiltaket")).toHaveValue(/Regionalt samarbeid i Lofoten/);
  await expect(page.getByRole("group", { name: "Kontaktperson hos eier" }).getByLabel("E-post")).toHaveValue(
    "kari.nordvik@demo.kompetanseportalen.no",
  );
  await expect(page.getByLabel("Navn på eier/UH (rad 1)")).toHaveValue("Vestvågøy kommune");
  await expect(page.getByLabel("Offentlige skoler")).toHaveValue("19");
  // Part 14 offers the owners chosen in part 2 that are not yet partners, one click each.
  await page.locator("#del-14").getByRole("button", { name: "Legg til Flakstad kommune" }).click();
  await expect(page.getByLabel("Navn på eier/UH (rad 2)")).toHaveValue("Flakstad kommune");
  await expect(page.locator("#del-14").getByRole("button", { name: "Legg til Flakstad kommune" })).toHaveCount(0);
  await expectAccessible(page);
  // Amounts: the regional scheme's measure down to 300 000 for the owner; semesters: measure 1 ends a term earlier.
  const m2 = page.locator("#tiltak-2");
  await m2.getByLabel("Tilskudd til eier").fill("300 000");
  await m2.getByRole("group", { name: "8. Slik brukes eiers tilskudd" }).getByLabel("Post 1: beløp").fill("300 000");
  await page
    .locator("#tiltak-1")
    .getByRole("group", { name: "11. Tiltakets varighet" })
    .getByLabel(`Vår ${year + 1}`)
    .uncheck();
  await expect(page.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("link", { name: "Kontroller og send inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kontroller svarene" })).toBeVisible();
  await expect(page.getByText("Rett opp dette før du sender inn:")).toHaveCount(0);
  await page.getByRole("button", { name: "Send inn behovsmeldingen" }).first().click();
  await expect(page.getByText("Behovsmeldingen er sendt inn som versjon 1.")).toBeVisible();
  const totals = page.getByRole("table", { name: /Total sum det meldes behov for/ });
  await expect(totals.getByRole("row", { name: /Regional ordning/ })).toContainText(
    /300\s000\skr.*542\s500\skr.*842\s500\skr/,
  );
  await expect(totals.getByRole("row").last()).toContainText(/4\s012\s000\skr/);
  await expectPdfHoldsThePage(page, "Last ned PDF");

  // The day after: a mistake found. Before the deadline and the review, the owner takes it back, corrects and submits version 2.
  await page.getByRole("button", { name: "Trekk tilbake for å rette" }).click();
  await expect(page).toHaveURL(/\/rediger\?trukket=1$/);
  await expect(page.getByText("Behovsmeldingen er trukket tilbake og er et utkast igjen.")).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole("group", { name: "Kontaktperson hos eier" })
    .getByLabel("Funksjon")
    .fill("Skoleeier, oppvekstsjef");
  await expect(page.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("link", { name: "Kontroller og send inn" }).click();
  await page.getByRole("button", { name: "Send inn behovsmeldingen" }).first().click();
  await expect(page.getByText("Behovsmeldingen er sendt inn som versjon 2.")).toBeVisible();
  await expect(
    page.getByText(/Versjoner: Versjon 1, sendt inn .* av Kari Nordvik; Versjon 2, sendt inn/),
  ).toBeVisible();
});

test("the same report, typed and submitted with the keyboard alone", async ({ page }) => {
  test.setTimeout(420_000);
  const ui = keyboard(page);
  await page.goto("/logg-inn");
  await ui.press(page.getByRole("button", { name: "Logg inn som Eirik Solstad" }));
  await expect(page.getByRole("heading", { level: 1, name: "Hei, Eirik Solstad" })).toBeVisible();
  await submitTheLofotenReport(page, ui);
});

test("an incomplete report cannot be submitted; the summary links to each field", async ({ page }) => {
  await signInAsDemo(page, "Kari Nordvik");
  await startNewReport(page);
  await page.getByRole("link", { name: "Kontroller og send inn" }).click();
  await expect(page.getByText("Rett opp dette før du sender inn:")).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "Velg minst én ordning." })).toHaveAttribute(
    "href",
    /\/rediger#felt-schemes$/,
  );
  await expect(page.getByRole("button", { name: "Send inn behovsmeldingen" }).first()).toBeDisabled();
});

test("what was typed survives a reload before it reached the portal", async ({ page }) => {
  await signInAsDemo(page, "Kari Nordvik");
  await startNewReport(page);
  await page
    .getByRole("group", { name: "Kontaktperson hos eier" })
    .getByLabel("Navn")
    .fill("Skrevet rett før omlasting");
  await page.reload(); // well within the autosave pause
  await expect(page.getByRole("group", { name: "Kontaktperson hos eier" }).getByLabel("Navn")).toHaveValue(
    "Skrevet rett før omlasting",
  );
  await expect(page.getByText("Ulagrede endringer hentet fram")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible({ timeout: 15_000 });
});

test("two people editing the same draft: the second save is told someone else changed it", async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage();
  const coordinator = await (await browser.newContext()).newPage();
  await signInAsDemo(owner, "Kari Nordvik");
  await startNewReport(owner);
  const url = owner.url();
  await signInAsDemo(coordinator, "Eirik Solstad");
  await coordinator.goto(url);

  await owner.getByRole("group", { name: "Kontaktperson hos eier" }).getByLabel("Navn").fill("Kari Nordvik");
  await expect(owner.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible({ timeout: 15_000 });

  await coordinator.getByRole("group", { name: "Kontaktperson hos eier" }).getByLabel("Telefon").fill("400 00 009");
  // The message is where the coordinator is looking — beside the save status, in view while typing in part 4 — and says who saved and when.
  const alert = coordinator.getByRole("alert").filter({ hasText: "Noen andre har endret behovsmeldingen" });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toBeInViewport();
  await expect(alert).toContainText(
    /Kari Nordvik lagret behovsmeldingen kl\. \d{2}\.\d{2} \(\d{1,2}\. \w+\) mens du skrev/,
  );
  // What changed is listed above the form, one link away.
  await alert.getByRole("link", { name: "Se hva som er endret" }).click();
  const changed = coordinator.locator("#konflikt");
  await expect(changed).toBeInViewport();
  await expect(changed.getByText("4. Kontaktpersoner")).toBeVisible();
  await changed.getByText("Vis feltene som er ulike").click();
  await expect(changed.getByText(/Kontaktperson for eier › Navn: lagret «Kari Nordvik», ditt «–»/)).toBeVisible();
  await expectAccessible(coordinator);
  await alert.getByRole("button", { name: "Behold mine endringer og lagre" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible({ timeout: 15_000 });
});

test("an expired session keeps what was typed and brings it back after signing in again", async ({ page, context }) => {
  await signInAsDemo(page, "Kari Nordvik");
  await startNewReport(page);
  await context.clearCookies(); // the session expires
  await page
    .getByRole("group", { name: "Kontaktperson hos eier" })
    .getByLabel("Funksjon")
    .fill("Skrevet etter at økten gikk ut");
  const alert = page.getByRole("alert").filter({ hasText: "Du er logget ut" });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page);
  await alert.getByRole("link", { name: "Logg inn igjen" }).click();
  await page.getByRole("button", { name: "Logg inn som Kari Nordvik" }).click();
  await expect(page).toHaveURL(/\/rediger$/);
  await expect(page.getByRole("group", { name: "Kontaktperson hos eier" }).getByLabel("Funksjon")).toHaveValue(
    "Skrevet etter at økten gikk ut",
  );
  await expect(page.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole("group", { name: "Kontaktperson hos eier" }).getByLabel("Funksjon")).toHaveValue(
    "Skrevet etter at økten gikk ut",
  );
});
