/**
 * A chart whose input table is missing or empty says so and draws nothing: an empty table of commissioned places
 * is not "no places", and must never become a finding such as "2,461 young people have no place". Local views ask
 * `emptyInputs` which of a chart's tables hold no rows, and show `missingInputSpec` instead of the chart. Pure.
 */
import type { ChartSpec } from '$lib/charts/spec';
import { list } from '$lib/format/prose';
import { getLocalTable } from './contract';

/** The tables (DuckDB names, local_*) among `needed` that hold no rows, by the counts given. */
export function emptyInputs(counts: Readonly<Record<string, number | undefined>>, needed: readonly string[]): string[] {
	return needed.filter((t) => !counts[t]);
}

function describe(table: string): string {
	const name = table.replace(/^local_/, '');
	const t = getLocalTable(name);
	return t ? `${t.title.charAt(0).toLowerCase()}${t.title.slice(1)} (${name}.csv)` : table;
}

/** Stands in for a chart whose inputs are empty: a title and a sentence saying what is missing; no figure, no rows. */
export function missingInputSpec(id: string, label: string, what: string, empty: readonly string[]): ChartSpec {
	const missing = list(empty.map(describe));
	const message = `Nothing is shown: the extract in use has no rows of ${missing}. Load ${empty.length === 1 ? 'that file' : 'those files'} on the Your data page to see this.`;
	return {
		id,
		title: `${label}: ${what} cannot be shown without ${missing}`,
		subtitle: 'No figure is drawn from an empty table.',
		alt: message,
		datasets: empty,
		period: 'Not applicable (no data)',
		notes: [],
		columns: [],
		rows: [],
		render: (document = globalThis.document) => {
			const p = document.createElement('p');
			p.className = 'missing-input';
			p.textContent = message;
			return p;
		}
	};
}
