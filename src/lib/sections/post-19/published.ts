/** What the 19–25 page publishes: its view, and its charts for one LA (every-LA checks; kit/published-section.ts). */
import { noSpecs, publishedPart, type PublishedSection } from '../kit/published-section';
import { post19PublishedCharts } from './index';
import { post19View } from './view';

export const published: PublishedSection = {
	views: [post19View],
	parts: [
		publishedPart({
			id: 'post-19',
			title: '19–25',
			build: async (db, la) => {
				const { comparators, figures } = await post19View.query(db, la.area_code);
				return figures ? { specs: post19PublishedCharts({ comparators, data: figures }), sentences: [] } : noSpecs();
			}
		})
	]
};
