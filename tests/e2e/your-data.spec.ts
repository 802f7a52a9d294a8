import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoDataError, trackRequests } from './helpers';

const ASD_HEAD = 'referral_id,ccg_code,quadrant_code,locality_code,sex,age_at_referral,referral_date,first_contact_date,outcome_date,outcome';

/** A valid asd_referrals file of `n` rows; every id carries `marker` so a leak would be findable. */
function asdCsv(n: number, marker = 'ZQX'): string {
	const rows = [ASD_HEAD];
	for (let i = 1; i <= n; i++)
		rows.push(
			`${marker}-${i},06Q,NORTH,L0${(i % 3) + 1},${i % 2 ? 'M' : 'F'},${5 + (i % 10)},2024-01-${String((i % 28) + 1).padStart(2, '0')},2024-03-01,${i % 4 ? '2024-09-01,DIAGNOSED' : ','}`
		);
	return rows.join('\n') + '\n';
}

async function upload(page: Page, name: string, body: string | Buffer) {
	await page.locator('#extract-files').setInputFiles({ name, mimeType: 'text/csv', buffer: typeof body === 'string' ? Buffer.from(body) : body });
}

const lastResult = (page: Page) => page.getByTestId('upload-result').last();

async function openYourData(page: Page) {
	await page.goto('/your-data');
	await expect(page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]')).not.toHaveText('loading…', { timeout: 60_000 });
}

test('a valid extract replaces the local tables, with a banner and a way back; no request carries the data', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	await openYourData(page);
	const syntheticRows = await page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]').innerText();
	await expect(page.getByTestId('extract-banner')).toContainText('synthetic extract');

	const before = net.requests.length;
	await upload(page, 'asd_referrals.csv', asdCsv(40));
	await expect(lastResult(page).getByTestId('file-message')).toHaveText('Loaded 40 rows into local_asd_referrals.');
	await expect(page.getByTestId('extract-banner')).toContainText('Using your extract');
	await expect(page.getByTestId('extract-banner')).toContainText('asd_referrals from asd_referrals.csv (40 rows)');
	await expect(page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]')).toHaveText('40');
	// Tables the user has not loaded are emptied, not left synthetic.
	await expect(page.locator('tr[data-table="local_ehc_plans"] [data-duckdb-rows]')).toHaveText('0');

	// Every request made during the load stays on the site, and none carries the file's content.
	const during = net.requests.slice(before);
	net.expectNoOtherOrigin();
	expect(during.filter((r) => r.method !== 'GET')).toEqual([]);
	expect(during.filter((r) => r.url.includes('ZQX'))).toEqual([]);

	// The banner stays on other sections; going back restores the synthetic extract.
	await page.getByRole('link', { name: 'About the data' }).first().click();
	await expect(page.getByTestId('extract-banner')).toContainText('Using your extract');
	await page.getByRole('button', { name: 'Go back to the example extract' }).click();
	await expect(page.getByTestId('extract-banner')).toContainText('synthetic extract about a fictional county');
	await page.goto('/your-data');
	await expect(page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]')).toHaveText(syntheticRows, { timeout: 60_000 });
	await expectNoDataError(page);
});

