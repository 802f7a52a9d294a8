import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage();
page.on('console', m => { if (m.type() === 'error') console.log('console', m.type(), m.text().slice(0,300)); });
await page.goto('http://127.0.0.1:4208/your-data');
await page.locator('tr[data-table="local_ehc_plans"] [data-duckdb-rows]').filter({ hasNotText: 'loading' }).waitFor({ timeout: 60000 });
const before = await page.locator('tr[data-table="local_ehc_plans"] [data-duckdb-rows]').innerText();
for (const stage of ['Reading the file', 'Checking every row']) {
  const t0 = Date.now();
  await page.locator('#extract-files').setInputFiles('/tmp/wt8-big/ehc_plans.csv');
  await page.getByTestId('load-progress').filter({ hasText: stage }).waitFor({ timeout: 120000 });
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('[data-testid=upload-result][data-status=cancelled]').last().waitFor({ timeout: 60000 });
  console.log(stage, 'cancelled after', (Date.now()-t0)/1000, 's:', await page.locator('[data-testid=upload-result]').last().getByTestId('file-message').innerText());
}
console.log('ehc rows before', before, 'after', await page.locator('tr[data-table="local_ehc_plans"] [data-duckdb-rows]').innerText());
// app still works: load a small valid file
await page.locator('#extract-files').setInputFiles({ name: 'asd_referrals.csv', mimeType: 'text/csv', buffer: Buffer.from('referral_id,ccg_code,quadrant_code,locality_code,sex,age_at_referral,referral_date\nR1,06Q,NORTH,L01,M,7,2024-01-10\n') });
await page.locator('[data-testid=upload-result][data-status=loaded]').waitFor({ timeout: 60000 });
console.log('after cancel, small file:', await page.locator('[data-testid=upload-result]').last().getByTestId('file-message').innerText());
await browser.close();
