import { chromium } from "playwright";
const base = "http://localhost:3300";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const ctx = await browser.newContext({ viewport: { width: 390, height: 800 } });
await ctx.addCookies([{ name: "NEXT_LOCALE", value: process.argv[2], url: base }]);
const page = await ctx.newPage();
await page.goto(base + "/logg-inn");
await page.getByRole("button", { name: /Kari Nordvik/ }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/logg-inn"));
await page.goto(base + process.argv[3]);
console.log(await page.evaluate(() => {
  const out = [document.documentElement.scrollWidth];
  for (const el of document.querySelectorAll("body *")) {
    const old = el.style.display; el.style.display = "none";
    const sw = document.documentElement.scrollWidth;
    el.style.display = old;
    if (sw < out[0] && el.children.length < 3) out.push(`${sw} ${el.tagName}.${String(el.className).slice(0,80)} «${el.textContent.slice(0,50)}» pos=${getComputedStyle(el).position}`);
  }
  return out.slice(0, 15).join("\n");
}));
await browser.close();
