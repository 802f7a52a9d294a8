import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { stripMarkLabels } from './accessible';
import { drawAtWidth } from './frame';
import { CHART_CASES } from './testing/fixtures';

/**
 * Golden SVGs (Observable Plot's own snapshot pattern): every chart function, drawn in Node at a phone's width
 * (390px) and a desktop card's (1100px), must equal its committed SVG in __golden__/. After an intended change,
 * update them with `npm run test:golden:update` (vitest -u) and review the diff, or look at them in a browser.
 * Plot numbers clip paths and markers with a counter; that is normalised so only the drawing is compared.
 */
const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;

describe.each([390, 1100])('chart goldens at %ipx', (width) => {
	it.each(CHART_CASES.map((c) => [`${c.chart}-${c.fixture}`, c] as const))('%s', async (name, chartCase) => {
		const svg = stripMarkLabels(drawAtWidth(width, () => chartCase.draw(document))).outerHTML.replace(/plot-(clip|marker|pattern)-\d+/g, 'plot-$1');
		expect(svg).toContain(`width="${width}"`);
		await expect(svg).toMatchFileSnapshot(`./__golden__/${name}-${width}.svg`);
	});
});
