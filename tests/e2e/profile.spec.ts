import { expect, test } from '@playwright/test';
import { INDICATORS } from '../../src/lib/metrics/indicators/registry';
import { expectNoDataError, trackRequests } from './helpers';

// Essex (E10000012): ehcp-sen2 timeliness 2024, 297 of 1,833 new plans within 20 weeks = 16.2% (England 45.9%), the
// lowest quarter of LAs where higher is better (band D); 14,240 active plans in January 2025 (no polarity, no band).
test('Essex’s profile lists every registry indicator with its band and direction, each linked to its section', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	await page.goto('/profile?area=E10000012');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Essex: area profile', { timeout: 60_000 });
	await expectNoDataError(page);

	const rows = page.locator('[data-testid="profile-table"] tbody tr');
	await expect(rows).toHaveCount(INDICATORS.length);
	for (const indicator of INDICATORS) {
		const row = page.locator(`[data-testid="profile-table"] tr[data-indicator="${indicator.id}"]`);
		await expect(row.getByRole('link', { name: indicator.label })).toHaveAttribute(
			'href',
			new RegExp(`^${indicator.section === '/' ? '/' : indicator.section}\\?area=E10000012$`)
		);
		const band = await row.getAttribute('data-band');
		// A band wherever higher or lower is better; none (–) only where neither is.
		if (indicator.polarity === 'none') expect(band, indicator.id).toBe('');
		else expect(band, indicator.id).toMatch(/^[ABCD]$/);
		await expect(row.locator('.band-letter')).toHaveText(band || '–');
		// A direction in words: better/worse/up/down/no change, or why there is none.
		await expect(row.locator('td').nth(5)).toHaveText(/^(better|worse|up|down|no change|only .* is published|can't be told)/);
	}
	const within20 = page.locator('tr[data-indicator="within-20-weeks"]');
	await expect(within20).toHaveAttribute('data-band', 'D');
	await expect(within20.locator('td').nth(0)).toHaveText('16.2%');
	await expect(within20.locator('td').nth(1)).toHaveText('45.9%');
	await expect(within20.locator('td').nth(4)).toHaveText('significantly lower');
	await expect(page.locator('tr[data-indicator="ehc-plans"] td').nth(0)).toHaveText('14,240');

	await expect(page.getByTestId('profile-summary')).toContainText(
		/^Essex is in the best quarter of LAs \(band A\) on (none|\d+) of the \d+ indicators with a band/
	);
	const chart = page.locator('figure[data-chart="area-profile"]');
	await expect(chart.locator('svg').first()).toBeVisible();
	await expect(chart.getByText(/Source:.*Department for Education/)).toBeVisible();

	net.expectNoOtherOrigin();
});

test('the scrutiny pack prints Essex’s profile without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/reports/scrutiny-pack/E10000012');
	await expect(page.getByRole('heading', { level: 2, name: 'Area profile: every indicator' })).toBeVisible();
	const chart = page.locator('figure[data-chart="scrutiny-pack-9"]');
	await expect(chart.locator('svg').first()).toBeVisible();
	await expect(chart.getByRole('heading', { level: 3 })).toContainText('Essex is in the best quarter of LAs (band A)');
	await context.close();
});
