/** What the area profile publishes: its views, and its chart and sentences for one LA (every-LA checks; kit/published-section.ts). */
import { ALL_AREAS } from '$lib/published-views/view';
import { noSpecs, publishedPart, type PublishedSection } from '../kit/published-section';
import { profileSpec } from './charts';
import { areaProfile } from './profile';
import { profileBaseView, profileView } from './view';
import { travelSummary } from './words';

export const published: PublishedSection = {
	views: [profileBaseView, profileView],
	parts: [
		publishedPart({
			id: 'profile',
			title: 'Area profile',
			base: (db) => profileBaseView.query(db, ALL_AREAS),
			build: async (db, area, base) => {
				const { comparators, figures } = await profileView.query(db, area.area_code);
				const la = comparators.find((c) => c.role === 'selected');
				if (!la || !figures) return noSpecs();
				const rows = areaProfile(base, figures);
				// The page prints the band sentence (the spec's title) and the travel summary, and each row's direction.
				return { specs: [profileSpec({ name: la.area_name, rows })], sentences: [travelSummary(rows), ...rows.map((r) => r.directionText)] };
			}
		})
	]
};
