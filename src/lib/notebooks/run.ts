/**
 * Runs a notebook for one area: binds the area into each SQL block, runs it, fills the text from the results and
 * renders each chart to SVG with the given (server-side) document. Pure over a QueryRunner, so the build (Node DuckDB)
 * and tests use it alike. Returns plain data a page can render without JavaScript.
 */
import { periodLabel } from '$lib/format/prose';
import { marked } from 'marked';
import type { DatasetEntry, Manifest } from '$lib/data/manifest';
import type { ChartSpec, PublishedChart } from '$lib/charts/spec';
import type { QueryRunner } from '$lib/db/runner';
import { stripMarkLabels } from '$lib/charts/accessible';
import { comparators } from '$lib/metrics/areas';
import { SIGNIFICANCE_SQL_MACROS } from '$lib/stats/significance';
import { provenance } from '$lib/data/provenance';
import { notebookChart } from './charts';
import { createPrepared, PREPARED_TABLES } from './prepared';
import { shortNotes } from './notes';
import { areaContext, areaParams, bindSql } from './params';
import { NotebookError, type Notebook } from './parse';
import { fillTemplate, type TemplateContext, type TemplateTables } from './template';

type RenderedSection = { kind: 'prose'; html: string } | { kind: 'chart'; chart: PublishedChart };

export interface RenderedNotebook {
	id: string;
	title: string;
	description: string;
	area: { code: string; name: string };
	/** Latest period of the data used, for the page footer ("data as at"). */
	dataDate: string;
	sections: RenderedSection[];
	/** Headings for the contents list: [id, text]. */
	contents: { id: string; text: string }[];
}

/** Every string inside a chart block's YAML, filled. */
function fillStrings(value: unknown, fill: (text: string) => string): unknown {
	if (typeof value === 'string') return value.includes('{{') ? fill(value) : value;
	if (Array.isArray(value)) return value.map((v) => fillStrings(v, fill));
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillStrings(v, fill)]));
	return value;
}

const slug = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

export async function runNotebook(nb: Notebook, areaCode: string, db: QueryRunner, manifest: Manifest, document: Document): Promise<RenderedNotebook> {
	const comps = await comparators(db, areaCode);
	// The one significance rule and Wilson intervals, as SQL macros notebook SQL calls (src/lib/stats/significance.ts).
	for (const macro of SIGNIFICANCE_SQL_MACROS) await db.all(macro);
	const params = areaParams(comps);
	// Notebook SQL joins report_areas for names and roles (selected, region, england, neighbour) of this report's areas.
	await db.all(
		`CREATE OR REPLACE TEMP TABLE report_areas AS SELECT * FROM (VALUES ${comps
			.map((c) => `('${c.area_code}', '${c.area_name.replaceAll("'", "''")}', '${c.role}', ${c.rank ?? 'NULL'})`)
			.join(', ')}) AS t(area_code, area_name, role, rank)`
	);
	for (const name of nb.meta.prepared) {
		const table = PREPARED_TABLES.find((t) => t.name === name);
		if (!table) throw new NotebookError(nb.id, `prepared table "${name}" is not known (known: ${PREPARED_TABLES.map((t) => t.name).join(', ')})`);
		await createPrepared(db, table, areaCode);
	}
	const context: TemplateContext = { area: areaContext(params) };
	const rowsByName = new Map<string, Record<string, unknown>[]>();
	const tables: TemplateTables = {};
	const entries = new Map<string, DatasetEntry>(manifest.datasets.map((d) => [d.id, d]));
	const sections: RenderedSection[] = [];
	const contents: { id: string; text: string }[] = [];
	const fail = (problem: string): never => {
		throw new NotebookError(nb.id, `${problem} (area ${areaCode})`);
	};
	const reserved = new Set(['report_areas', ...PREPARED_TABLES.map((t) => t.name), ...manifest.datasets.map((d) => d.table)]);
	let chartIndex = 0;
	for (const block of nb.blocks) {
		if (block.kind === 'sql') {
			// Each result is kept as a temporary table named after its block, so later blocks can query it.
			if (reserved.has(block.name)) fail(`sql block "${block.name}" has the name of a data table; choose another name`);
			const sql = bindSql(block.sql, params).trim().replace(/;\s*$/, '');
			const rows = await db
				.all(`CREATE OR REPLACE TEMP TABLE ${block.name} AS ${sql}`)
				.then(() => db.all(`SELECT * FROM ${block.name}`))
				.catch((e: Error) => fail(`sql block "${block.name}" failed: ${e.message.split('\n')[0]}`));
			rowsByName.set(block.name, rows);
			tables[block.name] = rows;
			context[block.name] = rows[0] ?? {};
		} else if (block.kind === 'markdown') {
			let text: string;
			try {
				text = fillTemplate(block.markdown, context, tables);
			} catch (e) {
				return fail((e as Error).message);
			}
			const renderer = new marked.Renderer();
			renderer.heading = ({ tokens, depth }) => {
				const inner = marked.parseInline(tokens.map((t) => t.raw).join('')) as string;
				const id = slug(inner.replace(/<[^>]+>/g, ''));
				if (depth === 2) contents.push({ id, text: inner.replace(/<[^>]+>/g, '') });
				return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
			};
			sections.push({ kind: 'prose', html: marked.parse(text, { renderer, async: false }) as string });
		} else {
			const rows = rowsByName.get(block.data) ?? [];
			const ids = ((block.config.datasets as string[] | undefined) ?? nb.meta.datasets).map(String);
			for (const id of ids) if (!entries.has(id)) fail(`unknown dataset "${id}"`);
			let spec: ChartSpec;
			try {
				const fill = (key: string) => fillTemplate(String(block.config[key] ?? ''), context, tables);
				// Axis and table labels may carry placeholders too (e.g. the base year of an index).
				const config = fillStrings(block.config, (text) => fillTemplate(text, context, tables)) as Record<string, unknown>;
				spec = notebookChart(`${nb.id}-${++chartIndex}`, { ...block, config }, rows, {
					title: fill('title'),
					subtitle: fill('subtitle'),
					alt: fill('alt'),
					period: fill('period'),
					datasets: ids,
					notes: []
				});
			} catch (e) {
				return fail((e as Error).message);
			}
			const { render, ...published } = spec;
			// A report is a static document (no JavaScript; printed), so its caption is fixed here, by the same provenance
			// as a live chart's in ChartFigure, with the notes kept short for a committee paper.
			const caption = provenance(ids, manifest);
			const chart = { ...published, source: caption.source, notes: shortNotes(caption.notes), svg: stripMarkLabels(render(document)).outerHTML };
			sections.push({ kind: 'chart', chart });
		}
	}
	const periods = nb.meta.datasets.flatMap((id) => entries.get(id)?.periods ?? []).sort();
	return {
		id: nb.id,
		title: fillTemplate(nb.meta.title, context, tables),
		description: fillTemplate(nb.meta.description, context, tables),
		area: { code: params.area.area_code, name: params.area.area_name },
		dataDate: periodLabel(periods[periods.length - 1] ?? ''),
		sections,
		contents
	};
}
