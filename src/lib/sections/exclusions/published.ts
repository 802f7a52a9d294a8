/**
 * What the exclusions page publishes: its views (exclusions and timeliness; school outcomes by SEN provision), and
 * its charts for one LA (every-LA checks; kit/published-section.ts).
 */
import { noSpecs, publishedPart, type PublishedSection } from '../kit/published-section';
import { exclusionsCharts } from './published-exclusions';
import { schoolOutcomeCharts } from './school-outcomes-charts';
import { schoolOutcomesView } from './school-outcomes-view';
import { timelinessCharts } from './timeliness-charts';
import { exclusionsView } from './view';

export const published: PublishedSection = {
	views: [exclusionsView, schoolOutcomesView],
	parts: [
		publishedPart({
			id: 'exclusions',
			title: 'Exclusions and timeliness',
			build: async (db, la) => {
				const { comparators, figures } = await exclusionsView.query(db, la.area_code);
				if (!figures) return noSpecs();
				const { bySen, trend, series, las, allLas20, reviews, appeals } = figures;
				const excl = exclusionsCharts({ comparators, bySen, trend });
				const timeliness = timelinessCharts({ comparators, series, allLas20, lasByCode: new Map(las.map((a) => [a.area_code, a])), reviews, appeals });
				return { specs: [...excl.bySen, ...excl.ratios, ...excl.trends, ...timeliness], sentences: [] };
			}
		}),
		publishedPart({
			id: 'school-outcomes',
			title: 'Exclusions: absence, children in need and attainment by SEN provision',
			build: async (db, la) => {
				const { comparators, figures } = await schoolOutcomesView.query(db, la.area_code);
				return figures ? { specs: schoolOutcomeCharts(figures, comparators), sentences: [] } : noSpecs();
			}
		})
	]
};
