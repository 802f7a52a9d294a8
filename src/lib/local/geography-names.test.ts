import { afterEach, describe, expect, it } from 'vitest';
import { geographyName, setNhsAreaNames, useSyntheticNames } from './geography-names';

afterEach(() => {
	useSyntheticNames(true);
	setNhsAreaNames(new Map());
});

describe('geographyName', () => {
	it('names the synthetic county’s codes while the synthetic extract is in use', () => {
		expect(geographyName('quadrant', 'NORTH')).toBe('North (synthetic)');
		expect(geographyName('ccg', 'SYN01')).toBe('Northmoor Coast CCG (synthetic)');
		expect(geographyName('locality', 'L10')).toBe('Northmoor City (synthetic)');
	});

	it('never gives a user’s codes the synthetic names, even where the codes coincide', () => {
		useSyntheticNames(false);
		expect(geographyName('quadrant', 'NORTH')).toBe('NORTH');
		expect(geographyName('locality', 'L10')).toBe('L10');
		expect(geographyName('ccg', 'SYN01')).toBe('SYN01');
	});

	it('names a user’s CCG / sub-ICB codes from the NHS lookup, keeping the code', () => {
		useSyntheticNames(false);
		setNhsAreaNames(new Map([['06Q', 'NHS Mid and South Essex ICB - 06Q']]));
		expect(geographyName('ccg', '06Q')).toBe('NHS Mid and South Essex ICB - 06Q (06Q)');
		expect(geographyName('ccg', 'ZZ9')).toBe('ZZ9');
	});
});
