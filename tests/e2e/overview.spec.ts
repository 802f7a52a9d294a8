import { expect, test } from '@playwright/test';
import { expectNoDataError, trackRequests } from './helpers';

// Real published figures (DfE EHC plans 2025 release, LAIT), checked against the CSVs in data/raw.
test('type an LA’s name and see its real figures beside England, with no request leaving the site', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('See unmet SEND need');

	const input = page.getByRole('combobox', { name: 'Local authority' });
	await expect(page.locator('#area-options option')).toHaveCount(153, { timeout: 60_000 });
	await input.fill('Essex');
	await input.press('Enter');

	await expect(page).toHaveURL(/\?area=E10000012$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Essex: EHC plans at a glance', { timeout: 60_000 });
	await expectNoDataError(page);
	await expect(page.locator('[data-figure="active-plans"]')).toHaveText('14,240');
	await expect(page.locator('[data-figure="growth"]')).toHaveText('+59.1%');
	await expect(page.locator('[data-figure="pupils-with-plan"]')).toHaveText('4.5%');
	await expect(page.locator('[data-figure="within-20-weeks"]')).toHaveText('16.2%');
	await expect(page.getByText('England 638,745')).toBeVisible();

	// Each chart carries title, subtitle, alt text, a data table and its source.
	const chart = page.locator('figure[data-chart="active-plans"]');
	await expect(chart.getByRole('heading', { level: 3 })).toHaveText(/Active EHC plans in Essex grew by 59.1% between January 2019 and January 2025/);
	await expect(chart.locator('svg').first()).toBeVisible();
	await expect(chart.locator('div.plot[role="img"]')).toHaveAttribute(
		'aria-label',
		/Essex: Since January 2019 \(the inspections' year and the first published\), up from 8,948 in January 2019 to 14,240 in January 2025/
	);
	await chart.getByText('Show the data in a table').click();
	await expect(chart.getByRole('row', { name: /Essex 2025 14,240/ })).toBeVisible();
	await expect(chart.getByText(/Source:.*Department for Education/)).toBeVisible();

	// The 10 statistical neighbours are in the comparison table, Kent the closest.
	const table = page.locator('table.neighbours');
	await expect(table.locator('tbody tr')).toHaveCount(13);
	await expect(table.getByRole('row', { name: /Kent Neighbour 1/ })).toBeVisible();

	net.expectNoOtherOrigin();
});

test('a shared link opens the same view, and a neighbour’s link switches area', async ({ page }) => {
	await page.goto('/?area=E06000034');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thurrock: EHC plans at a glance', { timeout: 60_000 });
	// Thurrock, January 2025, in data/raw/ehcp-sen2/release-2025/caseload.csv: 2,508 active plans.
	await expect(page.locator('[data-figure="active-plans"]')).toHaveText('2,508');
	const neighbour = page
		.locator('table.neighbours tbody tr')
		.filter({ has: page.getByRole('cell', { name: 'Neighbour 1', exact: true }) })
		.getByRole('link');
	const name = (await neighbour.textContent())!.trim();
	await neighbour.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name}: EHC plans at a glance`, { timeout: 60_000 });
	// Section links keep the chosen area.
	await expect(page.getByRole('link', { name: 'Needs' })).toHaveAttribute('href', /\?area=E/);
});

test('an unknown name gets suggestions, not a blank page', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('#area-options option')).toHaveCount(153, { timeout: 60_000 });
	await page.getByRole('combobox', { name: 'Local authority' }).fill('Sussex');
	await page.getByRole('button', { name: 'Show' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('More than one local authority matches');
	await alert.getByRole('button', { name: 'West Sussex' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('West Sussex: EHC plans at a glance', { timeout: 60_000 });
});

// The overview's figures are prerendered for every LA at build time: a first visit draws them without the wasm.
test('the overview draws Essex from its prerendered answers without fetching any wasm', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	await page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
	await page.goto('/?area=E10000012');
	await expect(page.locator('[data-figure="active-plans"]')).toHaveText('14,240', { timeout: 30_000 });
	await expect(page.locator('figure[data-chart="active-plans"] svg').first()).toBeVisible();
	await expect(page.locator('#area-options option')).toHaveCount(153);
	expect(net.requests.map((r) => r.url).filter((u) => u.endsWith('.wasm'))).toEqual([]);
	expect(net.requests.some((r) => r.url.endsWith('/views/overview/E10000012.json'))).toBe(true);
});

test('without the prerendered answers, DuckDB in the browser gives the same figures', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	await page.route('**/views/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
	await page.goto('/?area=E10000012');
	await expect(page.locator('[data-figure="active-plans"]')).toHaveText('14,240', { timeout: 60_000 });
	await expect(page.locator('[data-figure="within-20-weeks"]')).toHaveText('16.2%');
	await expectNoDataError(page);
	expect(net.requests.some((r) => /duckdb-(eh|mvp)\.[\w-]+\.wasm$/.test(r.url))).toBe(true);
});

test('charts below the fold are drawn without scrolling, so a full-page screenshot, print or a copy of the text holds them', async ({ page }) => {
	await page.goto('/?area=E10000012');
	const charts = page.locator('figure.chart');
	await expect(charts.first().locator('svg').first()).toBeVisible({ timeout: 30_000 });
	const count = await charts.count();
	expect(count).toBeGreaterThan(3);
	// The last chart is far below the first screen; it must be laid out and drawn all the same.
	const last = charts.nth(count - 1);
	await expect(last.locator('svg').first()).toBeAttached();
	const state = await last.evaluate((el) => {
		const svg = el.querySelector('svg');
		const box = svg?.getBoundingClientRect();
		return {
			visibility: getComputedStyle(el).contentVisibility,
			top: el.getBoundingClientRect().top,
			height: box?.height ?? 0,
			text: svg?.textContent?.trim().length ?? 0
		};
	});
	expect(state.top).toBeGreaterThan(900);
	expect(state.visibility).not.toBe('auto');
	expect(state.height).toBeGreaterThan(100);
	expect(state.text).toBeGreaterThan(0);
	// What a reader copies holds the chart's title too.
	const title = (await last.locator('[id$="-title"]').first().textContent())?.trim() ?? '';
	expect(title.length).toBeGreaterThan(10);
	expect(await page.evaluate(() => document.body.innerText)).toContain(title.slice(0, 40));
});
