import { expect, test } from '@playwright/test';
import { expectNoDataError, trackRequests } from './helpers';
import { userEhcPlans } from './user-extract';

// A user's own referral records replace the synthetic ones in every section: here, the waiting-times local view.
const HEAD = 'referral_id,ccg_code,quadrant_code,locality_code,sex,age_at_referral,referral_date,first_contact_date,outcome_date,outcome';

/** 30 referrals in one CCG, all made on 1 January 2024 and first seen on 1 April 2024: a 13-week wait for everyone. */
function referrals(): string {
	const rows = [HEAD];
	for (let i = 1; i <= 30; i++) rows.push(`R-${i},06Q,NORTH,L01,${i % 2 ? 'M' : 'F'},${6 + (i % 8)},2024-01-01,2024-04-01,2024-09-01,DIAGNOSED`);
	return rows.join('\n') + '\n';
}

test('after loading your own referrals, the waiting-times page shows them, labelled as yours; going back redraws each local part', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(180_000);
	const net = await trackRequests(context, baseURL!);
	await page.goto('/your-data');
	await expect(page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]')).not.toHaveText('loading…', { timeout: 60_000 });
	await page.locator('#extract-files').setInputFiles({ name: 'asd_referrals.csv', mimeType: 'text/csv', buffer: Buffer.from(referrals()) });
	await expect(page.getByTestId('file-message').last()).toHaveText('Loaded 30 rows into local_asd_referrals.', { timeout: 60_000 });

	// Move within the app (the loaded extract lives in this page's DuckDB), then to the local view.
	await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Waiting times' }).click();
	await page.getByLabel('Local referral records (record-level extract)').check();
	const fig = page.locator('figure[data-chart="quantiles-contact-ccg"]');
	await expect(fig).toBeVisible({ timeout: 60_000 });
	await expectNoDataError(page);
	await expect(fig.getByRole('heading', { level: 3 })).toContainText('Your extract');
	await expect(fig.getByRole('heading', { level: 3 })).not.toContainText('Northmoor');
	// Every referral waited 1 January → 1 April 2024 = 91 days = 13 weeks: the median wait is 13 weeks.
	await fig.getByText('Show the data in a table').click();
	await expect(fig.locator('tbody tr')).toHaveCount(1);
	await expect(fig.locator('tbody tr').first()).toContainText('13 weeks');

	// Going back to the example extract from the banner, on each page with a local part open, draws it again from
	// the example (not left showing the user's figures under the example's name, or the other way round).
	const banner = page.getByTestId('extract-banner');
	const goBack = () => banner.getByRole('button', { name: 'Go back to the example extract' }).click();
	await goBack();
	await expect(fig.getByRole('heading', { level: 3 })).toContainText('Northmoor (synthetic)', { timeout: 60_000 });
	await expect(fig.getByRole('heading', { level: 3 })).not.toContainText('Your extract');

	const nav = page.getByRole('navigation', { name: 'Sections' });
	for (const [section, heading] of [
		['Exclusions & timeliness', page.locator('#local-records-title')],
		['19–25', page.locator('figure[data-chart="projected-gap"] h3')]
	] as const) {
		await nav.getByRole('link', { name: 'Your data' }).click();
		await page.locator('#extract-files').setInputFiles({ name: 'asd_referrals.csv', mimeType: 'text/csv', buffer: Buffer.from(referrals()) });
		await expect(page.getByTestId('file-message').last()).toHaveText('Loaded 30 rows into local_asd_referrals.', { timeout: 60_000 });
		await nav.getByRole('link', { name: section, exact: true }).click();
		await expect(heading, section).toContainText('Your extract', { timeout: 60_000 });
		await goBack();
		await expect(heading, section).toContainText('Northmoor (synthetic)', { timeout: 60_000 });
		await expect(heading, section).not.toContainText('Your extract');
	}
	await expectNoDataError(page);
	net.expectNoOtherOrigin();
});

// The Needs local views are on screen when the extract is switched back from the banner: they must redraw from it.
test('going back to the example extract while the Needs page is open redraws its local views from it', async ({ page }) => {
	await page.goto('/your-data');
	await expect(page.locator('tr[data-table="local_ehc_plans"] [data-duckdb-rows]')).not.toHaveText('loading…', { timeout: 60_000 });
	await page.locator('#extract-files').setInputFiles({ name: 'ehc_plans.csv', mimeType: 'text/csv', buffer: Buffer.from(userEhcPlans()) });
	await expect(page.getByTestId('file-message').last()).toHaveText('Loaded 600 rows into local_ehc_plans.', { timeout: 60_000 });

	await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Needs' }).click();
	const quadrant = page.locator('figure[data-chart="local-quadrant"]');
	await expect(page.locator('#local-title')).toHaveText('By quadrant and CCG: Your extract', { timeout: 60_000 });
	await expect(quadrant.getByRole('heading', { level: 3 })).toContainText('Your extract');

	await page.getByTestId('extract-banner').getByRole('button', { name: 'Go back to the example extract' }).click();
	await expect(page.locator('#local-title')).toHaveText('By quadrant and CCG: Northmoor (synthetic)', { timeout: 60_000 });
	await expect(quadrant.getByRole('heading', { level: 3 })).toContainText('Northmoor (synthetic)');
	await expect(quadrant.getByRole('heading', { level: 3 })).not.toContainText('Your extract');
	await expectNoDataError(page);
});
