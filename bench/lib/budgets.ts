/**
 * The budgets in bench/budgets.json, checked against a run's results (`npm run bench -- --check`). Each check says
 * what it measured, so a failure reads as a finding, not just "over budget".
 */
import type { PageRun } from './page-loads';
import type { LinkedViewRun } from './linked-views';
import { summarize } from './stats';

export interface Budgets {
	reportFirstChartBeforeWasm: { description: string };
	filterChange: { description: string; records: number; maxMedianMs: number };
	firstVisitBytes: { description: string; maxBytesBesidesWasm: number };
	dataCompressed: { description: string };
}

export interface BudgetCheck {
	budget: string;
	subject: string;
	pass: boolean;
	/** What was measured, in words with the figure. */
	measured: string;
}

export interface CheckableResults {
	pages: { id: string; name: string; kind: 'report' | 'interactive'; runs: PageRun[] }[];
	linkedViews: { records: number; runs: LinkedViewRun[] }[];
	/** Data files under the built site's data/ and views/ that have no .br or .gz beside them. */
	dataFilesWithoutPrecompressed: string[];
}

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

export function checkBudgets(budgets: Budgets, results: CheckableResults): BudgetCheck[] {
	const checks: BudgetCheck[] = [];

	for (const page of results.pages.filter((p) => p.kind === 'report')) {
		const late = page.runs.filter((r) => r.firstChart === null || r.wasmRequestsBeforeFirstChart > 0);
		const wasm = Math.max(0, ...page.runs.map((r) => r.wasmRequestsBeforeFirstChart));
		checks.push({
			budget: budgets.reportFirstChartBeforeWasm.description,
			subject: page.name,
			pass: page.runs.length > 0 && late.length === 0,
			measured: `${page.runs.length} runs; wasm requests before the first chart: ${wasm}; first chart seen in ${page.runs.length - page.runs.filter((r) => r.firstChart === null).length}`
		});
	}

	const { records, maxMedianMs } = budgets.filterChange;
	const atScale = results.linkedViews.find((l) => Math.abs(l.records - records) / records <= 0.05);
	const median = atScale ? summarize(atScale.runs.flatMap((r) => r.changes.map((c) => c.total)))?.median : undefined;
	checks.push({
		budget: budgets.filterChange.description,
		subject: atScale
			? `linked needs views, ${atScale.records.toLocaleString('en-GB')} records`
			: `linked needs views, ${records.toLocaleString('en-GB')} records`,
		pass: median !== undefined && median <= maxMedianMs,
		measured: median === undefined ? 'not measured in this run' : `median ${median.toFixed(1)} ms (budget ${maxMedianMs} ms)`
	});

	const { maxBytesBesidesWasm } = budgets.firstVisitBytes;
	for (const page of results.pages.filter((p) => p.kind === 'interactive')) {
		const besides = Math.max(...page.runs.map((r) => r.firstVisit.transferred - r.firstVisit.wasm));
		const wasm = Math.max(...page.runs.map((r) => r.firstVisit.wasm));
		checks.push({
			budget: budgets.firstVisitBytes.description,
			subject: page.name,
			pass: page.runs.length > 0 && besides <= maxBytesBesidesWasm,
			measured: `wasm ${mb(wasm)} + everything else ${mb(besides)} (most of ${page.runs.length} runs; budget ${mb(maxBytesBesidesWasm)} besides the wasm)`
		});
	}

	const sentPlain = [...new Set(results.pages.flatMap((p) => p.runs.flatMap((r) => r.uncompressedData)))];
	checks.push({
		budget: budgets.dataCompressed.description,
		subject: 'every data file a page fetched, and every file under data/ and views/ in the build',
		pass: sentPlain.length === 0 && results.dataFilesWithoutPrecompressed.length === 0,
		measured:
			sentPlain.length || results.dataFilesWithoutPrecompressed.length
				? `sent uncompressed: ${sentPlain.join(', ') || 'none'}; without .br/.gz: ${results.dataFilesWithoutPrecompressed.join(', ') || 'none'}`
				: 'all sent br-encoded; every data file has .br and .gz beside it'
	});
	return checks;
}
