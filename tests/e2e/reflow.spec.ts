import { expect, test, type Page } from '@playwright/test';

/**
 * WCAG 1.4.10 Reflow: no page scrolls sideways on a 390px phone, nor at 200% zoom of a 1280px window (a 640px-wide
 * CSS viewport). Wide content (tables, charts) may scroll inside its own box; the page itself must not.
 */
const ESSEX = 'E10000012';
const PAGES = [
	['Overview', `/?area=${ESSEX}`],
	['Needs', `/needs?area=${ESSEX}`],
	['Waiting times', `/waiting-times?area=${ESSEX}`],
	['19–25', `/post-19?area=${ESSEX}`],
	['Exclusions', `/exclusions?area=${ESSEX}`],
	['Your data', `/your-data?area=${ESSEX}`],
	['About the data', `/about-data?area=${ESSEX}`],
	['Reports list', `/reports?area=${ESSEX}`],
	['A report', `/reports/scrutiny-pack/${ESSEX}`]
] as const;

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

for (const [label, width] of [
	['a 390px phone', 390],
	['200% zoom of a 1280px window', 640]
] as const) {
	test.describe(`no sideways scrolling on ${label}`, () => {
		test.use({ viewport: { width, height: 800 } });
		for (const [name, path] of PAGES) {
			test(`${name}`, async ({ page }) => {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				// Let the published charts draw (they come from prerendered JSON) before measuring.
				await page.waitForLoadState('networkidle');
				await page.waitForTimeout(500);
				const o = await overflow(page);
				expect(o.scrollWidth, `page is ${o.scrollWidth}px wide in a ${o.width}px viewport; sticking out: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(
					o.width
				);
			});
		}
	});
}
