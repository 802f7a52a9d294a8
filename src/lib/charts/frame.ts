/**
 * The chart frame every chart function draws in: its width (the container's, when the page gives one), the font
 * size, margins measured from the labels it must hold, the layout below ~500px, and label collision avoidance.
 *
 * Charts are drawn at the width they are shown at (never scaled down), so 12–13px text stays 12–13px on a phone.
 * Text widths are estimated from character widths (Helvetica/Arial, the site's font), because a chart is also
 * drawn in Node (reports, tests) where nothing can be measured; the estimate errs wide so nothing is clipped.
 */
import * as Plot from '@observablehq/plot';
import { ticks as tickValues, nice } from 'd3-array';

/** Below this width a chart uses its narrow layout: fewer ticks, wrapped labels, 12px text. */
const NARROW_BELOW = 500;

export interface ChartFrame {
	width: number;
	narrow: boolean;
	/** Font size of every text in the chart, in px (13, or 12 when narrow; never less). */
	fontSize: number;
	/** Height of one line of text, in px. */
	lineHeight: number;
	/** Plot's `style` option. */
	style: { fontSize: string; fontFamily: string };
}

let shownWidth: number | undefined;

/**
 * Draws charts at the width they will be shown at: every chart function called inside `draw` takes `width` as its
 * frame width, whatever its own default. ChartFigure passes its container's width; tests pass 390 and 1100.
 */
export function drawAtWidth<T>(width: number | undefined, draw: () => T): T {
	const previous = shownWidth;
	shownWidth = width === undefined ? undefined : Math.max(280, Math.round(width));
	try {
		return draw();
	} finally {
		shownWidth = previous;
	}
}

/** The frame for one chart: the shown width if a page gave one, else the chart's own width, else 760px. */
export function chartFrame(ownWidth?: number): ChartFrame {
	const width = shownWidth ?? ownWidth ?? 760;
	const narrow = width < NARROW_BELOW;
	const fontSize = narrow ? 12 : 13;
	return { width, narrow, fontSize, lineHeight: Math.ceil(fontSize * 1.25), style: { fontSize: `${fontSize}px`, fontFamily: 'inherit' } };
}

// Advance widths in em for Helvetica/Arial, rounded up; anything unlisted counts as a wide lowercase letter.
const NARROW_CHARS = new Map<string, number>([
	...[..."il.,:;|!'’"].map((c) => [c, 0.28] as const),
	...[...'ftjrI()[]/ -'].map((c) => [c, 0.36] as const),
	...[...'0123456789$*?'].map((c) => [c, 0.56] as const),
	...[...'abcdeghknopqsuvxyzJL'].map((c) => [c, 0.57] as const),
	...[...'ABEFKPRSTVXYZ&'].map((c) => [c, 0.68] as const),
	...[...'CDGHNOQU'].map((c) => [c, 0.75] as const),
	...[...'mwMW%@—'].map((c) => [c, 0.92] as const),
	...[...'◆▲▼●■↑→'].map((c) => [c, 1.0] as const)
]);

/** Estimated width in px of one line of text (the widest line of a multi-line one). */
export function textWidth(text: string, fontSize: number, bold = false): number {
	const lines = text.split('\n');
	const em = Math.max(...lines.map((line) => [...line].reduce((sum, c) => sum + (NARROW_CHARS.get(c) ?? 0.6), 0)));
	return em * fontSize * (bold ? 1.12 : 1.02);
}

/** Greedy word wrap to at most `maxPx` a line; a single word longer than that keeps its own line. */
export function wrapText(text: string, maxPx: number, fontSize: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, fontSize, bold) > maxPx) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines.length > 0 ? lines : [''];
}

export interface CategoryAxis {
	/** Left margin that holds the longest (wrapped) label. */
	marginLeft: number;
	/** The label as drawn (with line breaks where it wraps). */
	format: (label: string) => string;
	/** Lines in the tallest label: rows must be at least this many lines high. */
	lines: number;
}

/**
 * Category labels left of the plot (a horizontal bar or dot chart): the margin fits the longest label, up to a share
 * of the width (40%, or 45% when narrow); longer labels wrap onto more lines rather than being cut.
 */
export function categoryAxis(labels: string[], frame: ChartFrame, options: { bold?: boolean; maxShare?: number } = {}): CategoryAxis {
	const gap = 12;
	const max = Math.floor(frame.width * (options.maxShare ?? (frame.narrow ? 0.45 : 0.4))) - gap;
	const wrapped = new Map(labels.map((l) => [l, wrapText(l, max, frame.fontSize, options.bold)]));
	const widest = Math.max(0, ...[...wrapped.values()].flat().map((line) => textWidth(line, frame.fontSize, options.bold)));
	return {
		marginLeft: Math.ceil(widest + gap),
		format: (label) => (wrapped.get(label) ?? [label]).join('\n'),
		lines: Math.max(1, ...[...wrapped.values()].map((w) => w.length))
	};
}

