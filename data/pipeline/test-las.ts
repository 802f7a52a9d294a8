/**
 * Which LAs the every-LA prose tests (sections' every-la.test.ts, notebooks' prose-claims.test.ts) run over:
 * - `PROSE_ALL=1` (`npm run test:every-la`): all 153 current LAs;
 * - `PROSE_LAS=<codes>`: just those, while working on a fix;
 * - otherwise (`npm test`): the LAs whose data are unusual, and every fifth of the rest in code order, so the suite
 *   stays within CI's time. The full run takes about 10 minutes on two cores; run it before changing generated words.
 */
const EDGE_LAS = [
	'E09000001', // City of London: tiny counts, most figures suppressed
	'E06000053', // Isles of Scilly: tiny, often unpublished
	'E10000012', // Essex: the inspection letters' area, several ICBs
	'E06000034', // Thurrock
	'E06000063', // Cumberland: new in 2023, Cumbria's NHS areas
	'E06000064', // Westmorland and Furness
	'E06000060', // Buckinghamshire: one code through an alias
	'E06000061', // North Northamptonshire: new in 2021
	'E06000062', // West Northamptonshire
	'E06000065', // North Yorkshire: 2023 code change
	'E06000066', // Somerset: 2023 code change
	'E06000058', // Bournemouth, Christchurch and Poole: 2019
	'E06000059', // Dorset: 2019
	'E06000017', // Rutland: small
	'E08000025', // Birmingham: large; significance edge
	'E06000037', // West Berkshire: significance edge
	'E09000030', // Tower Hamlets: significance edge
	'E08000010', // Wigan: funnel-limit edge
	'E10000016', // Kent
	'E10000030' // Surrey
];

export const PROSE_ALL = process.env.PROSE_ALL === '1';

export function proseLas<T extends { area_code: string }>(all: readonly T[]): T[] {
	if (PROSE_ALL) return [...all];
	const only = process.env.PROSE_LAS?.split(',');
	if (only) return all.filter((a) => only.includes(a.area_code));
	const sorted = [...all].sort((a, b) => a.area_code.localeCompare(b.area_code));
	return sorted.filter((a, i) => EDGE_LAS.includes(a.area_code) || i % 5 === 0);
}
