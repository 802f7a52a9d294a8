/**
 * Notebooks are Markdown files in notebooks/: YAML front matter, prose, named SQL blocks (```sql name) and chart blocks
 * (```chart, YAML) that draw a named query. Parsed with `marked` (tokens) and `yaml`; no Node imports, so the same
 * parser serves the build and tests.
 */
import { marked, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';

interface NotebookMeta {
	title: string;
	description: string;
	/** Dataset ids (manifest) the notebook's SQL reads. */
	datasets: string[];
	/** Prepared tables (`prepared.ts`) the notebook's SQL reads, computed for the area before its first block. */
	prepared: string[];
}

interface SqlBlock {
	kind: 'sql';
	name: string;
	sql: string;
}

export interface ChartBlock {
	kind: 'chart';
	/** Chart type: 'trend' | 'comparison' | 'funnel'. */
	type: string;
	/** Name of the SQL block whose rows it draws. */
	data: string;
	config: Record<string, unknown>;
}

interface MarkdownBlock {
	kind: 'markdown';
	markdown: string;
}

type Block = SqlBlock | ChartBlock | MarkdownBlock;

export interface Notebook {
	id: string;
	meta: NotebookMeta;
	blocks: Block[];
}

export class NotebookError extends Error {
	constructor(notebook: string, problem: string) {
		super(`notebooks/${notebook}.md: ${problem}`);
		this.name = 'NotebookError';
	}
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const NAME = /^[a-z][a-z0-9_]*$/;

export function parseNotebook(id: string, source: string): Notebook {
	const front = FRONT_MATTER.exec(source);
	if (!front) throw new NotebookError(id, 'must start with YAML front matter between --- lines (title, description, datasets)');
	const meta = parseYaml(front[1] ?? '') as Partial<NotebookMeta> | null;
	if (!meta?.title || !meta.description || !Array.isArray(meta.datasets)) {
		throw new NotebookError(id, 'front matter needs title, description and a list of datasets');
	}
	const blocks: Block[] = [];
	let prose: string[] = [];
	const flush = () => {
		if (prose.join('').trim()) blocks.push({ kind: 'markdown', markdown: prose.join('') });
		prose = [];
	};
	const names = new Set<string>();
	for (const token of marked.lexer(source.slice(front[0].length))) {
		if (token.type !== 'code') {
			prose.push(token.raw);
			continue;
		}
		const code = token as Tokens.Code;
		const [lang, name] = (code.lang ?? '').trim().split(/\s+/);
		if (lang === 'sql') {
			if (!name || !NAME.test(name))
				throw new NotebookError(id, `an sql block needs a name in lower_snake_case after "sql" (found ${JSON.stringify(name ?? '')})`);
			if (names.has(name)) throw new NotebookError(id, `two sql blocks are named "${name}"`);
			names.add(name);
			flush();
			blocks.push({ kind: 'sql', name, sql: code.text });
		} else if (lang === 'chart') {
			flush();
			const config = (parseYaml(code.text) ?? {}) as Record<string, unknown>;
			const data = String(config.data ?? '');
			if (!names.has(data)) throw new NotebookError(id, `a chart block draws "${data}", but no sql block above it has that name`);
			blocks.push({ kind: 'chart', type: String(config.type ?? ''), data, config });
		} else {
			prose.push(token.raw);
		}
	}
	flush();
	const prepared = Array.isArray(meta.prepared) ? meta.prepared.map(String) : [];
	return { id, meta: { title: meta.title, description: meta.description, datasets: meta.datasets.map(String), prepared }, blocks };
}
