import { expect, test, type Page } from '@playwright/test';

/**
 * WCAG 1.4.10 Reflow: no page scrolls sideways on a 390px phone, nor at 200% zoom of a 1280px window (a 640px-wide
 * CSS viewport). Wide content (tables, charts) may scroll inside its own box; the page itself must not.
 */
const ESSEX = 'E10000012';
// Every section, reached as a reader does: from the Overview by the Sections links (client-side, so DuckDB starts
// once per width, not once per page, which made this file the slowest in the suite).
const SECTIONS = ['Needs', 'Waiting times', '19–25', 'Exclusions & timeliness', 'Money', 'Area profile', 'Reports', 'Your data', 'About the data'] as const;
const REPORT = `/reports/scrutiny-pack/${ESSEX}`;

/** What sticks out past the right edge, for a failure message that says where to look. */
async function overflow(page: Page) {
	return page.evaluate(() => {
		const width = window.innerWidth;
		const scrollWidth = document.scrollingElement!.scrollWidth;
		const culprits: string[] = [];
		if (scrollWidth > width) {
			for (const el of Array.from(document.querySelectorAll('body *'))) {
				const r = el.getBoundingClientRect();
				if (r.right > width + 1 && r.width > 0) {
					// Skip anything inside a box that scrolls or clips horizontally: that is allowed.
					let clipped = false;
					for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
						const ox = getComputedStyle(p).overflowX;
						if (ox !== 'visible' && p.getBoundingClientRect().right <= width + 1) clipped = true;
					}
					if (!clipped)
						culprits.push(
							`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} right=${Math.round(r.right)}`
						);
				}
			}
		}
		return { width, scrollWidth, culprits: culprits.slice(0, 8) };
	});
}

/** Waits until the page has drawn what it will draw: its heading, no loading messages, and its charts laid out. */
async function settled(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText(/^Loading/)).toHaveCount(0, { timeout: 60_000 });
	await page.waitForTimeout(300);
}

async function expectNoSidewaysScroll(page: Page, name: string) {
	await settled(page);
	const o = await overflow(page);
	expect
		.soft(o.scrollWidth, `${name}: page is ${o.scrollWidth}px wide in a ${o.width}px viewport; sticking out: ${o.culprits.join(', ')}`)
		.toBeLessThanOrEqual(o.width);
}

for (const [label, width] of [
	['a 390px phone', 390],
	['200% zoom of a 1280px window', 640]
] as const) {
	test.describe(`no sideways scrolling on ${label}`, () => {
		test.use({ viewport: { width, height: 800 } });
		test('every section, and a report', async ({ page }) => {
			test.setTimeout(180_000);
			await page.goto(`/?area=${ESSEX}`);
			await expectNoSidewaysScroll(page, 'Overview');
			const nav = page.getByRole('navigation', { name: 'Sections' });
			for (const name of SECTIONS) {
				await nav.getByRole('link', { name, exact: true }).click();
				await expect(page).toHaveURL(new RegExp(`area=${ESSEX}`));
				await expectNoSidewaysScroll(page, name);
			}
			await page.goto(REPORT);
			await expectNoSidewaysScroll(page, 'A report');
		});
	});
}
