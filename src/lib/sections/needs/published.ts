/** What the needs page publishes: its view, and its charts for one LA (every-LA checks; kit/published-section.ts). */
import { NEED_CODES } from '$lib/metrics/needs-published';
import { noSpecs, publishedPart, type PublishedSection } from '../kit/published-section';
import { ccgChart, unmetCharts } from './ccg-unmet-charts';
import { growthCharts } from './growth-charts';
import { needNeighboursChart, needProfileChart } from './published-charts';
import { needsView } from './view';

export const published: PublishedSection = {
	views: [needsView],
	parts: [
		publishedPart({
			id: 'needs',
			title: 'Needs',
			build: async (db, area) => {
				const { comparators, figures } = await needsView.query(db, area.area_code);
				const la = comparators.find((c) => c.role === 'selected');
				if (!la || !figures) return noSpecs();
				const input = { comparators, counts: figures.counts };
				const specs = [
					needProfileChart(input, 'all'),
					needProfileChart(input, 'new'),
					...NEED_CODES.map((need) => needNeighboursChart(input, need)),
					...growthCharts({ comparators, growth: figures.growth }),
					ccgChart(la, figures.ccg),
					...unmetCharts(comparators, figures.unmet)
				];
				return { specs, sentences: [] };
			}
		})
	]
};
