import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { drawAtWidth } from './frame';
import { CHART_CASES } from './testing/fixtures';
import { clippedText, overlappingText, textBoxes, unfilledText } from './testing/text-boxes';

/** Every chart, at a phone's width and a desktop card's: all text inside the SVG, no two labels on top of each other. */
const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
const svgOf = (el: Element) => (el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg')!);
const show = (boxes: { text: string }[]) => boxes.map((b) => b.text);

describe.each([390, 1100])('charts drawn %ipx wide', (width) => {
	const drawn = CHART_CASES.map((c) => ({ name: `${c.chart}-${c.fixture}`, el: drawAtWidth(width, () => c.draw(document)) }));

	it.each(drawn.map((d) => [d.name, d] as const))('%s: fills the width it is given and clips no text', (_, { el }) => {
		const svg = svgOf(el);
		expect(svg.getAttribute('width')).toBe(String(width));
		expect(show(clippedText(svg))).toEqual([]);
		expect(unfilledText(svg)).toEqual([]);
	});

	it.each(drawn.map((d) => [d.name, d] as const))('%s: no two labels overlap', (_, { el }) => {
		expect(overlappingText(svgOf(el)).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([]);
	});

	it.each(drawn.map((d) => [d.name, d] as const))('%s: no text smaller than 12px', (_, { el }) => {
		const sizes = [...svgOf(el).querySelectorAll('[style*="font-size"], [font-size]')].map((n) =>
			parseFloat(n.getAttribute('font-size') ?? /font-size:\s*([\d.]+)/.exec(n.getAttribute('style') ?? '')?.[1] ?? '99')
		);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
	});
});

describe('the text-box estimate the layout tests rely on', () => {
	it('finds a label pushed past the right edge, and two labels drawn on the same spot', () => {
		const { document: doc } = new JSDOM(
			'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50" style="font-size: 12px"><g text-anchor="start"><text transform="translate(80,20)" y="0.32em">Essex 94%</text><text transform="translate(10,20)" y="0.32em">Kent</text><text transform="translate(12,21)" y="0.32em">Kent</text></g></svg>'
		).window;
		const svg = doc.querySelector('svg')!;
		expect(textBoxes(svg)).toHaveLength(3);
		expect(show(clippedText(svg))).toEqual(['Essex 94%']);
		expect(overlappingText(svg).map(([a, b]) => [a.text, b.text])).toEqual([['Kent', 'Kent']]);
	});
});