/** Margins that leave room for the axis titles, so a title never sits on its axis's tick labels. */
export function axisMargins(frame: ChartFrame, has: { xLabel: boolean; yLabel?: boolean }) {
	return {
		// The y title sits above the top tick label; the x title below the tick labels.
		marginTop: has.yLabel ? frame.lineHeight * 2 + 4 : Math.ceil(frame.fontSize * 0.75) + 4,
		marginBottom: has.xLabel ? 12 + frame.lineHeight * 2 + 8 : 12 + frame.lineHeight + 4
	};
}

/** How many ticks fit along `px` (about one per 80px, one per 70px when narrow, at least 2). */
export function tickCount(px: number, frame: ChartFrame): number {
	return Math.max(2, Math.floor(px / (frame.narrow ? 70 : 90)));
}

/** A nice linear domain for the values, and the width of its widest tick label (for the left margin). */
export function niceDomain(values: number[], frame: ChartFrame, options: { zero?: boolean; count: number; format: (v: number) => string }) {
	const finite = values.filter(Number.isFinite);
	let lo = Math.min(...finite, ...(options.zero ? [0] : []));
	let hi = Math.max(...finite, ...(options.zero ? [0] : []));
	if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
	if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : [Math.min(0, lo * 0.9), Math.max(0, hi * 1.1)];
	const [niceLo, niceHi] = nice(lo, hi, options.count);
	const tickLabelWidth = Math.max(...tickValues(niceLo, niceHi, options.count).map((t) => textWidth(options.format(t), frame.fontSize)));
	return { domain: [niceLo, niceHi] as [number, number], tickLabelWidth };
}

/**
 * The upper end of a linear value axis starting at `lo` so that every label, written `gap` px right of its value,
 * ends inside the plot `plotWidth` px wide.
 */
export function domainFittingLabels(items: { value: number; labelPx: number }[], lo: number, hi: number, plotWidth: number, gap = 6): number {
	let end = hi;
	for (const { value, labelPx } of items) {
		const room = plotWidth - labelPx - gap;
		// A label too long for any bar length still gets a quarter of the plot for its bar.
		const share = Math.max(room, plotWidth / 4) / plotWidth;
		end = Math.max(end, lo + (Math.max(value, lo) - lo) / share);
	}
	return end;
}

/**
 * Moves labels apart along one axis (pixels) so that none overlaps the next, each as near its wanted position as
 * the others allow, all within [min, max]. `size` is each label's height. Returns the new centres, in input order.
 */
export function spreadLabels(wanted: { at: number; size: number }[], min: number, max: number): number[] {
	const order = wanted.map((w, i) => ({ ...w, i })).sort((a, b) => a.at - b.at);
	const placed = order.map((w) => w.at);
	// Down the list, push each label below the one before; then up from the bottom, pull back inside the frame.
	for (let k = 0; k < order.length; k++) {
		const floor = k === 0 ? min + order[k]!.size / 2 : placed[k - 1]! + (order[k - 1]!.size + order[k]!.size) / 2;
		placed[k] = Math.max(placed[k]!, floor);
	}
	for (let k = order.length - 1; k >= 0; k--) {
		const ceiling = k === order.length - 1 ? max - order[k]!.size / 2 : placed[k + 1]! - (order[k + 1]!.size + order[k]!.size) / 2;
		placed[k] = Math.min(placed[k]!, ceiling);
	}
	const result = new Array<number>(wanted.length);
	order.forEach((w, k) => (result[w.i] = placed[k]!));
	return result;
}

/** A linear scale's position for a value, and back, for placing labels in pixels on a Plot scale we set ourselves. */
export function linearPixels(domain: [number, number], range: [number, number]) {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	return {
		toPx: (v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0),
		fromPx: (px: number) => d0 + ((px - r0) / (r1 - r0)) * (d1 - d0)
	};
}

/** Year ticks that fit: every year when there is room (about 44px a label), else every second, third… and the last. */
export function yearTicks(years: number[], plotWidth: number, frame: ChartFrame): number[] {
	const step = Math.max(1, Math.ceil((years.length * (frame.narrow ? 48 : 44)) / Math.max(1, plotWidth)));
	return years.filter((_, i) => (years.length - 1 - i) % step === 0);
}

