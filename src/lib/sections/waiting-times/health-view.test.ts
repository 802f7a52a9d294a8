import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../../data/lib/node-runner';
import { buildPublishedTables } from '../../../../data/pipeline/build-published';
import { areas } from '../../../../data/pipeline/datasets/areas';
import { NHS_DATASETS } from '../../../../data/pipeline/datasets/nhs-group';
import { RAW_DIR } from '../../../../data/pipeline/test-support';
import { ALL_AREAS } from '$lib/published-views/view';
import { healthRankedSpec, healthSentences, healthTrendSpec, accessChangeSpec, type HealthInput } from './health-charts';
import { healthBaseView, healthLaView } from './health-view';

// Expected values from data/raw/nhs-cyp-health/ (see the pipeline tests for the lines).
describe('the health part of Waiting times, for Essex, over the real published data', () => {
	let db: NodeRunner;
	let input: HealthInput;
	beforeAll(async () => {
		db = await createNodeRunner();
		await buildPublishedTables(db.connection, RAW_DIR, [areas, ...NHS_DATASETS]);
		const [base, la] = await Promise.all([healthBaseView.query(db, ALL_AREAS), healthLaView.query(db, 'E10000012')]);
		input = { base, la, laName: 'Essex', autismEntry: undefined };
	});
	afterAll(() => db.close());

	it('keeps the prerendered files small: the site file once, each LA file with only its own areas', () => {
		expect(JSON.stringify(input.base).length).toBeLessThan(150_000);
		// About 110 KB for Essex (three ICBs × 4 services × 4 measures × 10 months, five sub-ICB series).
		expect(JSON.stringify(input.la).length).toBeLessThan(150_000);
		expect(input.base.periods.at(-1)).toBe('2023-10');
		expect(new Set(input.base.latest.map((c) => c.area_code)).size).toBe(43);
		expect(input.la.icbs.map((i) => i.code)).toEqual(['QH8', 'QJG', 'QM7']);
	});

	it('ranks Essex’s ICBs among every ICB on the published % over 18 weeks, October 2023 (speech and language therapy)', () => {
		const spec = healthRankedSpec(input, 'Speech and language therapy');
		const row = (code: string) => spec.rows.find((r) => r.code === code)!;
		// QM7 40.289…%, QJG 17.598…%, QH8 3.048…% (la_ch_time_series_derived.csv lines 6757, 6837, 6781).
		expect([row('QM7').pc, row('QJG').pc, row('QH8').pc]).toEqual([40.2890173410405, 17.5980975029727, 3.04878048780488]);
		const higher = (v: number) => spec.rows.filter((r) => r.code !== null && typeof r.pc === 'number' && Math.round(r.pc * 10) / 10 > v).length;
		expect(row('QM7').rank).toBe(String(1 + higher(40.3)));
		expect(spec.title).toContain(`Hertfordshire and West Essex ICB 40.3% (ranked ${row('QM7').rank})`);
		expect(spec.title).toContain('England 39.7%');
	});

	it('says the direction of travel with its polarity, and not-available months as such', () => {
		const trend = healthTrendSpec(input, 'Occupational therapy');
		expect(trend.title).toContain('Mid and South Essex ICB not available');
		// England OT: 32.75% in January 2023 (eng file line 4) to 37.78% in October 2023 (line 40): worse, lower is better.
		expect(trend.alt).toContain('England: since January 2023, worse: up from 32.8% in January 2023 to 37.8% in October 2023');
		expect(trend.alt).toContain('Lower is better.');
	});

	it('compares MHS95 change with England’s over the span England is published for', () => {
		const spec = accessChangeSpec(input)!;
		// England 572,912 → 689,621: +20.4%; Mid Essex (06Q) 2,865 → 3,540: +23.6%.
		expect(spec.title).toContain('England +20.4%');
		expect(spec.rows.find((r) => r.code === '06Q')).toMatchObject({ from: 2865, to: 3540, change: 23.6 });
		const sentences = healthSentences(input);
		expect(sentences[0]).toBe(
			'Essex is served by 3 integrated care boards (ICBs): Mid and South Essex ICB (57% of its 2011 LSOAs), Suffolk and North East Essex ICB (22% of its 2011 LSOAs) and Hertfordshire and West Essex ICB (20% of its 2011 LSOAs).'
		);
		expect(sentences.join(' ')).toContain(
			'Speech and language therapy, end of October 2023: Mid and South Essex ICB: 164 children waiting, 5 over 18 weeks (3.0%), 0 over 52 weeks'
		);
	});
});
