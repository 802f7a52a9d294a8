import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { trackRequests } from './helpers';

const ESSEX_PACK = '/reports/scrutiny-pack/E10000012';

test.describe('a report with JavaScript off and the wasm blocked', () => {
	test.use({ javaScriptEnabled: false });

	test('shows its charts as SVG and the published figures for the LA', async ({ page, context, baseURL }) => {
		const net = await trackRequests(context, baseURL!);
		await context.route('**/*.wasm', (route) => route.abort());
		await page.goto(ESSEX_PACK);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('SEND scrutiny pack: Essex');
		// Published: 14,240 active plans in January 2025 (caseload.csv); 16.2% of new plans within 20 weeks in 2024.
		await expect(page.getByText(/Essex maintained 14,240 EHC plans in January\s+2025, \+59\.1%/)).toBeVisible();
		await expect(page.getByText(/issued 16\.2% of new\s+EHC plans within the statutory 20 weeks/)).toBeVisible();
		const charts = page.locator('figure[data-chart]');
		await expect(charts).toHaveCount(9); // eight section charts and the area profile's spine chart
		await expect(charts.first().locator('svg').first()).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(8); // Summary, the six sections, then the area profile
		expect(net.requests.some((r) => r.url.endsWith('.wasm'))).toBe(false);
		net.expectNoOtherOrigin();
	});

	test('the CSV download of a chart equals its data table', async ({ page }) => {
		await page.goto(ESSEX_PACK);
		const figure = page.locator('figure[data-chart]').first();
		const href = await figure.getByRole('link', { name: /Download CSV/ }).getAttribute('href');
		const csv = decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, ''))
			.trim()
			.split('\r\n');
		const header = await figure.locator('thead th').allTextContents();
		expect(csv[0]).toBe(header.join(','));
		const rows = figure.locator('tbody tr');
		expect(csv.length - 1).toBe(await rows.count());
		// First data row: the same cells (table shows formatted numbers, the CSV raw ones).
		const first = (await rows.first().locator('th, td').allTextContents()).map((c) => c.replaceAll(',', ''));
		expect(csv[1]!.split(',')).toEqual(first.map((c, i) => (i === 3 ? c : c)));
	});
});

for (const path of ['/reports', '/reports/scrutiny-pack', ESSEX_PACK, '/reports/mld-over-identification/E06000034', '/reports/autism-waiting-list/E10000034']) {
	test(`no accessibility violations (axe) on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
	});
}
