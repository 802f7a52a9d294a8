/**
 * What the waiting-times page publishes: its views (site-wide and per LA, for autism waits and for the other health
 * waits), and its charts for one LA (every-LA checks; kit/published-section.ts).
 */
import type { ChartSpec } from '$lib/charts/spec';
import { SERIES_BANDS, SNAPSHOT_AGES } from '$lib/metrics/autism-waits';
import { ALL_AREAS } from '$lib/published-views/view';
import { publishedPart, type PublishedSection } from '../kit/published-section';
import { healthSentences, healthSpecs } from './health-charts';
import { healthBaseView, healthLaView } from './health-view';
import { funnelSpec, rankedChart, sideBySideSpec, trendSpec } from './published-charts';
import { WAIT_MEASURES } from './published-rows';
import { waitsBaseView, waitsLaView } from './view';

export const published: PublishedSection = {
	views: [waitsBaseView, waitsLaView, healthBaseView, healthLaView],
	parts: [
		publishedPart({
			id: 'waiting-times',
			title: 'Waiting times',
			// An LA whose sub-ICB locations publish no snapshot has no autism-waits chart.
			mayBeEmpty: true,
			base: (db) => waitsBaseView.query(db, ALL_AREAS),
			build: async (db, la, base) => {
				const { laCodes, laSeries } = await waitsLaView.query(db, la.area_code);
				if (!base.snapshot) return { specs: [], sentences: [] };
				const input = {
					period: base.snapshot.period,
					cells: base.snapshot.cells,
					areas: base.subIcbs,
					chosen: laCodes,
					chosenLabel: `${la.area_name}'s sub-ICB location${laCodes.length === 1 ? '' : 's'}`,
					entry: undefined
				};
				const specs: ChartSpec[] = [];
				for (const age of SNAPSHOT_AGES) {
					if (laCodes.length > 0) specs.push(sideBySideSpec(input, age));
					for (const m of WAIT_MEASURES) {
						specs.push(rankedChart(input, m, age));
						const funnel = funnelSpec(input, m, age);
						if (funnel) specs.push(funnel);
					}
				}
				if (laCodes.length > 0) for (const band of SERIES_BANDS) specs.push(trendSpec(input, laSeries, band));
				return { specs, sentences: [] };
			}
		}),
		publishedPart({
			id: 'health-waits',
			title: 'Waiting times: health waits and mental health access',
			base: (db) => healthBaseView.query(db, ALL_AREAS),
			build: async (db, area, base) => {
				const la = await healthLaView.query(db, area.area_code);
				const input = { base, la, laName: area.area_name, autismEntry: undefined };
				return { specs: healthSpecs(input), sentences: healthSentences(input) };
			}
		})
	]
};
