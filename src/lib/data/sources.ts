/**
 * What a chart says about where its figures come from, read from the datasets' manifest entries: the one wording of
 * a source line and the one list of a dataset's notes. Pure (shared by the browser, the reports and the tests).
 */
import type { DatasetEntry } from './manifest';

/** "Department for Education, Education, health and care plans (SEN2) (Reporting year 2025, …). Contains …". */
export function sourceText(entry: DatasetEntry | undefined): string {
	if (!entry) return 'Source not recorded';
	return `${entry.source.publisher}, ${entry.source.title} (${entry.source.release}). ${entry.attribution}`;
}
