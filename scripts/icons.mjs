#!/usr/bin/env node
// Makes the portal's icons in public/ from app/icon.svg (the tab icon modern browsers use):
// favicon.ico (16, 32 and 48 px, PNG inside, for browsers and tools that ask for /favicon.ico)
// and apple-touch-icon.png (180 px, square: iOS rounds the corners itself). Rendered by the same
// Chromium the browser tests use, so the letters are drawn with the machine's fonts, not a guess.
//
//   node scripts/icons.mjs     (run again when app/icon.svg changes, and commit public/)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const svg = fs.readFileSync(path.join(ROOT, "app", "icon.svg"), "utf8");
const square = svg.replace(/ rx="\d+"/, "");

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
async function png(source, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0">${source.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  const shot = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  return shot;
}

/** An .ico holding PNG images (supported by every browser since Windows Vista's format change). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((x) => x.data)]);
}

try {
  const sizes = [16, 32, 48];
  const images = [];
  for (const size of sizes) images.push({ size, data: await png(svg, size) });
  fs.mkdirSync(path.join(ROOT, "public"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "public", "favicon.ico"), ico(images));
  fs.writeFileSync(path.join(ROOT, "public", "apple-touch-icon.png"), await png(square, 180));
  console.log("public/favicon.ico (16, 32, 48 px) and public/apple-touch-icon.png (180 px)");
} finally {
  await browser.close();
}
