import { expect, test, type Page } from '@playwright/test';
import { expectNoDataError, trackRequests } from './helpers';
import { PLANS_WITHOUT_PLACEMENT, userExtractFiles } from './user-extract';

/** Every word a person or a screen reader meets on the page: text (hidden details too) and labelling attributes. */
function pageWords(page: Page): Promise<string> {
	return page.evaluate(() => {
		const parts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const tag = n.parentElement?.tagName;
			if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'TEMPLATE') parts.push(n.textContent ?? '');
		}
		for (const el of document.body.querySelectorAll('[aria-label], [aria-description], [title], [alt]'))
			for (const a of ['aria-label', 'aria-description', 'title', 'alt']) parts.push(el.getAttribute(a) ?? '');
		return parts.join(' ');
	});
}

async function settle(page: Page) {
	await expect(page.getByText(/^Loading/)).toHaveCount(0, { timeout: 60_000 });
	await expectNoDataError(page);
}

test('with a user’s own extract loaded, no page says "synthetic" or "Northmoor"', async ({ page, context, baseURL }) => {
	test.setTimeout(240_000);
	const net = await trackRequests(context, baseURL!);
	await page.goto('/your-data');
	await expect(page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]')).not.toHaveText('loading…', { timeout: 60_000 });
	const files = userExtractFiles();
	await page.locator('#extract-files').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.body) })));
	await expect(page.getByTestId('file-message').filter({ hasText: /^Loaded \d+ rows? into/ })).toHaveCount(files.length, { timeout: 90_000 });
	await expect(page.getByTestId('extract-banner')).toContainText('Using your extract');

	const nav = page.getByRole('navigation', { name: 'Sections' });
	for (const section of ['Overview', 'Needs', 'Waiting times', '19–25', 'Exclusions & timeliness', 'Reports', 'About the data', 'Your data']) {
		await nav.getByRole('link', { name: section, exact: true }).click();
		if (section === 'Waiting times') {
			await page.getByLabel('Local referral records (record-level extract)').check();
			await expect(page.locator('figure[data-chart="quantiles-contact-ccg"]')).toBeVisible({ timeout: 60_000 });
			// Beside the sub-ICB view (named, not bare codes): quadrant and locality views, and their waiting lists.
			const ccg = page.locator('figure[data-chart="quantiles-contact-ccg"]');
			await ccg.getByText('Show the data in a table').click();
			await expect(ccg.locator('tbody th').first()).toHaveText(/^[A-Z].* \(06Q\)$/);
			for (const id of [
				'km-contact-quadrant',
				'quantiles-contact-quadrant',
				'km-contact-locality',
				'quantiles-contact-locality',
				'waiting-list-quadrant',
				'waiting-list-locality'
			])
				await expect(page.locator(`figure[data-chart="${id}"]`)).toBeVisible();
			await expect(page.locator('figure[data-chart="quantiles-contact-quadrant"] tbody')).toContainText('NORTH');
		}
		if (section === 'Needs') await expect(page.locator('figure[data-chart="local-quadrant"]')).toBeVisible({ timeout: 60_000 });
		// Nothing drawn from an empty table: no post-16 places were loaded.
		if (section === '19–25') {
			const gap = page.locator('figure[data-chart="projected-gap"]');
			await expect(gap.getByRole('heading', { level: 3 })).toHaveText(
				'Your extract: projected 19–25-year-olds against commissioned places cannot be shown without commissioned post-16 and post-19 places (post16_places.csv)',
				{ timeout: 60_000 }
			);
			await expect(gap.locator('svg')).toHaveCount(0);
			await expect(page.locator('figure[data-chart="ceasing-rates"] svg').first()).toBeVisible();
		}
		if (section === 'Needs') {
			const unmatched = page.locator('figure[data-chart="local-unmatched"]');
			await expect(unmatched.getByRole('heading', { level: 3 })).toContainText('cannot be shown without commissioned post-16 and post-19 places');
			await expect(unmatched).not.toContainText('have no commissioned place');
			await expect(unmatched.locator('svg')).toHaveCount(0);
		}
		// Plans with no placement loaded (not refused) and are counted as such.
		if (section === 'Exclusions & timeliness')
			await expect(page.locator('figure[data-chart="local-record-quality"] h3')).toContainText(`; ${PLANS_WITHOUT_PLACEMENT} have no placement recorded`, {
				timeout: 60_000
			});
		if (section === 'About the data')
			await expect(page.locator('tr[data-dataset="local_ehc_plans"] [data-testid="duckdb-rows"]')).toHaveText(/600/, { timeout: 60_000 });
		await settle(page);
		const words = await pageWords(page);
		expect(words.match(/.{0,60}(synthetic|northmoor).{0,60}/gi), `on ${section}`).toBeNull();
	}
	// The user's own codes are what the charts are labelled with.
	await nav.getByRole('link', { name: 'Needs', exact: true }).click();
	const quadrants = page.locator('figure[data-chart="local-quadrant"]');
	await quadrants.getByText('Show the data in a table').click();
	await expect(quadrants.locator('tbody')).toContainText('NORTH');
	net.expectNoOtherOrigin();
});
