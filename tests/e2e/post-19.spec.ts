import { expect, test, type Locator } from '@playwright/test';
import { createNodeRunner } from '../../data/lib/node-runner';
import { generateSyntheticExtract, loadSyntheticIntoDuckDB } from '../../data/synthetic';
import { expectNoDataError, trackRequests } from './helpers';

// Published values read from data/raw by hand: caseload.csv (Essex, January 2025, ages 20–25: 309 + 193 + 114 + 66 +
// 39 + 22 = 743) and the NCCIS file UD_NEETNK_LA_dashboard_final.csv (Essex 2025, NEET_NK_EHCP_percent 9.4).
test('Essex: the 20–25 plan count and NEET % for young people with plans equal the published values, with no request leaving the site', async ({
	page,
	context,
	baseURL
}) => {
	// This page loads published and local data together: allow for a busy machine.
	test.setTimeout(180_000);
	const net = await trackRequests(context, baseURL!);
	await page.goto('/post-19?area=E10000012');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Essex: 19–25-year-olds with EHC plans', { timeout: 120_000 });
	await expectNoDataError(page);

	const ages = page.locator('figure[data-chart="age-groups"]');
	await expect(ages.getByRole('heading', { level: 3 })).toHaveText(/^743 young people aged 20–25 held EHC plans in Essex in January 2025/);
	await ages.getByText('Show the data in a table').click();
	await expect(ages.getByRole('row', { name: /^20 to 25 2025 743 / })).toBeVisible();
	await expect(ages.getByText(/Source:.*Department for Education/)).toBeVisible();

	const neet = page.locator('figure[data-chart="neet-by-sen"]');
	await expect(neet.getByRole('heading', { level: 3 })).toHaveText(/^9\.4% of 16–17-year-olds with an EHC plan in Essex/);
	await neet.getByText('Show the data in a table').click();
	await expect(neet.getByRole('row', { name: 'EHC plan Essex 9.4%' })).toBeVisible();
	await expect(neet.locator('div.plot[role="img"]')).toHaveAttribute('aria-label', /EHC plan: Essex 9\.4%/);

	// prepared_data.Rdata__ks4_destinations.csv, Essex 202122, EHC plan or Statement, overall sustained destination: 90.1%.
	const destinations = page.locator('figure[data-chart="destinations-by-sen"]');
	await expect(destinations.getByRole('heading', { level: 3 })).toHaveText(/^90\.1% of pupils with an EHC plan in Essex went on to a sustained/);

	// Every chart on the page has its title, alt text, table, CSV button and source.
	for (const figure of await page.locator('figure[data-chart]').all()) {
		await expect(figure.getByRole('heading', { level: 3 })).not.toBeEmpty();
		await expect(figure.locator('div.plot[role="img"]')).toHaveAttribute('aria-label', /.{40,}/);
		await expect(figure.getByRole('link', { name: /Download CSV/ })).toBeVisible();
		await expect(figure.getByText(/^Source:/).first()).toBeVisible();
	}
	net.expectNoOtherOrigin();
});

/**
 * The projection for January 2026 computed directly from the synthetic extract (the same seed and scale the build
 * uses), independently of the page's code: each plan held at 18–24 is still held a year later with probability
 * 1 − min(1, factor × ceasing rate at its age); rate = ceased at that age in the 12 months to the census ÷ (ceased + held).
 */
async function directJanuary2026(factor: number): Promise<{ projected: number; places: number }> {
	const db = await createNodeRunner();
	try {
		await loadSyntheticIntoDuckDB(db.connection, generateSyntheticExtract({ seed: 20250116, scale: 1 }));
		const byAge = await db.all<{ age: number; held: number; ceased: number }>(`
			SELECT a.age, count(*) FILTER (WHERE status = 'active' AND age_at_census = a.age) AS held,
				count(*) FILTER (WHERE status = 'ceased' AND age_at_cease = a.age AND ceased_date > DATE '2025-01-16' - INTERVAL 1 YEAR AND ceased_date <= DATE '2025-01-16') AS ceased
			FROM range(18, 25) a(age), local_ehc_plans GROUP BY a.age`);
		const projected = byAge.reduce((sum, r) => sum + r.held * (1 - Math.min(1, (factor * r.ceased) / (r.ceased + r.held))), 0);
		const [places] = await db.all<{ places: number }>(`SELECT sum(places) AS places FROM local_post16_places WHERE academic_year = '2025/26' AND age_to >= 19`);
		return { projected: Math.round(projected), places: places!.places };
	} finally {
		db.close();
	}
}

const january2026 = (figure: Locator) => figure.getByRole('row', { name: /^Northmoor \(synthetic\) 2026 / });
/** A table row's cells, in order, whatever whitespace separates them. */
const cells = (...texts: string[]) => new RegExp(`^\\s*${texts.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s*')}\\s*$`);
const gapRow = (r: { projected: number; places: number }) => {
	const fmt = (n: number) => n.toLocaleString('en-GB');
	return cells('Northmoor (synthetic)', '2026', fmt(r.projected), fmt(r.places), fmt(r.projected - r.places), '2025/26');
};

test('changing the ceasing-rate assumption changes the projected gap as a direct computation says, and is kept in the URL', async ({ page }) => {
	test.setTimeout(180_000);
	const [observed, doubled] = [await directJanuary2026(1), await directJanuary2026(2)];
	await page.goto('/post-19');
	const gap = page.locator('figure[data-chart="projected-gap"]');
	await expect(gap.getByRole('heading', { level: 3 })).toHaveText(/^Northmoor \(synthetic\): /, { timeout: 120_000 });
	await gap.getByText('Show the data in a table').click();
	await expect(january2026(gap)).toHaveText(gapRow(observed));

	const input = page.getByLabel('Ceasing-rate assumption: % of the ceasing rates observed at each age');
	await input.fill('200');
	await input.press('Enter');
	await expect(page).toHaveURL(/[?&]ceasing=200(&|$)/);
	await expect(page.getByText('Projection uses 200% of the observed ceasing rates.')).toBeVisible();
	await expect(january2026(gap)).toHaveText(gapRow(doubled));
	expect(doubled.projected).toBeLessThan(observed.projected);

	// A shared link opens the same assumption.
	await page.goto('/post-19?ceasing=200');
	await page.locator('figure[data-chart="projected-gap"]').getByText('Show the data in a table').click();
	await expect(january2026(page.locator('figure[data-chart="projected-gap"]'))).toHaveText(gapRow(doubled), { timeout: 120_000 });
	await expect(page.getByLabel('Ceasing-rate assumption: % of the ceasing rates observed at each age')).toHaveValue('200');
});
