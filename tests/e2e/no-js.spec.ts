import { expect, test } from '@playwright/test';

/**
 * Without JavaScript the section pages cannot draw their charts or read ?area=: each must say so plainly, in place
 * of a "Loading…" that never ends, and point to the reports, which are plain prerendered pages for every LA.
 */
test.use({ javaScriptEnabled: false });

const SECTIONS = [
	['Overview', '/?area=E10000012', '/reports/scrutiny-pack'],
	['Needs', '/needs?area=E10000012', '/reports/scrutiny-pack'],
	['Waiting times', '/waiting-times?area=E10000012', '/reports/autism-waiting-list'],
	['19–25', '/post-19?area=E10000012', '/reports/scrutiny-pack'],
	['Exclusions', '/exclusions?area=E10000012', '/reports/scrutiny-pack']
] as const;

for (const [name, path, report] of SECTIONS) {
	test(`${name} says what needs JavaScript and links to the reports`, async ({ page }) => {
		await page.goto(path);
		const notice = page.getByTestId('needs-javascript');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('need JavaScript');
		await expect(page.getByText(/Loading/).filter({ visible: true })).toHaveCount(0);
		// The area box cannot work without JavaScript: it is not offered.
		await expect(page.locator('#area-input')).toBeHidden();
		await notice
			.getByRole('link', { name: /report/ })
			.first()
			.click();
		await expect(page).toHaveURL(new RegExp(`${report}$`));
		await page.getByRole('link', { name: 'Essex', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Essex');
		await expect(page.locator('figure[data-chart] svg').first()).toBeVisible();
	});
}

test('pages that work without JavaScript (a report) show no such notice', async ({ page }) => {
	await page.goto('/reports/scrutiny-pack/E10000012');
	await expect(page.getByTestId('needs-javascript')).toHaveCount(0);
});
