import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { createNodeRunner, loadManifestDatasets } from '../../data/lib/node-runner';
import { expectNoDataError, trackRequests } from './helpers';

const MANIFEST = fileURLToPath(new URL('../../static/data/manifest.json', import.meta.url));

// Published values read from data/raw/autism-nhs/AutismStatsDec22_subICB.csv.gz, rows for 01/09/2022, SECONDARY_LEVEL NONE:
// ASD19b (% waiting 13+ weeks with no care contact), ASD19a (% first appointment after 13 weeks), ASD16 (open), ASD16a (open 13+ weeks).
const ESSEX = [
	{ code: '06Q', name: 'Mid Essex', noContact: '90%', after: '10%', open: '280', open13: '275' },
	{ code: '06T', name: 'North East Essex', noContact: '93%', after: '6%', open: '115', open13: '100' },
	{ code: '07H', name: 'West Essex', noContact: '94%', after: '6%', open: '205', open13: '185' },
	{ code: '99E', name: 'Basildon and Brentwood', noContact: '34%', after: '28%', open: '120', open13: '100' },
	{ code: '99F', name: 'Castle Point and Rochford', noContact: '74%', after: '16%', open: '80', open13: '70' }
];

test('Essex: its five sub-ICB locations are preselected and show the published values, with no request leaving the site', async ({
	page,
	context,
	baseURL
}) => {
	const net = await trackRequests(context, baseURL!);
	await page.goto('/waiting-times?area=E10000012');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Essex: autism assessment waits', { timeout: 60_000 });
	const side = page.locator('figure[data-chart="side-by-side"]');
	await expect(side).toBeVisible({ timeout: 60_000 });
	await expectNoDataError(page);
	await expect(page.getByRole('list', { name: 'Chosen sub-ICB locations' }).getByRole('listitem')).toHaveCount(5);

	await side.getByText('Show the data in a table').click();
	for (const a of ESSEX) {
		const row = side.getByRole('row', { name: new RegExp(`^${a.name} \\(${a.code}\\)`) });
		await expect(row.getByRole('cell').nth(0)).toHaveText(a.noContact);
		await expect(row.getByRole('cell').nth(1)).toHaveText(a.after);
		await expect(row.getByRole('cell').nth(3)).toHaveText(a.open);
		await expect(row.getByRole('cell').nth(4)).toHaveText(a.open13);
	}
	// Mid Essex's new referrals (ASD12) are suppressed in the file: "*" is shown, never 0.
	await expect(
		side
			.getByRole('row', { name: /^Mid Essex/ })
			.getByRole('cell')
			.nth(5)
	).toHaveText('*');

	// The ranked chart and the funnel plot cover every sub-ICB location; each has alt text, source and notes.
	const ranked = page.locator('figure[data-chart="ranked"]');
	await expect(ranked.locator('div.plot[role="img"]')).toHaveAttribute('aria-label', /Mid Essex: 90%, ranked \d+ of \d+/);
	await expect(ranked.getByText(/Source:.*NHS England/)).toBeVisible();
	await expect(page.locator('figure[data-chart="funnel"] svg').first()).toBeVisible();
	await expect(page.locator('figure[data-chart="trend"]')).toBeVisible();
	net.expectNoOtherOrigin();
});

test('chosen CCGs and the measure live in the URL, and a shared link restores them', async ({ page }) => {
	await page.goto('/waiting-times?area=E10000012');
	await expect(page.locator('figure[data-chart="side-by-side"]')).toBeVisible({ timeout: 60_000 });
	await page.getByRole('button', { name: 'Remove Mid Essex' }).click();
	await page.getByRole('combobox', { name: 'Add a sub-ICB location' }).selectOption('A3A8R');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await page.getByRole('combobox', { name: 'Measure' }).selectOption('after_13w');
	await expect(page).toHaveURL(/ccg=06T%2C07H%2C99E%2C99F%2CA3A8R/);
	await expect(page).toHaveURL(/measure=after_13w/);
	const url = page.url();
	await page.goto(url);
	await expect(page.getByRole('list', { name: 'Chosen sub-ICB locations' }).getByRole('listitem')).toHaveCount(5, { timeout: 60_000 });
	await expect(page.getByRole('list', { name: 'Chosen sub-ICB locations' })).toContainText('(A3A8R)');
	await expect(page.locator('figure[data-chart="ranked"] h3')).toHaveText(/^First appointment after 13 weeks/);
	// A choice that is not the LA's own is queried in the browser's DuckDB: its monthly series is drawn too.
	await expect(page.locator('figure[data-chart="trend"] svg').first()).toBeVisible({ timeout: 60_000 });
	await expect(page.locator('figure[data-chart="trend"] table')).toContainText('A3A8R');
});

