import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../../data/lib/node-runner';
import { buildPublishedTables } from '../../../../data/pipeline/build-published';
import { areas } from '../../../../data/pipeline/datasets/areas';
import { MONEY_OUTCOMES_DATASETS } from '../../../../data/pipeline/datasets/money-outcomes-group';
import { statisticalNeighbours } from '../../../../data/pipeline/datasets/statistical-neighbours';
import { RAW_DIR } from '../../../../data/pipeline/test-support';
import { schoolOutcomeCharts } from './school-outcomes-charts';
import { schoolOutcomesView } from './school-outcomes-view';

// The school-outcomes part's specs for Essex, from the view the build prerenders.
describe('school-outcomes chart specs for Essex', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await buildPublishedTables(db.connection, RAW_DIR, [areas, statisticalNeighbours, ...MONEY_OUTCOMES_DATASETS]);
	}, 120_000);
	afterAll(() => db.close());

	it('says Essex’s absence for pupils with an EHC plan and the gap to pupils with no SEN', async () => {
		const { comparators, figures } = await schoolOutcomesView.query(db, 'E10000012');
		const [absence, gap] = schoolOutcomeCharts(figures!, comparators);
		expect(absence!.alt).toContain('Essex, 2022/23: 12.16%');
		expect(gap!.rows).toContainEqual({ series: 'Essex', period: '2022/23', value: 5.56, basis: 'published' });
		expect(gap!.rows.some((r) => String(r.series).startsWith('Median'))).toBe(false);
	});
});
