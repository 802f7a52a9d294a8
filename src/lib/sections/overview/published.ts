/** What the overview publishes: its view, and its charts for one LA (every-LA checks; kit/published-section.ts). */
import { noSpecs, publishedPart, type PublishedSection } from '../kit/published-section';
import { overviewCharts } from './build-charts';
import { overviewView } from './view';

export const published: PublishedSection = {
	views: [overviewView],
	parts: [
		publishedPart({
			id: 'overview',
			title: 'Overview',
			build: async (db, la) => {
				const { comparators, figures } = await overviewView.query(db, la.area_code);
				return figures ? { specs: overviewCharts({ comparators, series: figures }), sentences: [] } : noSpecs();
			}
		})
	]
};
