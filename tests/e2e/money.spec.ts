import { expect, test } from '@playwright/test';
import { expectNoDataError, trackRequests } from './helpers';

// Essex (E10000012). DSG balance (finance/prepared_data.Rdata__dsg_deficit.csv): 0.53% of income in 2021-22 (England
// -2.26%, East of England -1.36%). Specialist spend (…specialist_spend.csv): £134 per head aged 2–18 on state provision
// in 2021-22. Absence (sen-school-census/prepared_data.Rdata__absence.csv): 12.16% of sessions for pupils with an EHC
// plan in 2022/23, 6.6% with no SEN.
test('Essex’s Money page shows its DSG balance and specialist spend as published, with polarity', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	await page.goto('/money?area=E10000012');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Essex: money', { timeout: 60_000 });
	await expectNoDataError(page);
	await expect(page.getByRole('navigation').first().getByRole('link', { name: 'Money' })).toBeVisible();

	const dsg = page.locator('figure[data-chart="dsg-balance"]');
	await expect(dsg.locator('svg').first()).toBeVisible();
	await expect(dsg.locator('div.plot[role="img"]')).toHaveAttribute('aria-label', /Essex, 2021-22: 0\.53%, above England \(-2\.26%\)\./);
	await dsg.getByText('Show the data in a table').click();
	const row = dsg.locator('table tr', { hasText: 'East of England' }).filter({ hasText: '2021-22' });
	// The table shows percentages to 1 decimal (−1.36 published → −1.4%); the alt text above carries the published 2 decimals.
	await expect(row).toContainText('-1.4%');
	await expect(dsg.getByText(/more negative the balance/).first()).toBeVisible();
	await expect(dsg.getByText(/Source:.*Department for Education/)).toBeVisible();

	const state = page.locator('figure[data-chart="spend-state"]');
	await expect(state.locator('div.plot[role="img"]')).toHaveAttribute('aria-label', /Essex, 2021-22: £134/);
	await expect(
		page
			.locator('figure[data-chart="spend-independent"]')
			.getByText(/context, not a verdict/)
			.first()
	).toBeVisible();
	net.expectNoOtherOrigin();
});

test('Essex’s Exclusions page shows absence by SEN provision and the EHC plan / no SEN gap', async ({ page }) => {
	await page.goto('/exclusions?area=E10000012');
	await expect(page.getByRole('heading', { name: 'Absence, children in need and attainment by SEN provision' })).toBeVisible({ timeout: 60_000 });
	const absence = page.locator('figure[data-chart="absence-ehcp"]');
	await expect(absence.locator('div.plot[role="img"]')).toHaveAttribute('aria-label', /Essex, 2022\/23: 12\.16%/);
	const gap = page.locator('figure[data-chart="absence-gap"]');
	await gap.getByText('Show the data in a table').click();
	await expect(gap.locator('table tr', { hasText: 'Essex' }).filter({ hasText: '2022/23' })).toContainText('5.56');
	await expect(page.locator('figure[data-chart="ks2-rwm-ehcp"] svg').first()).toBeVisible();
	await expect(page.locator('figure[data-chart="progress8-ehcp"] svg').first()).toBeVisible();
});