test('bad files each get their own message and the app keeps working', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	await openYourData(page);
	const cases: [string, string | Buffer, RegExp][] = [
		['empty.csv', '', /The file is empty \(0 bytes\)/],
		['blank.csv', '\n\n  \n', /no content/],
		['asd_referrals.csv', `${ASD_HEAD}\n`, /heading row \(10 columns\) but no rows of data/],
		['photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]), /not a text file/],
		['workbook.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]), /Excel workbook/],
		['asd_referrals.csv', `${ASD_HEAD}\nR1,06Q,NORTH,L01,M,7,2024-01-10,,,,EXTRA\n`, /different number of values/],
		[
			'asd_referrals.csv',
			`${ASD_HEAD},patient_ref\n${asdCsv(3)
				.split('\n')
				.slice(1, 4)
				.map((r, i) => `${r},${['9434765919', '4010232137', '9434765919'][i]}`)
				.join('\n')}\n`,
			/direct identifiers[\s\S]*patient_ref[\s\S]*NHS numbers/
		]
	];
	for (const [name, body, message] of cases) {
		await upload(page, name, body);
		await expect(lastResult(page).getByTestId('file-message')).toContainText(message);
	}
	// Validation errors: grouped by column and kind, with row, value and what was expected; then load without them.
	await upload(
		page,
		'asd_referrals.csv',
		`${ASD_HEAD}\nR1,06Q,NORTH,L01,M,7,2024-03-01,2024-02-01,,\nR2,06Q,NORTH,L01,M,7,2024-02-30,,,\nR3,06Q,NORTH,L01,X,7,2024-01-10,,,\nR3,06Q,NORTH,L01,M,7,2024-01-10,,,\nR5,06Q,NORTH,L01,M,7,2024-01-10,,,\n`
	);
	const errors = lastResult(page);
	await expect(errors.getByTestId('file-message')).toContainText('4 of 5 rows fail the checks');
	await expect(errors.locator('tr[data-kind="date_order"]')).toContainText('row 2: “2024-02-01 is before 2024-03-01”');
	await expect(errors.locator('tr[data-kind="bad_date"]')).toContainText('row 3: “2024-02-30”');
	await expect(errors.locator('tr[data-kind="unknown_code"]')).toContainText('one of M, F, U');
	await expect(errors.locator('tr[data-kind="duplicate_id"]')).toContainText('row 5: “R3 (first seen in row 4)”');
	await errors.getByRole('button', { name: 'Load 1 row that passed, leaving out 4' }).click();
	await expect(errors.getByTestId('file-message')).toHaveText('Loaded 1 row into local_asd_referrals, leaving out 4 rows that failed the checks.');

	// A CCG code of the right shape that the NHS lookup does not know is refused, with its row.
	await upload(page, 'asd_referrals.csv', `${ASD_HEAD}\nR1,06Q,NORTH,L01,M,7,2024-01-10,,,\nR2,ZZZ,NORTH,L01,M,7,2024-01-10,,,\n`);
	await expect(lastResult(page).locator('tr[data-kind="unknown_code"]')).toContainText('row 3: “ZZZ”');
	await expect(lastResult(page).locator('tr[data-kind="unknown_code"]')).toContainText('sub-ICB location or former CCG');

	// A later bad file leaves the loaded table as it was.
	await upload(page, 'asd_referrals.csv', '');
	await expect(page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]')).toHaveText('1');
	net.expectNoOtherOrigin();
	await expectNoDataError(page);
});

test('encodings, delimiters, quoted newlines and column mapping', async ({ page }) => {
	await openYourData(page);
	// Windows-1252: "é" is byte 0xE9; the provider name must arrive intact, not garbled.
	const head = 'academic_year;provider_code;provider_name;quadrant_code;provision_type;age_from;age_to;need_focus;places';
	const w1252 = Buffer.concat([
		Buffer.from(`${head}\n2024/25;P1;"Caf`),
		Buffer.from([0xe9]),
		Buffer.from(` College\nNorth site";NORTH;GENERAL_FE;16;19;MIXED;40\n`)
	]);
	await upload(page, 'post16_places.csv', w1252);
	await expect(lastResult(page)).toContainText('Read as Windows-1252 (converted to UTF-8), semicolon-separated');
	await expect(lastResult(page).getByTestId('file-message')).toHaveText('Loaded 1 row into local_post16_places.');

	// UTF-8 with BOM, tab-separated.
	await upload(page, 'asd_referrals.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(asdCsv(12).replaceAll(',', '\t'))]));
	await expect(lastResult(page)).toContainText('Read as UTF-8, tab-separated');
	await expect(lastResult(page).getByTestId('file-message')).toHaveText('Loaded 12 rows into local_asd_referrals.');

	// A near-miss heading: "did you mean", map it once, and the mapping is reused for the next file.
	const renamed = asdCsv(5).replace('referral_date', 'Date Referred');
	await upload(page, 'asd_referrals.csv', renamed);
	const mapping = lastResult(page);
	await expect(mapping.getByTestId('file-message')).toContainText('Required columns are missing');
	await mapping.getByLabel(/referral_date \(required\)/).selectOption('Date Referred');
	await mapping.getByRole('button', { name: 'Check again with these columns' }).click();
	await expect(mapping.getByTestId('file-message')).toHaveText('Loaded 5 rows into local_asd_referrals.');
	await upload(page, 'asd_referrals.csv', renamed);
	await expect(lastResult(page).getByTestId('file-message')).toHaveText('Loaded 5 rows into local_asd_referrals.');
	await expectNoDataError(page);
});

test('a Parquet extract loads through the same checks', async ({ page, context, baseURL }) => {
	const net = await trackRequests(context, baseURL!);
	// Written by DuckDB in Node (zstd-compressed, with DATE columns), as an area's pipeline might.
	const { DuckDBInstance } = await import('@duckdb/node-api');
	const path = join(mkdtempSync(join(tmpdir(), 'e2e-parquet-')), 'asd_referrals.parquet');
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	await conn.run(
		`COPY (SELECT 'PQ-' || i AS referral_id, '06Q' AS ccg_code, 'NORTH' AS quadrant_code, 'L01' AS locality_code, 'F' AS sex, 9 AS age_at_referral, DATE '2024-01-01' + i::INTEGER AS referral_date, NULL::DATE AS first_contact_date, NULL::DATE AS outcome_date, NULL AS outcome FROM range(1, 31) t(i)) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`
	);
	conn.closeSync();
	instance.closeSync();
	await openYourData(page);
	await page.locator('#extract-files').setInputFiles(path);
	await expect(lastResult(page)).toContainText('Read as Parquet: 30 rows, 10 columns');
	await expect(lastResult(page).getByTestId('file-message')).toHaveText('Loaded 30 rows into local_asd_referrals.');
	await expect(page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]')).toHaveText('30');
	net.expectNoOtherOrigin();
});

test('"keep in this browser" stores the files locally, reloads them after a page load, and clears in one click', async ({ page }) => {
	await openYourData(page);
	await page.getByLabel(/Keep the files I load in this browser/).check();
	await upload(page, 'asd_referrals.csv', asdCsv(7));
	await expect(lastResult(page).getByTestId('file-message')).toHaveText('Loaded 7 rows into local_asd_referrals.');
	await expect(page.getByTestId('kept-files')).toContainText('asd_referrals.csv (asd_referrals)');

	await openYourData(page); // a fresh page: the synthetic extract again, with the kept file offered
	await expect(page.getByTestId('extract-banner')).toContainText('synthetic extract');
	await page.getByRole('button', { name: 'Load kept files again' }).click();
	await expect(lastResult(page).getByTestId('file-message')).toHaveText('Loaded 7 rows into local_asd_referrals.');
	await expect(page.getByTestId('extract-banner')).toContainText('Using your extract');

	await page.getByRole('button', { name: 'Delete kept files from this browser' }).click();
	await expect(page.getByText('The files kept in this browser have been deleted')).toBeVisible();
	await expect(page.getByTestId('kept-files')).toHaveCount(0);
});

test('an NHS number inside a free-text column is refused, naming column and row, and nothing is loaded or kept', async ({ page }) => {
	await openYourData(page);
	const syntheticRows = await page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]').innerText();
	await page.getByLabel(/Keep the files I load in this browser/).check();
	const rows = asdCsv(300)
		.trimEnd()
		.split('\n')
		.map((r, i) => `${r},${i === 0 ? 'notes' : i === 250 ? '"seen with mum; NHS no 943 476 5919"' : 'seen at clinic'}`);
	await upload(page, 'asd_referrals.csv', rows.join('\n') + '\n');
	const message = lastResult(page).getByTestId('file-message');
	await expect(message).toContainText('Refused: this file contains direct identifiers');
	await expect(message).toContainText('Column “notes”, row 251: It holds NHS numbers');
	// Nothing loaded (the synthetic table is untouched) and nothing kept in IndexedDB.
	await expect(page.getByTestId('extract-banner')).toContainText('synthetic extract');
	await expect(page.locator('tr[data-table="local_asd_referrals"] [data-duckdb-rows]')).toHaveText(syntheticRows);
	const kept = await page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const req = indexedDB.open('send-dashboard-your-data', 1);
				req.onupgradeneeded = () => req.result.createObjectStore('files', { keyPath: 'table' });
				req.onsuccess = () => {
					const all = req.result.transaction('files').objectStore('files').getAll();
					all.onsuccess = () => resolve(all.result.length);
					all.onerror = () => reject(all.error);
				};
				req.onerror = () => reject(req.error);
			})
	);
	expect(kept).toBe(0);
	await expect(page.getByTestId('kept-files')).toHaveCount(0);
});

