/**
 * What every chart carries: title, subtitle, alt text, the data it draws as a table, the datasets it draws from,
 * period and its own notes. The source line and the datasets' notes are not composed here: ChartFigure reads them
 * from the manifest entries of `datasets` through $lib/data/provenance.
 */
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
	/** Manifest ids of the datasets whose figures the chart draws (local, record-level ones too). */
	datasets: readonly string[];
	/** False where the datasets' notes would swamp the chart's (the profile draws every indicator's dataset). */
	datasetNotes?: boolean;
	period: string;
	/** The chart's own notes (method, suppression, comparisons); the datasets' notes are added after them. */
	notes: string[];
	columns: ChartColumn[];
	/** Exactly the data the chart draws (the table and the CSV download). */
	rows: Record<string, ChartCell>[];
	/** Draws the chart; pass a server-side document to render in Node. */
	render: (document?: Document) => Element;
}

/**
 * A chart as published in a prerendered report: everything but the render function, plus the SVG it rendered, and its
 * source line and notes as they read in the report (from `provenance` when it was published; notes kept short).
 */
export type PublishedChart = Omit<ChartSpec, 'render'> & { svg: string; source: string };
