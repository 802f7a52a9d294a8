/** What every published chart carries: title, subtitle, alt text, the data it draws as a table, source, period and notes. */
import type { Unit } from '$lib/format/values';

export interface ChartColumn {
	key: string;
	label: string;
	/** How numbers in this column read; strings (e.g. suppression symbols) are shown as they are. */
	unit?: Unit;
}

export type ChartCell = string | number | null;

export interface ChartSpec {
	/** Unique on the page; used for ids and the CSV file name. */
	id: string;
	title: string;
	subtitle: string;
	/** Alt text: what the chart shows and its main message, in a sentence or two. */
	alt: string;
	source: string;
	period: string;
	notes: string[];
	columns: ChartColumn[];
	/** Exactly the data the chart draws (the table and the CSV download). */
	rows: Record<string, ChartCell>[];
	/** Draws the chart; pass a server-side document to render in Node. */
	render: (document?: Document) => Element;
}

/** A chart as published in a prerendered report: everything but the render function, plus the SVG it rendered. */
export type PublishedChart = Omit<ChartSpec, 'render'> & { svg: string };