test('the full data contract is a page of the site, generated from the contract, with example files that load', async ({ page, request }) => {
	const { LOCAL_TABLES, CODE_LISTS } = await import('../../src/lib/local/contract');
	await openYourData(page);
	await page.getByRole('link', { name: 'The full data contract' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data contract: the local record-level extract');
	const contract = page.getByTestId('contract');
	for (const t of LOCAL_TABLES) {
		await expect(contract.getByRole('heading', { level: 2, name: `${t.title}: ${t.name}.csv`, exact: true })).toBeVisible();
		for (const c of t.columns) await expect(contract.locator('td code', { hasText: new RegExp(`^${c.name}$`) }).first()).toBeAttached();
	}
	for (const id of Object.keys(CODE_LISTS)) await expect(contract.getByRole('heading', { level: 3, name: `Code list: ${id}`, exact: true })).toBeVisible();
	await expect(contract).toContainText('An open referral (still waiting) has outcome_date and outcome both empty');
	// The example referrals file holds open referrals and loads as it is.
	const href = await page.getByRole('link', { name: 'example for asd_referrals' }).getAttribute('href');
	const body = await (await request.get(href!)).text();
	expect(body.split('\n').filter((l) => /,,$/.test(l)).length).toBeGreaterThanOrEqual(3);
	await openYourData(page);
	await upload(page, 'asd_referrals.csv', body);
	await expect(lastResult(page).getByTestId('file-message')).toHaveText(/^Loaded \d+ rows into local_asd_referrals\.$/);
});
