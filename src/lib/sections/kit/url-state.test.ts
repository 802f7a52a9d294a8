import { describe, expect, it } from 'vitest';
import { hrefOf, withParams } from './url-state';

describe('view state in the query string', () => {
	it('sets and removes several parameters in one URL, keeping the area, the path and the hash', () => {
		const url = new URL('https://x.test/base/needs?area=E10000012&need=MLD&age=5+to+10#local');
		expect(hrefOf(withParams(url, { need: null, age: null, quadrant: 'WEST' }))).toBe('/base/needs?area=E10000012&quadrant=WEST#local');
		expect(hrefOf(withParams(new URL('https://x.test/base/needs?area=E10000012&need=MLD'), { need: null }))).toBe('/base/needs?area=E10000012');
		expect(hrefOf(withParams(url, { need: 'ASD' }))).toBe('/base/needs?area=E10000012&need=ASD&age=5+to+10#local');
	});

	it('keeps an empty value (an empty choice), unlike null', () => {
		expect(withParams(new URL('https://x.test/waiting-times?area=E10000012'), { ccg: '' }).search).toBe('?area=E10000012&ccg=');
	});

	it('leaves the URL it was given unchanged', () => {
		const url = new URL('https://x.test/exclusions?lyear=2022%2F23');
		withParams(url, { lyear: '2023/24' });
		expect(url.search).toBe('?lyear=2022%2F23');
	});
});
