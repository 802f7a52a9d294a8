import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * A report printed to A4 must be a paper a committee accepts: numbered pages, no blank or near-empty page, the
 * footer in the page margin (never over the text). Page text is read with poppler's pdftotext, as a reader would.
 */
const THURROCK_PACK = '/reports/scrutiny-pack/E06000034';

function hasPdftotext(): boolean {
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

test('the Thurrock scrutiny pack prints to A4 with page numbers and no blank or near-empty page', async ({ page }) => {
	// CI must read the pages (scripts/ensure-chromium.sh installs poppler-utils); only a local run may skip.
	test.skip(!hasPdftotext() && !process.env.CI, 'needs pdftotext (poppler-utils) to read the printed pages');
	await page.goto(THURROCK_PACK);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('SEND scrutiny pack: Thurrock');
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'pack.pdf');
	writeFileSync(file, pdf);
	const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
	expect(pages).toBeGreaterThan(3);
	for (let n = 1; n <= pages; n++) {
		const text = execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-']).toString();
		expect(text, `page ${n} is numbered`).toContain(`Page ${n} of ${pages}`);
		expect(text, `page ${n} carries the title`).toContain('SEND scrutiny pack: Thurrock');
		const body = text
			.split('\n')
			.filter((line) => !line.includes(`Page ${n} of ${pages}`))
			.join('\n')
			.replace(/\s+/g, ' ')
			.trim();
		// A page with less than a short paragraph of text is a near-empty page (the cover has the title and contents).
		expect(body.length, `page ${n} of ${pages} is (nearly) empty: "${body.slice(0, 120)}"`).toBeGreaterThan(300);
	}
});

test('a report has a Print button that prints', async ({ page }) => {
	await page.goto(THURROCK_PACK);
	const button = page.getByRole('button', { name: 'Print this report (A4)' });
	await expect(button).toBeVisible();
	await page.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', 'yes');
	});
	await button.click();
	await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});
