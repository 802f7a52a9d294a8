import { expect, test, type Locator } from '@playwright/test';
import { createNodeRunner, loadManifestDatasets } from '../../data/lib/node-runner';
import { expectNoDataError, trackRequests } from './helpers';

// Each test loads DuckDB and several datasets; on a shared, busy machine that can take over a minute.
test.describe.configure({ timeout: 240_000 });

/** The rows of a chart's data table as [first cell, second cell] text pairs. */
async function tableRows(figure: Locator): Promise<[string, string][]> {
	const details = figure.locator('details.data-table');
	if (!(await details.getAttribute('open'))) await figure.getByText('Show the data in a table').click();
	const rows = figure.locator('tbody tr');
	const out: [string, string][] = [];
	for (let i = 0; i < (await rows.count()); i++) {
		const row = rows.nth(i);
		out.push([(await row.locator('th').innerText()).trim(), (await row.locator('td').first().innerText()).trim()]);
	}
	return out;
}

// Published figures: data/raw/ehcp-sen2/release-2025/sen_needs_all_plans.csv, "All EHC plans" rows —
// Essex (E10000012): 14,240 plans, number_mld 1,254, mld_pc 8.8, asd_pc 41.6; England: mld_pc 10.6, asd_pc 31.5.
test('Essex’s MLD share and England’s are the published ones, with the significance stated in words', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	await page.goto('/needs?area=E10000012');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Essex: which needs are growing, and where need is unmet', { timeout: 150_000 });
	await expectNoDataError(page);

	const flags = page.getByTestId('need-flags');
	// Essex's MLD share (8.8%) is BELOW England's (10.6%) in January 2025: the flag says so.
	await expect(flags.locator('li[data-need="MLD"]')).toHaveText('MLD: 8.8% of active EHC plans (95% CI 8.4–9.3%), England 10.6% — significantly lower');
	await expect(flags.locator('li[data-need="ASD"]')).toHaveText('ASD: 41.6% of active EHC plans (95% CI 40.8–42.4%), England 31.5% — significantly higher');

	const profile = page.locator('figure[data-chart="need-profile-all"]');
	await expect(profile.locator('svg').first()).toBeVisible();
	await profile.getByText('Show the data in a table').click();
	await expect(
		profile.getByRole('row', { name: /Moderate learning difficulty \(MLD\) 1,254 8\.8% 8\.4% 9\.3% ▼ significantly lower .* 10\.6%/ })
	).toBeVisible();
	await expect(profile.getByText(/Source:.*Department for Education/)).toBeVisible();

	// Every section is there, each chart with a source.
	for (const id of ['need-profile-new', 'need-neighbours', 'age-counts', 'age-growth', 'setting-growth', 'ccg-needs', 'unmet-need']) {
		await expect(page.locator(`figure[data-chart="${id}"] h3`)).not.toBeEmpty();
	}
	await expect(page.getByText(/LSOAs are counted, not weighted/).first()).toBeVisible();

	// The neighbour comparison follows a keyboard choice of need, kept in the URL.
	const focus = page.getByLabel('Compare one need across statistical neighbours');
	await focus.focus();
	await focus.selectOption('SEMH');
	await expect(page).toHaveURL(/focus=SEMH/);
	await expect(page.locator('figure[data-chart="need-neighbours"] h3')).toContainText('Social, emotional and mental health');
	net.expectNoOtherOrigin();
});

test('selecting a need in the local view changes the quadrant chart to what a direct query gives', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	// The direct query: the same extract file the site serves, loaded into DuckDB in Node.
	const db = await createNodeRunner();
	await loadManifestDatasets(db, 'build/data/manifest.json', ['local_ehc_plans']);
	const direct = async (where: string) =>
		Object.fromEntries(
			(
				await db.all<{ q: string; n: number }>(
					`SELECT quadrant_code AS q, count(*)::INTEGER AS n FROM local_ehc_plans WHERE status = 'active' ${where} GROUP BY 1`
				)
			).map((r) => [r.q, r.n])
		);
	const all = await direct('');
	const mld = await direct(`AND primary_need = 'MLD'`);
	db.close();
	// None of these is small, so none is suppressed.
	expect(Object.values(mld).every((n) => n > 4)).toBe(true);
	const expected = (counts: Record<string, number>) =>
		['EAST', 'NORTH', 'SOUTH', 'WEST'].map((q) => [`${q.charAt(0)}${q.slice(1).toLowerCase()} (synthetic)`, counts[q]!.toLocaleString('en-GB')]);

	await page.goto('/needs');
	const quadrant = page.locator('figure[data-chart="local-quadrant"]');
	await expect(quadrant.locator('h3')).toContainText('Northmoor (synthetic)', { timeout: 150_000 });
	await expectNoDataError(page);
	expect((await tableRows(quadrant)).slice(0, 4)).toEqual(expected(all));

	const needSelect = page.getByLabel('Primary need: filter the other charts');
	await needSelect.focus();
	await needSelect.selectOption('MLD');
	await expect(page).toHaveURL(/need=MLD/);
	await expect(quadrant.locator('h3')).toContainText('primary need Moderate learning difficulty (MLD)');
	await expect.poll(async () => (await tableRows(quadrant)).slice(0, 4)).toEqual(expected(mld));

	// The selection survives a reload (it is in the URL), and the need chart is not filtered by its own selection.
	await page.reload();
	await expect(page.getByLabel('Primary need: filter the other charts')).toHaveValue('MLD', { timeout: 150_000 });
	await expect.poll(async () => (await tableRows(page.locator('figure[data-chart="local-quadrant"]'))).slice(0, 4)).toEqual(expected(mld));
	await page.getByRole('button', { name: 'Clear all filters' }).click();
	await expect(page).not.toHaveURL(/need=/);
	net.expectNoOtherOrigin();
});
