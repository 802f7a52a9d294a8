import { expect, test } from '@playwright/test';
import { expectNoDataError, trackRequests } from './helpers';

// Published values, end of October 2023, from data/raw/nhs-cyp-health/la_ch_time_series_derived.csv (ICB rows, lines
// 6754–6837) and eng_ch_time_series_derived.csv (lines 38–41): % waiting more than 18 weeks, total waiting, over 52 weeks.
const SERVICES = [
	{
		id: 'speech-and-language-therapy',
		name: 'Speech and language therapy',
		rows: [
			{ icb: 'Mid and South Essex ICB', code: 'QH8', pc: '3%', total: '164', long: '0' },
			{ icb: 'Suffolk and North East Essex ICB', code: 'QJG', pc: '17.6%', total: '841', long: '20' },
			{ icb: 'Hertfordshire and West Essex ICB', code: 'QM7', pc: '40.3%', total: '1,730', long: '69' }
		],
		england: { pc: '39.7%', total: '67,790', long: '4,113' }
	},
	{
		id: 'occupational-therapy',
		name: 'Occupational therapy',
		rows: [
			{ icb: 'Suffolk and North East Essex ICB', code: 'QJG', pc: '8.3%', total: '350', long: '3' },
			{ icb: 'Hertfordshire and West Essex ICB', code: 'QM7', pc: '25.3%', total: '513', long: '4' }
		],
		england: { pc: '37.8%', total: '18,355', long: '1,302' }
	},
	{
		id: 'community-paediatrics',
		name: 'Community paediatrics',
		rows: [
			{ icb: 'Mid and South Essex ICB', code: 'QH8', pc: '52%', total: '2,964', long: '31' },
			{ icb: 'Suffolk and North East Essex ICB', code: 'QJG', pc: '60.7%', total: '3,283', long: '452' },
			{ icb: 'Hertfordshire and West Essex ICB', code: 'QM7', pc: '74.8%', total: '6,209', long: '2,167' }
		],
		england: { pc: '60.2%', total: '83,253', long: '14,033' }
	},
	{
		id: 'audiology',
		name: 'Audiology',
		rows: [
			{ icb: 'Suffolk and North East Essex ICB', code: 'QJG', pc: '0%', total: '562', long: '0' },
			{ icb: 'Hertfordshire and West Essex ICB', code: 'QM7', pc: '73.2%', total: '2,198', long: '299' }
		],
		england: { pc: '26.8%', total: '18,702', long: '661' }
	}
];

test('Essex: its three ICBs’ children’s waits and its sub-ICB locations’ mental health access equal the published figures', async ({
	page,
	context,
	baseURL
}) => {
	const net = await trackRequests(context, baseURL!);
	await page.goto('/waiting-times?area=E10000012');
	const section = page.locator('section.health');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText(/therapy and paediatric waits/, { timeout: 60_000 });
	await expect(section).toContainText('Essex is served by 3 integrated care boards (ICBs): Mid and South Essex ICB (57% of its 2011 LSOAs)', {
		timeout: 60_000
	});
	await expect(section).toContainText('92% of patients wait less than 18 weeks');
	await expect(section).toContainText('Counts are rounded to the nearest 5 and small numbers are suppressed as "*"');
	await expect(section).toContainText('month ends January 2023 – October 2023');
	await expectNoDataError(page);

	for (const s of SERVICES) {
		await expect(section.getByRole('heading', { level: 3, name: s.name, exact: true })).toBeVisible();
		const ranked = section.locator(`figure[data-chart="health-ranked-${s.id}"]`);
		await ranked.getByText('Show the data in a table').click();
		for (const r of s.rows) {
			const cells = ranked.getByRole('row', { name: new RegExp(`^${r.icb}`) }).getByRole('cell');
			await expect(cells.nth(0)).toHaveText(r.code);
			await expect(cells.nth(2)).toHaveText(r.pc);
			await expect(cells.nth(3)).toHaveText(r.total);
			await expect(cells.nth(4)).toHaveText(r.long);
		}
		const england = ranked.getByRole('row', { name: /^England/ }).getByRole('cell');
		await expect(england.nth(2)).toHaveText(s.england.pc);
		await expect(england.nth(3)).toHaveText(s.england.total);
		await expect(england.nth(4)).toHaveText(s.england.long);
		await expect(ranked.getByText(/Source:.*NHS England/)).toBeVisible();
		await expect(section.locator(`figure[data-chart="health-trend-${s.id}"] svg`).first()).toBeVisible();
		await expect(section.locator(`figure[data-chart="health-trend-${s.id}"] div.plot[role="img"]`)).toHaveAttribute(
			'aria-label',
			/England: since January 2023, (worse|better): (up|down) from/
		);
	}
	// Mid and South Essex reported no occupational therapy list for October 2023: "not available", never 0.
	await expect(section).toContainText('Mid and South Essex ICB: the list is not available');

	// MHS95, 12 months to August 2023: prepared_data.Rdata__mentalhealth_ccg.csv, 06Q 3,800 and 07H 2,970.
	const mh = section.locator('figure[data-chart="health-mhs95-trend"]');
	await mh.getByText('Show the data in a table').click();
	await expect(
		mh
			.getByRole('row', { name: /^Mid Essex \(06Q\) August 2023/ })
			.getByRole('cell')
			.last()
	).toHaveText('3,800');
	await expect(
		mh
			.getByRole('row', { name: /^West Essex \(07H\) August 2023/ })
			.getByRole('cell')
			.last()
	).toHaveText('2,970');
	// England (MHSDS time series): 572,912 in the 12 months to March 2021, 689,621 to July 2022.
	await expect(section).toContainText(
		'England: since the 12 months to March 2021, up from 572,912 in the 12 months to March 2021 to 689,621 in the 12 months to July 2022'
	);
	await expect(section.locator('figure[data-chart="health-mhs95-change"] svg').first()).toBeVisible();
	expect(net.requests.some((r) => r.url.endsWith('/views/waiting-times-health/E10000012.json'))).toBe(true);
	net.expectNoOtherOrigin();
});
