import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, stateFromUrl, urlWithState } from './view-state';

describe('waiting-times state in the URL', () => {
	it('reads chosen CCGs, measure, age and band, and ignores malformed values', () => {
		const s = stateFromUrl(
			new URL("https://x/waiting-times?area=E10000012&ccg=06q,99E,bad'code,99E&measure=after_13w&age=0+to+17&band=18+to+24&view=local&wait=outcome")
		);
		expect(s).toEqual({ view: 'local', ccgs: ['06Q', '99E'], measure: 'after_13w', age: '0 to 17', band: '18 to 24', wait: 'outcome' });
		expect(stateFromUrl(new URL('https://x/?measure=drop&age=99&view=x'))).toEqual(DEFAULT_STATE);
	});
	it('writes only what differs from the defaults and keeps the area', () => {
		const url = urlWithState(new URL('https://x/waiting-times?area=E10000012'), { ...DEFAULT_STATE, ccgs: ['06Q', '07H'], band: '10 to 17' });
		expect(url.search).toBe('?area=E10000012&ccg=06Q%2C07H&band=10+to+17');
		expect(stateFromUrl(url).ccgs).toEqual(['06Q', '07H']);
	});
});
