/** What the money page publishes: its view, and its charts for one LA (every-LA checks; kit/published-section.ts). */
import { noSpecs, publishedPart, type PublishedSection } from '../kit/published-section';
import { moneyCharts } from './charts';
import { moneyView } from './view';

export const published: PublishedSection = {
	views: [moneyView],
	parts: [
		publishedPart({
			id: 'money',
			title: 'Money',
			build: async (db, la) => {
				const { comparators, figures } = await moneyView.query(db, la.area_code);
				return figures ? { specs: moneyCharts(figures, comparators), sentences: [] } : noSpecs();
			}
		})
	]
};
