import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage();
page.on('console', m => { if (m.type() === 'error' || m.type()==='warning') console.log('console', m.type(), m.text().slice(0,300)); });
await page.goto('http://127.0.0.1:4208/your-data');
await page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]').filter({ hasNotText: 'loading' }).waitFor({ timeout: 60000 });
// main-thread responsiveness: max gap between rAF/timer ticks
await page.evaluate(() => { window.__maxGap = 0; let last = performance.now(); setInterval(() => { const n = performance.now(); window.__maxGap = Math.max(window.__maxGap, n - last); last = n; }, 50); });
const t0 = Date.now();
await page.locator('#extract-files').setInputFiles('/tmp/wt8-big/ehc_plans.csv');
let last = '';
for (let i = 0; i < 600; i++) {
  const s = await page.evaluate(() => document.querySelector('[data-testid=load-progress]')?.textContent?.trim() ?? '');
  const msg = await page.evaluate(() => document.querySelector('[data-testid=upload-result]')?.getAttribute('data-status'));
  if (s !== last) { console.log(((Date.now()-t0)/1000).toFixed(1), 's', s.slice(0,120), msg); last = s; }
  if (msg && !['reading','queued'].includes(msg) && !s) break;
  await page.waitForTimeout(500);
}
console.log('done in', (Date.now()-t0)/1000, 's; max main-thread gap ms', await page.evaluate(() => window.__maxGap));
console.log((await page.locator('[data-testid=upload-result]').innerText()).slice(0, 1500));
await page.screenshot({ path: '/tmp/wt8-big.png', fullPage: true });
await browser.close();
