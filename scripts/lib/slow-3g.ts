// How long a resident on a slow phone network waits: Chromium with the network emulated at
// 400 kbit/s and 400 ms round trip opens a printed short link (/ky/1: a redirect, then the service
// page) with nothing cached, against `npm start`. Times are from the tap (wall clock) to the first
// contentful paint and to the load event; the median of `runs`.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { freePort, startNpmStart } from './servers';

const KBIT = 1000 / 8;

export async function slow3g(runs = 3) {
  const short: Record<string, string> = JSON.parse(readFileSync('build/short-urls.json', 'utf8'));
  const link = Object.keys(short).find((p) => p.split('/').length === 3)!;
  const server = await startNpmStart({ port: await freePort() });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const shown: number[] = [];
  const complete: number[] = [];
  const bytes: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 400,
        downloadThroughput: 400 * KBIT,
        uploadThroughput: 400 * KBIT,
      });
      let received = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (received += e.encodedDataLength));
      const start = Date.now();
      await page.goto(server.url + link, { waitUntil: 'load', timeout: 60_000 });
      // A string, not a function: tsx would add helpers the page does not have.
      const t: { origin: number; fcp: number; load: number } = await page.evaluate(`(async () => {
        for (let i = 0; i < 100 && !performance.getEntriesByName('first-contentful-paint').length; i++)
          await new Promise((r) => setTimeout(r, 50));
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return { origin: performance.timeOrigin, fcp: fcp ? fcp.startTime : NaN, load: performance.getEntriesByType('navigation')[0].loadEventEnd };
      })()`);
      shown.push(t.origin + t.fcp - start);
      complete.push(t.origin + t.load - start);
      bytes.push(received);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    'short link': link,
    'content shown (ms)': Math.round(median(shown)),
    'complete (ms)': Math.round(median(complete)),
    'transferred (KB)': Math.round(median(bytes) / 1024),
  };
}

if (process.argv[1]?.endsWith('slow-3g.ts')) slow3g().then((r) => console.table(r));
