import { describe, expect, it } from 'vitest';
import { areaFromUrl, areaOfPage, hrefWithArea, pathForArea, resolveArea } from './area-param';

const areas = [
	{ area_code: 'E10000012', area_name: 'Essex' },
	{ area_code: 'E06000034', area_name: 'Thurrock' },
	{ area_code: 'E06000004', area_name: 'Stockton-on-Tees' },
	{ area_code: 'E10000034', area_name: 'Worcestershire' },
	{ area_code: 'E06000023', area_name: 'Bristol, City of' },
	{ area_code: 'E10000032', area_name: 'West Sussex' },
	{ area_code: 'E10000011', area_name: 'East Sussex' }
];

describe('area in the URL', () => {
	it('reads a well-formed code and ignores anything else', () => {
		expect(areaFromUrl(new URL('https://x/?area=e10000012'))).toBe('E10000012');
		expect(areaFromUrl(new URL("https://x/?area=E1'; DROP TABLE areas"))).toBeNull();
		expect(areaFromUrl(new URL('https://x/'))).toBeNull();
	});
	it('builds links that keep the area', () => {
		expect(hrefWithArea('/needs', 'E10000012')).toBe('/needs?area=E10000012');
		expect(hrefWithArea('/needs', null)).toBe('/needs');
	});
});

describe('report pages carry the area in their path', () => {
	it('reads it and switches it', () => {
		expect(areaOfPage(new URL('https://x/reports/scrutiny-pack/E10000012'))).toBe('E10000012');
		expect(pathForArea('/reports/scrutiny-pack/E10000012', 'E06000034')).toBe('/reports/scrutiny-pack/E06000034');
		expect(pathForArea('/needs', 'E06000034')).toBe('/needs?area=E06000034');
	});
});

describe('resolveArea', () => {
	it('finds an LA by name, code, suggestion text or unique start', () => {
		expect(resolveArea('essex', areas).match?.area_code).toBe('E10000012');
		expect(resolveArea('E06000034', areas).match?.area_name).toBe('Thurrock');
		expect(resolveArea('Worcestershire (E10000034)', areas).match?.area_name).toBe('Worcestershire');
		expect(resolveArea('stockton', areas).match?.area_code).toBe('E06000004');
		expect(resolveArea('bristol', areas).match?.area_code).toBe('E06000023');
	});
	it('suggests instead of guessing when several match, and after a typo', () => {
		const sussex = resolveArea('sussex', areas);
		expect(sussex.match).toBeNull();
		expect(sussex.suggestions.map((a) => a.area_name).sort()).toEqual(['East Sussex', 'West Sussex']);
		expect(resolveArea('Esex', areas).suggestions.map((a) => a.area_name)).toContain('Essex');
	});
});
