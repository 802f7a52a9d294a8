/**
 * For tests: where each line of text in a rendered chart SVG sits, as an estimated box in the SVG's own pixels
 * (translate transforms, x/y/dx/dy and text-anchor, with the frame's character-width estimate), so a test can say
 * that no label is clipped by the viewBox and no two labels overlap, without a browser to measure in.
 */
import { textWidth } from '../frame';

export interface TextBox {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const translate = (el: Element) => {
	const m = /translate\(\s*([-\d.e]+)[ ,]*([-\d.e]+)?\s*\)/.exec(el.getAttribute('transform') ?? '');
	return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
};

/** A length attribute in px; em lengths are relative to the font size. */
const length = (value: string | null, fontSize: number) => {
	if (!value) return 0;
	return value.endsWith('em') ? parseFloat(value) * fontSize : parseFloat(value);
};

/** The nearest value of an attribute (or style property) on the element or an ancestor. */
function inherited(el: Element, attr: string): string | null {
	for (let node: Element | null = el; node; node = node.parentElement) {
		const own = node.getAttribute(attr);
		if (own) return own;
		const style = new RegExp(`${attr}:\\s*([^;]+)`).exec(node.getAttribute('style') ?? '');
		if (style) return style[1]!.trim();
		if (node.tagName.toLowerCase() === 'svg') break;
	}
	return null;
}

export function textBoxes(svg: Element): TextBox[] {
	const boxes: TextBox[] = [];
	for (const text of svg.querySelectorAll('text')) {
		if (/rotate/.test(text.getAttribute('transform') ?? '')) continue;
		const fontSize = parseFloat(inherited(text, 'font-size') ?? '10');
		const bold = /bold|[6-9]00/.test(inherited(text, 'font-weight') ?? '');
		const anchor = inherited(text, 'text-anchor') ?? 'start';
		let x = 0;
		let y = 0;
		for (let node: Element | null = text; node && node !== svg; node = node.parentElement) {
			const [tx, ty] = translate(node);
			x += tx!;
			y += ty!;
		}
		x += length(text.getAttribute('x'), fontSize) + length(text.getAttribute('dx'), fontSize);
		y += length(text.getAttribute('y'), fontSize) + length(text.getAttribute('dy'), fontSize);
		const spans = [...text.querySelectorAll('tspan')];
		const lines = spans.length > 0 ? spans : [text];
		let lineY = y;
		for (const line of lines) {
			if (line !== text) lineY = (line.hasAttribute('y') ? y + length(line.getAttribute('y'), fontSize) : lineY) + length(line.getAttribute('dy'), fontSize);
			const content = line.textContent ?? '';
			if (!content.trim()) continue;
			const width = textWidth(content, fontSize, bold);
			const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
			// y is the baseline (Plot's dy 0.32em centres a line on its anchor): ascenders above, descenders below.
			boxes.push({ text: content, left, right: left + width, top: lineY - fontSize * 0.8, bottom: lineY + fontSize * 0.2 });
		}
	}
	return boxes;
}

/** Boxes that reach outside the SVG's viewBox. */
export function clippedText(svg: Element): TextBox[] {
	const [minX, minY, width, height] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number) as [number, number, number, number];
	return textBoxes(svg).filter((b) => b.left < minX - 0.5 || b.right > minX + width + 0.5 || b.top < minY - 0.5 || b.bottom > minY + height + 0.5);
}

/** Pairs of text boxes that overlap (by more than a pixel each way). */
export function overlappingText(svg: Element): [TextBox, TextBox][] {
	const boxes = textBoxes(svg);
	const pairs: [TextBox, TextBox][] = [];
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) pairs.push([a, b]);
		}
	return pairs;
}
