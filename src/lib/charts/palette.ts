/**
 * The GOV.UK Analysis Function categorical palette, in its prescribed order, and marker symbols that go with each
 * colour so that series can be told apart without colour (WCAG 1.4.1).
 */
export const ANALYSIS_PALETTE = ['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1'] as const;

/** Plot symbol names paired with the palette order. */
export const SERIES_SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;

/** Neutral colour for context marks (neighbours in a comparison, gridlines). */
export const CONTEXT_GREY = '#B1B4B6';
