import { expect, type Page } from "@playwright/test";
import type { Ui } from "./ui-driver";

/** How specs type a needs report's parts: the budget lines of a measure, and a whole measure (parts 7–13). */
async function lines(page: Page, ui: Ui, measure: number, legend: string, rows: string[][]) {
  const group = page.locator(`#tiltak-${measure}`).getByRole("group", { name: legend });
  for (const [i, [title, amount]] of rows.entries()) {
    await ui.press(group.getByRole("button", { name: "Legg til post" }));
    await ui.fill(group.getByLabel(`Post ${i + 1}`, { exact: true }), title!);
    await ui.fill(group.getByLabel(`Post ${i + 1}: beløp`), amount!);
  }
}

export async function measure(
  page: Page,
  ui: Ui,
  n: number,
  m: { name: string; scheme: string; owner: string; uh: string; ownerLines: string[][]; uhLines: string[][] },
  year: number,
) {
  await ui.press(page.getByRole("button", { name: "Legg til tiltak" }));
  const section = page.locator(`#tiltak-${n}`);
  await ui.fill(section.getByLabel("Navn på tiltaket"), m.name);
  await ui.select(section.getByLabel("Ordning"), m.scheme);
  await ui.fill(section.getByLabel("Tilskudd til eier"), m.owner);
  await ui.fill(section.getByLabel("Tilskudd til UH"), m.uh);
  await ui.check(
    section.getByRole("group", { name: "Hva skal tilskuddet brukes til?" }).getByLabel("Gjennomføring av tiltak"),
  );
  await ui.fill(
    section.getByLabel(/forankret i den enkelte barnehage og skole/),
    "Tiltakene innen grunnleggende ferdigheter er forankret i lokalt definerte behov.",
  );
  await ui.fill(
    section.getByLabel(/kollektive prosesser for profesjonsutvikling/),
    "Tiltaket er basert på regionalt samarbeid og læring på tvers av enheter.",
  );
  await ui.fill(
    section.getByLabel(/styrke lærerutdanningen/),
    "Matematikksenteret og Skrivesenteret er en del av lærerutdanningen ved NTNU.",
  );
  await ui.fill(section.getByLabel("Punkter i langsiktig plan"), "pkt. 1.6, 7.1.1–7.1.3");
  await lines(page, ui, n, "8. Slik brukes eiers tilskudd", m.ownerLines);
  await lines(page, ui, n, "9. Slik brukes UHs tilskudd", m.uhLines);
  await expect(section.getByText("Postene stemmer med beløpet.")).toHaveCount(2);
  const coordinator = section.getByRole("group", {
    name: "Er det behov for å bruke midler til koordinator for dette tiltaket?",
  });
  await ui.check(coordinator.getByLabel("Ja"));
  await ui.fill(
    section.getByLabel("Beskriv koordinatorens oppgaver"),
    "Bistå Lofotkommunene med koordinering og gjennomføring.",
  );
  const duration = section.getByRole("group", { name: "11. Tiltakets varighet" });
  await ui.check(duration.getByLabel(`Vår ${year}`));
  await ui.check(duration.getByLabel(`Høst ${year}`));
  await ui.check(duration.getByLabel(`Vår ${year + 1}`));
  await ui.fill(
    section.getByLabel("13. Hvem er målgruppa for tiltaket?"),
    "Skoleeiere, skoleledere, pedagogisk personale i skolen, PPT, UDF i Lofoten.",
  );
}
