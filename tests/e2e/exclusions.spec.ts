import { expect, test } from '@playwright/test';
import { expectNoDataError, trackRequests } from './helpers';

// Essex (E10000012), looked up by hand: exclusions/LA_Exclusions_PreFinal.csv lines 245–247 (2022/23) and
// ehcp-sen2 timeliness (2024: 297 of 1,833 new plans within 20 weeks = 16.2%).
test('Essex’s exclusion rates by SEN provision and 20-week % equal the published figures, with no request leaving the site', async ({
	page,
	context,
	baseURL
}) => {
	const net = await trackRequests(context, baseURL!);
	await page.goto('/exclusions?area=E10000012');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Essex: exclusions and statutory timeliness', { timeout: 60_000 });
	await expectNoDataError(page);

	const susp = page.locator('figure[data-chart="suspension-rate"]');
	await expect(susp.getByRole('heading', { level: 3 })).toHaveText(
		'Suspension rate in Essex, 2022/23: 21.87 per 100 pupils with an EHC plan, 26.33 with SEN support and 6.39 with no SEN'
	);
	await expect(susp.locator('svg').first()).toBeVisible();
	await susp.getByText('Show the data in a table').click();
	await expect(susp.getByRole('row', { name: 'Essex Selected LA EHC plan 8,634 1,888 21.87', exact: false })).toBeVisible();
	await expect(susp.getByText(/Source:.*Department for Education/)).toBeVisible();

	await expect(page.locator('figure[data-chart="one-plus-suspension-rate"] h3')).toContainText(
		'7.93 per 100 pupils with an EHC plan, 9.42 with SEN support and 2.90 with no SEN'
	);
	await expect(page.locator('figure[data-chart="permanent-exclusion-rate"] h3')).toContainText(
		'0.06 per 100 pupils with an EHC plan, 0.25 with SEN support and 0.05 with no SEN'
	);
	await expect(page.locator('figure[data-chart="suspension-rate-disproportionality"] h3')).toContainText('3.42 times');

	const within20 = page.locator('figure[data-chart="within-20-weeks-trend"]');
	await expect(within20.getByRole('heading', { level: 3 })).toContainText('New EHC plans issued within 20 weeks in Essex: 16.2% in 2024');
	await within20.getByText('Show the data in a table').click();
	await expect(within20.getByRole('row', { name: /^Essex 2024 297 1,833 16.2%$/ })).toBeVisible();
	await expect(page.locator('figure[data-chart="within-20-weeks-funnel"] h3')).toContainText('Essex’s 16.2% of new plans within 20 weeks in 2024');

	// The local extract is labelled, and its caseworker list is marked as never published.
	await expect(page.locator('#local-records-title')).toContainText('Northmoor (synthetic)');
	await expect(page.locator('figure[data-chart="local-exclusions-sen-status"] h3')).toContainText('Northmoor (synthetic)');
	await expect(page.locator('figure[data-chart="local-record-quality"] h3')).toContainText('past their annual review date');
	await expect(page.getByText('Local extract only — never published.')).toBeVisible();
	await expect(page.locator('table.records tbody tr').first()).toBeVisible();

	net.expectNoOtherOrigin();
});

test('the year of local exclusions is kept in the URL, and the prerendered page holds no local records', async ({ page, request }) => {
	// The local part does not need an area: without one, only the local extract loads.
	await page.goto('/exclusions?lyear=2022%2F23');
	const select = page.getByLabel('Academic year for exclusions');
	await expect(select).toBeVisible({ timeout: 80_000 });
	await expect(page.locator('figure[data-chart="local-exclusions-sen-status"] h3')).toContainText('2022/23');
	await select.selectOption('2023/24');
	await expect(page).toHaveURL(/lyear=2023%2F24/);
	await expect(page.locator('figure[data-chart="local-exclusions-sen-status"] h3')).toContainText('2023/24');

	const html = await (await request.get('/exclusions')).text();
	expect(html).not.toMatch(/NM-\d{6}/);
	expect(html).not.toContain('Caseworker list');
});
