import { describe, expect, it } from 'vitest';
import { focusFromUrl, selectionFromUrl } from './url-state';

describe('needs view state in the URL', () => {
	it('reads the local selection and the focus need, dropping malformed values', () => {
		const url = new URL('https://x.test/needs?area=E10000012&need=MLD&quadrant=WEST&ccg=%27%3Bdrop&focus=asd');
		expect(selectionFromUrl(url)).toEqual({ need: 'MLD', quadrant: 'WEST' });
		expect(focusFromUrl(url)).toBe('ASD');
		expect(focusFromUrl(new URL('https://x.test/needs?focus=nonsense'))).toBe('MLD');
	});
});
