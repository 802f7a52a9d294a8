/** The notebooks in notebooks/*.md, parsed at build time: adding a file adds a report, without touching src/. */
import { parseNotebook, type Notebook } from '$lib/notebooks/parse';

const sources = import.meta.glob(['/notebooks/*.md', '!/notebooks/README.md'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const NOTEBOOKS: Notebook[] = Object.entries(sources)
	.map(([path, text]) => parseNotebook(path.replace(/^.*\/|\.md$/g, ''), text))
	.sort((a, b) => a.id.localeCompare(b.id));

export function notebook(id: string): Notebook | undefined {
	return NOTEBOOKS.find((n) => n.id === id);
}
