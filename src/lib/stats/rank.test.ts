import { describe, expect, it } from 'vitest';
import { competitionRanks, rankLabel } from './rank';

describe('competitionRanks', () => {
	it('gives equal values the same rank and skips the next ("1, =2, =2, 4"), highest first', () => {
		expect(competitionRanks([96, 94, 94, 90]).map(rankLabel)).toEqual(['1', '=2', '=2', '4']);
	});
	it('leaves null unranked, ranks lowest first on request, and one value alone is 1', () => {
		expect(competitionRanks([null, 5, 3], 'asc').map(rankLabel)).toEqual([null, '2', '1']);
		expect(competitionRanks([7]).map(rankLabel)).toEqual(['1']);
		expect(competitionRanks([5, 5]).map(rankLabel)).toEqual(['=1', '=1']);
	});
});
