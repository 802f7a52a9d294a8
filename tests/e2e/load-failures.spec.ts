import { expect, test } from '@playwright/test';

/**
 * With the DuckDB engine (.wasm) blocked, as some council networks do, every part of a page that needs DuckDB must
 * say it could not load, why, and offer Retry, in place of a "Loading…" that never ends.
 */
const PAGES = [
	['Needs', '/needs?area=E10000012'],
	['19–25', '/post-19?area=E10000012'],
	['Exclusions', '/exclusions?area=E10000012'],
	['Your data', '/your-data'],
	['About the data', '/about-data']
] as const;

for (const [name, path] of PAGES) {
	test(`${name}: a blocked .wasm is reported where the local part would be, with Retry`, async ({ page, context }) => {
		await context.route('**/*.wasm', (route) => route.abort());
		await page.goto(path);
		const failed = page.getByTestId('load-failed');
		await expect(failed).toBeVisible({ timeout: 30_000 });
		await expect(failed).toContainText(/could not be (loaded|shown)/);
		await expect(failed).toContainText(/DuckDB could not start: the DuckDB engine file duckdb-(eh|mvp)\.[\w-]+\.wasm could not be downloaded/);
		await expect(failed.getByRole('button', { name: 'Retry' })).toBeVisible();
		// The layout's status says it too (role="alert"), and nothing still claims to be loading the local extract.
		await expect(page.getByTestId('data-error')).toContainText('DuckDB could not start');
		await expect(page.getByText('Loading the local extract…')).toHaveCount(0);
	});
}

test('Retry loads the local part once the .wasm is reachable again', async ({ page, context }) => {
	await context.route('**/*.wasm', (route) => route.abort());
	await page.goto('/needs?area=E10000012');
	const failed = page.getByTestId('load-failed');
	await expect(failed).toBeVisible({ timeout: 30_000 });
	await context.unroute('**/*.wasm');
	await failed.getByRole('button', { name: 'Retry' }).click();
	await expect(page.locator('figure[data-chart="local-quadrant"]')).toBeVisible({ timeout: 60_000 });
	await expect(failed).toHaveCount(0);
});