// What the page first shows for an LA is prerendered at build time: it needs no wasm.
test('Essex’s preselected sub-ICB locations and their series are drawn without fetching any wasm', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	await page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
	await page.goto('/waiting-times?area=E10000012');
	const side = page.locator('figure[data-chart="side-by-side"]');
	await side.getByText('Show the data in a table').click({ timeout: 30_000 });
	await expect(
		side
			.getByRole('row', { name: /^Mid Essex \(06Q\)/ })
			.getByRole('cell')
			.nth(0)
	).toHaveText('90%');
	await expect(page.locator('figure[data-chart="trend"] svg').first()).toBeVisible();
	await expectNoDataError(page);
	expect(net.requests.map((r) => r.url).filter((u) => u.endsWith('.wasm'))).toEqual([]);
	expect(net.requests.some((r) => r.url.endsWith('/views/waiting-times/E10000012.json'))).toBe(true);
});

test('local view: median wait to first contact per CCG matches a direct DuckDB query on the same extract', async ({ page }) => {
	// The same Arrow file the browser loads, queried in Node with a Kaplan–Meier median written in SQL.
	const db = await createNodeRunner();
	await loadManifestDatasets(db, MANIFEST, ['local_asd_referrals']);
	const medians = await db.all<{ ccg_code: string; median_days: number }>(`
		WITH c AS (SELECT max(greatest(referral_date, coalesce(first_contact_date, referral_date), coalesce(outcome_date, referral_date))) AS d FROM local_asd_referrals),
		w AS (SELECT ccg_code, date_diff('day', referral_date, coalesce(first_contact_date, outcome_date, (SELECT d FROM c))) AS t,
			(first_contact_date IS NOT NULL)::INTEGER AS e FROM local_asd_referrals),
		times AS (SELECT ccg_code, t, sum(e) AS d, count(*) AS k FROM w GROUP BY ALL),
		risk AS (SELECT ccg_code, t, d, sum(k) OVER (PARTITION BY ccg_code ORDER BY t DESC) AS n FROM times),
		s AS (SELECT ccg_code, t, exp(sum(ln(greatest(1 - d / n, 1e-300))) OVER (PARTITION BY ccg_code ORDER BY t)) AS surv FROM risk WHERE d > 0)
		SELECT ccg_code, min(t) FILTER (WHERE surv <= 0.5 + 1e-12) AS median_days FROM s GROUP BY 1 ORDER BY 1`);
	db.close();
	expect(medians).toHaveLength(5);

	await page.goto('/waiting-times?area=E10000012&view=local');
	const fig = page.locator('figure[data-chart="quantiles-contact-ccg"]');
	await expect(fig).toBeVisible({ timeout: 60_000 });
	await expectNoDataError(page);
	await expect(fig.getByRole('heading', { level: 3 })).toContainText('Northmoor (synthetic)');
	await fig.getByText('Show the data in a table').click();
	const names: Record<string, string> = { SYN01: 'Coast', SYN02: 'Moorlands', SYN03: 'Vale', SYN04: 'Fens', SYN05: 'Riverside' };
	for (const m of medians) {
		const row = fig.getByRole('row', { name: new RegExp(`^Northmoor ${names[m.ccg_code]} CCG`) });
		await expect(row.getByRole('cell').nth(2)).toHaveText(`${Math.round(m.median_days / 7)} weeks`);
	}
	// Switching to the wait for a diagnostic outcome is kept in the URL.
	await page.getByLabel('Diagnostic outcome').check();
	await expect(page).toHaveURL(/wait=outcome/);
	await expect(page.locator('figure[data-chart="quantiles-outcome-ccg"]')).toBeVisible();
	await expect(page.locator('figure[data-chart="clearance"] h3')).toContainText('Northmoor (synthetic)');
});
