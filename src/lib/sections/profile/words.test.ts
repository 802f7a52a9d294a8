import { describe, expect, it } from 'vitest';
import type { ProfileRow } from './model';
import { bandSentence, travelSummary } from './words';

const row = (band: ProfileRow['band'], polarity: ProfileRow['polarity'], direction: ProfileRow['direction'] = 'unknown') =>
	({ band, polarity, direction }) as ProfileRow;

describe('the profile’s sentences', () => {
	it('counts bands with plurals, "none" for zero, and says why the rest have none', () => {
		const rows = [row('A', 'higher-better', 'better'), row('B', 'lower-better', 'worse'), row(null, 'none', 'up'), row(null, 'lower-better')];
		expect(bandSentence('Essex', rows)).toBe(
			'Essex is in the best quarter of LAs (band A) on 1 of the 2 indicators with a band and in the worst quarter (band D) on none. No band is given to 1 indicator where neither higher nor lower is better in itself and 1 indicator with no figure for Essex in the latest year.'
		);
		expect(travelSummary(rows)).toBe(
			"Since each indicator's first published year, 1 of the 3 indicators where higher or lower is better has got better and 1 worse; the other has not changed as shown, or cannot be compared."
		);
	});
	it('speaks of one banded indicator as one, and of none', () => {
		expect(bandSentence('Rutland', [row('D', 'higher-better', 'worse')])).toBe(
			'Rutland is in the best quarter of LAs (band A) on none of the one indicator with a band and in the worst quarter (band D) on 1.'
		);
		expect(bandSentence('Rutland', [row(null, 'none'), row(null, 'none')])).toBe(
			'None of the 2 indicators has a quartile band for Rutland. No band is given to 2 indicators where neither higher nor lower is better in itself.'
		);
		expect(travelSummary([row(null, 'none')])).toBe('No indicator has a better or worse direction.');
		expect(travelSummary([row('A', 'higher-better', 'better'), row('A', 'higher-better', 'better')])).toBe(
			"Since each indicator's first published year, 2 of the 2 indicators where higher or lower is better have got better and none worse."
		);
	});
});
