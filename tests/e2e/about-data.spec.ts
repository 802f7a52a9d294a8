import { expect, test } from '@playwright/test';
import type { Manifest } from '../../src/lib/data/manifest';
import { expectNoDataError, trackRequests } from './helpers';

async function fetchManifest(request: import('@playwright/test').APIRequestContext): Promise<Manifest> {
	const res = await request.get('/data/manifest.json');
	expect(res.ok(), 'manifest.json is served').toBe(true);
	return (await res.json()) as Manifest;
}

test('About the data: DuckDB in the browser holds every dataset, and nothing leaves the site', async ({ page, context, request, baseURL }) => {
	const manifest = await fetchManifest(request);
	expect(manifest.datasets.length).toBeGreaterThan(0);
	const net = await trackRequests(context, baseURL!);

	await page.goto('/about-data');
	await expect(page.getByRole('heading', { level: 1, name: 'About the data' })).toBeVisible();

	// Wait for DuckDB to load every dataset and count it (or for the page to report a failure).
	const summary = page.getByTestId('duckdb-summary');
	const finished = summary.locator('.ok, .bad').or(page.getByTestId('data-error'));
	await expect(finished.first()).toBeVisible({ timeout: 75_000 });
	await expectNoDataError(page);

	for (const d of manifest.datasets) {
		const row = page.locator(`tr[data-dataset="${d.id}"]`);
		await expect(row.getByTestId('manifest-rows')).toHaveAttribute('data-value', String(d.rows));
		await expect(row.getByTestId('duckdb-rows'), `DuckDB row count for ${d.table}`).toHaveAttribute('data-value', String(d.rows));
	}
	await expect(summary).toContainText("Every table's row count matches the manifest.");

	// Synthetic local data is labelled as such.
	if (manifest.local.synthetic && manifest.datasets.some((d) => d.layer === 'local')) {
		await expect(page.getByTestId('synthetic-note')).toContainText('synthetic');
		for (const d of manifest.datasets.filter((x) => x.layer === 'local')) {
			await expect(page.locator(`#dataset-${d.id} .badge.synthetic`)).toBeVisible();
		}
	}

	// The tracker really sees the worker's traffic: the DuckDB worker script, the .wasm (fetched from inside the
	// worker) and every data file must be among the recorded requests.
	const urls = net.requests.map((r) => r.url);
	expect(
		urls.some((u) => /duckdb-browser-(eh|mvp)\.worker\.[\w-]+\.js$/.test(u)),
		'worker script request seen'
	).toBe(true);
	expect(
		urls.some((u) => /duckdb-(eh|mvp)\.[\w-]+\.wasm$/.test(u)),
		'wasm request (from the worker) seen'
	).toBe(true);
	for (const d of manifest.datasets) {
		expect(
			urls.some((u) => u.endsWith(`/data/${d.file}`)),
			`request for ${d.file} seen`
		).toBe(true);
	}
	net.expectNoOtherOrigin();
});

test('About the data: a missing data file is reported exactly, and Retry recovers', async ({ page, context, request, baseURL }) => {
	const manifest = await fetchManifest(request);
	const victim = manifest.datasets[0]!;
	const net = await trackRequests(context, baseURL!);
	await context.route(`**/data/${victim.file}`, (route) => route.fulfill({ status: 404, body: 'Not found' }));

	await page.goto('/about-data');
	const alert = page.getByRole('alert');
	await expect(alert).toBeVisible({ timeout: 75_000 });
	await expect(alert).toContainText(`Could not load ${victim.title}`);
	await expect(alert).toContainText(victim.file);
	await expect(alert).toContainText('HTTP 404');

	await context.unroute(`**/data/${victim.file}`);
	await alert.getByRole('button', { name: 'Retry' }).click();
	await expect(page.getByTestId('duckdb-summary')).toContainText("Every table's row count matches the manifest.", {
		timeout: 75_000
	});
	await expect(page.getByRole('alert')).toHaveCount(0);
	net.expectNoOtherOrigin();
});

test('About the data: the dataset list is prerendered and readable without JavaScript', async ({ browser, request, baseURL }) => {
	const manifest = await fetchManifest(request);
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/about-data');
	for (const d of manifest.datasets) {
		await expect(page.locator(`#dataset-${d.id} h3`)).toContainText(d.title);
		await expect(page.locator(`#dataset-${d.id}`)).toContainText(d.sha256.slice(0, 12));
	}
	await context.close();
});
