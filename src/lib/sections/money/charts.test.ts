import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../../data/lib/node-runner';
import { buildPublishedTables } from '../../../../data/pipeline/build-published';
import { areas } from '../../../../data/pipeline/datasets/areas';
import { MONEY_OUTCOMES_DATASETS } from '../../../../data/pipeline/datasets/money-outcomes-group';
import { statisticalNeighbours } from '../../../../data/pipeline/datasets/statistical-neighbours';
import { RAW_DIR } from '../../../../data/pipeline/test-support';
import { moneyCharts } from './charts';
import { moneyView } from './view';

// The Money page's specs for Essex, from the views the build prerenders.
describe('Money chart specs for Essex', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await buildPublishedTables(db.connection, RAW_DIR, [areas, statisticalNeighbours, ...MONEY_OUTCOMES_DATASETS]);
	}, 120_000);
	afterAll(() => db.close());

	it('says Essex’s DSG balance, the published England figure and the direction with its polarity', async () => {
		const { comparators, figures } = await moneyView.query(db, 'E10000012');
		const [dsg, state, independent] = moneyCharts(figures!, comparators);
		expect(dsg!.title).toBe('DSG cumulative balance as a % of DSG income: Essex, 2019-20 to 2021-22');
		expect(dsg!.alt).toContain('Essex, 2021-22: 0.53%, above England (-2.26%).');
		expect(dsg!.alt).toContain('better: up from -0.49% in 2019-20 to 0.53% in 2021-22');
		expect(dsg!.rows).toContainEqual({ series: 'East of England', period: '2021-22', value: -1.36, basis: 'published' });
		expect(state!.rows).toContainEqual(
			expect.objectContaining({ series: 'East of England (median of the region’s LAs)', period: '2021-22', basis: 'median of 11 LAs' })
		);
		expect(state!.alt).toContain('Essex, 2021-22: £134');
		expect(independent!.notes[0]).toContain('context, not a verdict');
	});
});
