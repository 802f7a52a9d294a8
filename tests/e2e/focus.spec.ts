import { expect, test, type Page } from '@playwright/test';

/** Keyboard users must never be dropped on <body> (WCAG 2.4.3) and must always see where focus is (2.4.7). */
const activeDescription = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		return el ? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}` : 'none';
	});

test('choosing a "Did you mean" suggestion with the keyboard leaves focus in the area box', async ({ page }) => {
	await page.goto('/needs');
	const input = page.locator('#area-input');
	await input.fill('North');
	await input.press('Enter');
	const suggestion = page.locator('#area-message').getByRole('button', { name: 'North Yorkshire' });
	await expect(suggestion).toBeVisible();
	await suggestion.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/area=E10000023/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('North Yorkshire');
	expect(await activeDescription(page)).toBe('input#area-input');
});

test('Add and Remove of sub-ICB locations keep focus on the controls', async ({ page }) => {
	await page.goto('/waiting-times?area=E10000012');
	const chosen = page.getByRole('list', { name: 'Chosen sub-ICB locations' });
	await expect(chosen.getByRole('listitem').first()).toBeVisible();
	const before = await chosen.getByRole('listitem').count();
	// Remove the first with the keyboard: focus moves to the next Remove button, not <body>.
	await chosen
		.getByRole('button', { name: /^Remove/ })
		.first()
		.focus();
	await page.keyboard.press('Enter');
	await expect(chosen.getByRole('listitem')).toHaveCount(before - 1);
	expect(await page.evaluate(() => document.activeElement?.textContent?.trim().startsWith('Remove'))).toBe(true);
	// Add one back: the Add button is disabled once used, so focus returns to the list to add from.
	await page.locator('#add-ccg').selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Add', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(chosen.getByRole('listitem')).toHaveCount(before);
	expect(await activeDescription(page)).toBe('select#add-ccg');
});

test('"Clear all filters" moves focus to the local views\' heading', async ({ page }) => {
	await page.goto('/needs?need=ASD');
	const clear = page.getByRole('button', { name: 'Clear all filters' });
	await expect(clear).toBeVisible({ timeout: 60_000 });
	await clear.focus();
	await page.keyboard.press('Enter');
	await expect(clear).toHaveCount(0);
	expect(await activeDescription(page)).toBe('h2#local-title');
});

test('a secondary button shows the focus ring (yellow outline and a dark ring, 3:1 on white)', async ({ page }) => {
	await page.goto('/needs?need=ASD');
	const clear = page.getByRole('button', { name: 'Clear all filters' });
	await expect(clear).toBeVisible({ timeout: 60_000 });
	await page.locator('#select-need').focus();
	// Shift+Tab/Tab from a neighbouring control: a keyboard move, so :focus-visible applies.
	await clear.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(clear).toBeFocused();
	const style = await clear.evaluate((el) => ({ shadow: getComputedStyle(el).boxShadow, outline: getComputedStyle(el).outlineStyle }));
	expect(style.outline).toBe('solid');
	expect(style.shadow).toContain('rgb(11, 12, 12) 0px 0px 0px 6px');
});
