/**
 * The GOV.UK Analysis Function categorical palette, in its prescribed order, and marker symbols that go with each
 * colour so that series can be told apart without colour (WCAG 1.4.1).
 */
export const ANALYSIS_PALETTE = ['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1'] as const;

/** Plot symbol names paired with the palette order. */
export const SERIES_SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;

/** Neutral colour for context marks (neighbours in a comparison, gridlines). */
export const CONTEXT_GREY = '#B1B4B6';

/**
 * A colour for text drawn in a series' colour. #28A197, #F46A25 and #A285D1 are only about 3:1 on white, enough for
 * a line or marker (WCAG 1.4.11) but not for text (1.4.3, 4.5:1): their text is drawn in a darker shade of the same
 * hue (each at least 4.6:1).
 */
const TEXT_SHADES: Record<string, string> = { '#28A197': '#20827A', '#F46A25': '#C1541D', '#A285D1': '#8069A5' };

export function textShade(colour: string): string {
	return TEXT_SHADES[colour.toUpperCase()] ?? colour;
}

/** The palette in its order, shaded for text. */
export const ANALYSIS_TEXT_PALETTE = ANALYSIS_PALETTE.map(textShade);
