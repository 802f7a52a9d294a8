import { describe, expect, it } from 'vitest';
import { anchorInside, categoryAxis, chartFrame, domainFittingLabels, drawAtWidth, spreadLabels, textWidth, wrapText } from './frame';
import { ANALYSIS_PALETTE, ANALYSIS_TEXT_PALETTE, textShade } from './palette';

/** WCAG 2.x contrast ratio of a colour against white. */
function contrastOnWhite(hex: string): number {
	const channel = (i: number) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
	return 1.05 / (l + 0.05);
}

describe('the chart frame', () => {
	it('takes the width it is shown at over a chart’s own, and goes narrow (12px text) below 500px', () => {
		expect(chartFrame(640).width).toBe(640);
		expect(drawAtWidth(1100, () => chartFrame(640).width)).toBe(1100);
		const phone = drawAtWidth(390, () => chartFrame(960));
		expect(phone).toMatchObject({ width: 390, narrow: true, fontSize: 12 });
		expect(chartFrame(640)).toMatchObject({ narrow: false, fontSize: 13 });
	});

	it('wraps a long label rather than cutting it, and sizes the margin to the widest line', () => {
		const frame = drawAtWidth(390, () => chartFrame());
		const axis = categoryAxis(['Kent', 'NHS Basildon and Brentwood CCG'], frame);
		expect(axis.format('NHS Basildon and Brentwood CCG').split('\n').length).toBeGreaterThan(1);
		expect(axis.format('NHS Basildon and Brentwood CCG').replace(/\n/g, ' ')).toBe('NHS Basildon and Brentwood CCG');
		expect(axis.marginLeft).toBeLessThanOrEqual(390 * 0.45);
		for (const line of axis.format('NHS Basildon and Brentwood CCG').split('\n')) expect(textWidth(line, 12)).toBeLessThan(axis.marginLeft);
		expect(wrapText('Essex', 10, 12)).toEqual(['Essex']);
	});

	it('moves overlapping labels apart, keeps their order and keeps them inside the range', () => {
		const placed = spreadLabels(
			[
				{ at: 50, size: 16 },
				{ at: 52, size: 16 },
				{ at: 51, size: 16 },
				{ at: 200, size: 16 }
			],
			0,
			100
		);
		const sorted = [placed[0]!, placed[2]!, placed[1]!];
		expect(sorted[1]! - sorted[0]!).toBeGreaterThanOrEqual(16);
		expect(sorted[2]! - sorted[1]!).toBeGreaterThanOrEqual(16);
		expect(placed[3]).toBe(92);
		// Labels with room stay where they were wanted.
		expect(
			spreadLabels(
				[
					{ at: 10, size: 10 },
					{ at: 60, size: 10 }
				],
				0,
				100
			)
		).toEqual([10, 60]);
	});

	it('extends a value axis so the label after the longest bar ends inside the plot', () => {
		// A bar at 100 with a 100px label in a 400px plot: the axis must reach 100 / (1 - 106/400).
		expect(domainFittingLabels([{ value: 100, labelPx: 100 }], 0, 100, 400)).toBeCloseTo(100 / (1 - 106 / 400), 6);
		expect(domainFittingLabels([{ value: 10, labelPx: 20 }], 0, 100, 400)).toBe(100);
	});

	it('anchors a label centred over a point near an edge flush with that edge', () => {
		expect(anchorInside(5, 60, 0, 300).textAnchor).toBe('start');
		expect(anchorInside(295, 60, 0, 300).textAnchor).toBe('end');
		expect(anchorInside(150, 60, 0, 300).textAnchor).toBe('middle');
	});
});

describe('text in palette colours', () => {
	it('is at least 4.5:1 on white (WCAG 1.4.3), though three of the colours are only about 3:1', () => {
		expect(ANALYSIS_PALETTE.filter((c) => contrastOnWhite(c) < 4.5)).toEqual(['#28A197', '#F46A25', '#A285D1']);
		for (const colour of ANALYSIS_TEXT_PALETTE) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(4.5);
		expect(textShade('#28a197')).toBe('#20827A');
		expect(textShade('#12436D')).toBe('#12436D');
	});
});
