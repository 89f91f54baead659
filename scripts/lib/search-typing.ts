// Issue #15, "typing stays smooth on a mid-range phone": the built search page in Chromium at phone
// size with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), a resident typing queries one
// character at a time (Chinese as an input method commits it, pinyin and English as keys), and every
// long task (PerformanceObserver 'longtask', over 50 ms) the page reports while typing. The floor is
// none. Needs a build (`npm run build`); part of `npm run bench`, or alone:
//
//   npm run bench:search-typing
import { chromium, type Page } from '@playwright/test';
import { loadavg } from 'node:os';
import { freePort, startNpmStart } from './servers';

/** What is typed: path of the search page, the text, and how (an input method's characters or keys). */
const TYPED: { path: string; text: string; how: 'ime' | 'keys' }[] = [
  { path: '/zh/search?city=kaiyuan', text: '异地长期居住人员备案', how: 'ime' },
  { path: '/zh/search?city=shenyang', text: '医保卡丢了怎么办', how: 'ime' },
  { path: '/zh/search?city=shenyang', text: '生玉津贴', how: 'ime' },
  { path: '/zh/search?city=kaiyuan', text: 'menzhen baoxiao', how: 'keys' },
  { path: '/en/search?city=shenyang', text: 'reimbursement of inpatient costs', how: 'keys' },
];
/** Pause between keys (a quick thumb) and between characters an input method commits. */
const KEY_DELAY_MS = 120;
const IME_DELAY_MS = 350;
/** Long tasks still count this long after the last character (the results of the last key). */
const SETTLE_MS = 1000;
const RATE = 4;

export interface TypingFigures {
  text: string;
  path: string;
  characters: number;
  longTasks: number;
  longestMs: number;
  /** Total time of the long tasks over 50 ms (blocking time while typing). */
  blockingMs: number;
  /** Results listed for the city when typing is done (the search did answer). */
  results: number;
  /** Longest long task between the indexes arriving and the first character (unpacking them while idle). */
  beforeTypingMs: number;
}

// Strings, not functions: tsx would add helpers the page does not have.
const OBSERVE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})()`;

async function typeOne(page: Page, base: string, t: (typeof TYPED)[number]): Promise<TypingFigures> {
  const indexes = page.waitForResponse((r) => r.url().includes('/search-index/'));
  await page.goto(base + t.path, { waitUntil: 'load' });
  await indexes;
  const loaded: number = await page.evaluate('performance.now()');
  await page.waitForLoadState('networkidle');
  const box = page.locator('#search-q');
  await box.click();
  const from: number = await page.evaluate('performance.now()');
  if (t.how === 'ime') {
    for (const ch of t.text) {
      await page.keyboard.insertText(ch);
      await page.waitForTimeout(IME_DELAY_MS);
    }
  } else await box.pressSequentially(t.text, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(SETTLE_MS);
  const all: { start: number; duration: number }[] = await page.evaluate('window.__longTasks');
  const tasks = all.filter((e) => e.start >= from);
  const before = all.filter((e) => e.start >= loaded && e.start < from).map((e) => e.duration);
  const results = await page.locator('section ol').first().locator('li').count();
  const durations = tasks.map((x) => x.duration);
  return {
    text: t.text,
    path: t.path,
    characters: Array.from(t.text).length,
    longTasks: tasks.length,
    longestMs: Math.round(Math.max(0, ...durations)),
    blockingMs: Math.round(durations.reduce((n, d) => n + d - 50, 0)),
    results,
    beforeTypingMs: Math.round(Math.max(0, ...before)),
  };
}

/** Type every query on the built site (`npm start` on `port`, or any free port). */
export async function benchSearchTyping(port?: number): Promise<TypingFigures[]> {
  const server = await startNpmStart({
    port: port ?? (await freePort()),
    env: { FEEDBACK_DATA_DIR: process.env.FEEDBACK_DATA_DIR ?? '/tmp/search-typing-feedback' },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    // Slowed from the start: loading the page and unpacking the indexes run at phone speed too.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    const out: TypingFigures[] = [];
    for (const t of TYPED) out.push(await typeOne(page, server.url, t));
    await context.close();
    return out;
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchSearchTyping(process.env.PORT ? Number(process.env.PORT) : undefined);
  console.log('Typing on the search page: 390×844, CPU 4× slower, long tasks (> 50 ms) from the first character to 1 s after the last');
  console.table(figures);
  const worst = Math.max(...figures.map((f) => f.longestMs));
  const count = figures.reduce((n, f) => n + f.longTasks, 0);
  console.log(count ? `${count} long task(s), the longest ${worst} ms (floor: none over 50 ms)` : 'No long task while typing.');
  // The machine's load matters: the throttle slows this process, other processes slow it further.
  console.log(`load average ${loadavg()[0].toFixed(1)} at the end`);
  if (count) process.exitCode = 1;
}
