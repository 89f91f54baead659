// Screenshots of pages at phone and desktop size, for looking at what we built:
//   node scripts/screenshots.mjs /zh /en/<city>   (server must be running; BASE_URL defaults to :3000)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const dir = process.env.SHOTS_DIR ?? 'screenshots';
const paths = process.argv.slice(2);
const full = process.env.FULL !== '0';
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  for (const path of paths) {
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const file = `${dir}/${name}${path.replace(/[/?=&]+/g, '_') || '_root'}.png`;
    await page.screenshot({ path: file, fullPage: full });
    console.log(file);
  }
  await page.close();
}
await browser.close();
