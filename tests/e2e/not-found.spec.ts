import { expect, test } from '@playwright/test';

test('an unknown URL answers 404 with a page that says so and links onward', async ({ page }) => {
	const res = await page.goto('/no-such-page?area=E10000012');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Overview' })).toBeVisible();
	// Styled like the rest of the site (the stylesheet loaded): the header is the brand blue.
	await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(18, 67, 109)');
	await page.getByRole('link', { name: 'Reports', exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports for scrutiny committees');
});

test('an unknown URL without JavaScript still gets the helpful page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const res = await page.goto(new URL('/needs/E10000012/nothing', test.info().project.use.baseURL).href);
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(18, 67, 109)');
	await context.close();
});

test('a trailing slash redirects to the page, which keeps its styles and area', async ({ page }) => {
	await page.goto('/needs/?area=E10000012');
	await expect(page).toHaveURL(/\/needs\?area=E10000012$/);
	await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(18, 67, 109)');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Essex');
});