export interface EndLabel<X> {
	label: string;
	x: X;
	value: number;
}

/**
 * Direct labels at the ends of lines: wrapped to fit the right margin, moved apart vertically so none overlaps
 * another; a label moved away from its line's end gets the series' marker before it (the chart's `fill` and
 * `symbol` scales are keyed by label), so it is matched to its line without colour. `domain` is the y scale's domain; `top` and `bottom` the plot's edges in px.
 */
export function endLabels<X>(items: EndLabel<X>[], frame: ChartFrame, y: { domain: [number, number]; top: number; bottom: number }) {
	const maxPx = frame.narrow ? Math.floor(frame.width * 0.3) : Math.min(240, Math.floor(frame.width * 0.28));
	const markerGap = 10;
	const textGap = 20;
	const wrapped = items.map((item) => wrapText(item.label, maxPx, frame.fontSize, true).join('\n'));
	const widest = Math.max(0, ...wrapped.map((w) => textWidth(w, frame.fontSize, true)));
	const scale = linearPixels(y.domain, [y.bottom, y.top]);
	const placed = spreadLabels(
		wrapped.map((w, i) => ({ at: scale.toPx(items[i]!.value), size: w.split('\n').length * frame.lineHeight + 2 })),
		Math.max(0, y.top - frame.lineHeight),
		y.bottom + frame.lineHeight / 2
	);
	const data = items.map((item, i) => ({ ...item, text: wrapped[i]!, at: scale.fromPx(placed[i]!), moved: Math.abs(placed[i]! - scale.toPx(item.value)) > 4 }));
	// A label moved away from its line's end carries the line's marker, so it is still matched without colour.
	const keyed = items.length > 1 ? data.filter((d) => d.moved) : [];
	return {
		marginRight: Math.ceil(textGap + widest + 6),
		marks: (fill: (label: string) => string) => [
			Plot.dot(keyed, { x: 'x', y: 'at', dx: markerGap, fill: 'label', symbol: 'label', r: 4, stroke: 'white', strokeWidth: 0.75 }),
			Plot.text(data, {
				x: 'x',
				y: 'at',
				dx: textGap,
				text: 'text',
				textAnchor: 'start',
				fill: (d: { label: string }) => fill(d.label),
				fontWeight: 'bold',
				lineHeight: 1.25
			})
		]
	};
}

/**
 * Where a label centred on `x` (px) should anchor so it stays inside [left, right]: centred if it fits, else
 * flush with the edge it would cross.
 */
export function anchorInside(x: number, labelPx: number, left: number, right: number): { textAnchor: 'start' | 'middle' | 'end'; dx: number } {
	if (x - labelPx / 2 < left) return { textAnchor: 'start', dx: Math.max(left - x, -labelPx / 2) };
	if (x + labelPx / 2 > right) return { textAnchor: 'end', dx: Math.min(right - x, labelPx / 2) };
	return { textAnchor: 'middle', dx: 0 };
}

/**
 * A key of series (marker shape in its colour, then the name) drawn inside the SVG above the plot, wrapping onto
 * more rows when narrow. (Plot's own legend is HTML at 10px, below the 12px floor, and is left out of the SVG file.)
 * Returns the height it needs above the plot and its marks, placed relative to the plot's top-left corner.
 */
export function seriesKey(series: { label: string; colour: string; symbol: string }[], frame: ChartFrame, at: { marginLeft: number; marginTop: number }) {
	const items: { label: string; colour: string; symbol: string; x: number; row: number }[] = [];
	let x = 4;
	let row = 0;
	for (const s of series) {
		const w = 14 + textWidth(s.label, frame.fontSize) + 16;
		if (x > 4 && x + w > frame.width - 4) {
			x = 4;
			row += 1;
		}
		items.push({ ...s, x, row });
		x += w;
	}
	const rowHeight = frame.lineHeight + 4;
	return {
		height: series.length === 0 ? 0 : (row + 1) * rowHeight + 6,
		marks: items.flatMap((item) => {
			const dy = 4 + (item.row + 0.5) * rowHeight - at.marginTop;
			return [
				Plot.dot([item], { frameAnchor: 'top-left', dx: item.x + 5 - at.marginLeft, dy, symbol: () => item.symbol, fill: item.colour, r: 5, stroke: 'white' }),
				Plot.text([item], { frameAnchor: 'top-left', dx: item.x + 14 - at.marginLeft, dy, text: 'label', textAnchor: 'start', fill: '#0b0c0c' })
			];
		})
	};
}
