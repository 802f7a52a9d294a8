import { describe, expect, it } from 'vitest';
import { focusFromUrl, selectionFromUrl, withParam, withParams } from './url-state';

describe('needs view state in the URL', () => {
	it('reads the local selection and the focus need, dropping malformed values', () => {
		const url = new URL('https://x.test/needs?area=E10000012&need=MLD&quadrant=WEST&ccg=%27%3Bdrop&focus=asd');
		expect(selectionFromUrl(url)).toEqual({ need: 'MLD', quadrant: 'WEST' });
		expect(focusFromUrl(url)).toBe('ASD');
		expect(focusFromUrl(new URL('https://x.test/needs?focus=nonsense'))).toBe('MLD');
	});

	it('sets or removes one parameter and keeps the area', () => {
		const url = new URL('https://x.test/base/needs?area=E10000012&need=MLD');
		expect(withParam(url, 'quadrant', 'WEST')).toBe('/base/needs?area=E10000012&need=MLD&quadrant=WEST');
		expect(withParam(url, 'need', null)).toBe('/base/needs?area=E10000012');
		expect(withParams(new URL('https://x.test/needs?area=E1&need=MLD&age=5+to+10'), { need: null, age: null })).toBe('/needs?area=E1');
	});
});
