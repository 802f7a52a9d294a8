/**
 * Renders the data contract (./contract.ts, ./codes.ts) as Markdown: `npm run docs:contract` writes it to
 * docs/data-contract.md, and a test fails when the committed file is out of step with the code that validates.
 */
import { CODE_LISTS, EXTRACT_SPECIFIC_CODE_LISTS, FORBIDDEN_COLUMN_PATTERNS, LOCAL_TABLES, type CodeListId, type LocalColumn } from './contract';

const TYPE_WORDS = { string: 'text', double: 'number', int: 'whole number', date: 'date (YYYY-MM-DD or DD/MM/YYYY)', bool: 'true/false' } as const;

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

function allowed(c: LocalColumn): string {
	const parts: string[] = [];
	if (c.codes)
		parts.push(
			EXTRACT_SPECIFIC_CODE_LISTS.includes(c.codes) ? `your area's codes (see [${c.codes}](#code-list-${c.codes}))` : `[${c.codes}](#code-list-${c.codes})`
		);
	if (c.min !== undefined && c.max !== undefined) parts.push(`${c.min} to ${c.max}`);
	else if (c.min !== undefined) parts.push(`at least ${c.min}`);
	if (c.derivedFrom) parts.push(`derived from ${c.derivedFrom.join(', ')} when left out`);
	return parts.join('; ');
}

function codeListSection(id: CodeListId): string[] {
	const list = CODE_LISTS[id];
	const lines = [`### Code list: ${id}`, '', `<a id="code-list-${id}"></a>`, '', cell(list.description), ''];
	if (EXTRACT_SPECIFIC_CODE_LISTS.includes(id))
		lines.push(
			id === 'ccg'
				? "Extract-specific: your file uses your own area's codes. Each must be the ODS code of a sub-ICB location (July 2022) or a former CCG in the NHS lookup the site ships (e.g. 06Q); an unknown code is refused. The codes below are the example county's, which are accepted too so its example files load."
				: "Extract-specific: your file uses your own codes; they are checked for shape (up to 20 letters, digits, _ or -), not against this list, which is the example county's.",
			''
		);
	lines.push('| Code | Meaning |', '| --- | --- |', ...list.codes.map((c) => `| \`${c.code}\` | ${cell(c.label)} |`), '');
	const aliases = Object.entries(list.aliases ?? {});
	if (aliases.length) lines.push(`Also accepted: ${aliases.map(([a, c]) => `\`${a}\` (read as \`${c}\`)`).join(', ')}. Codes are matched ignoring case.`, '');
	return lines;
}

export function renderContractDoc(): string {
	const out = [
		'# Data contract: the local record-level extract',
		'',
		'<!-- Generated from src/lib/local/contract.ts and codes.ts by `npm run docs:contract`. Do not edit by hand: a test fails when this file and the code differ. -->',
		'',
		'The files an area loads on the **Your data** page, one CSV or Parquet file per table, checked in the browser against exactly this contract before anything is used. This contract is also a page of the site (Your data → the full data contract), with a template (headings only) and an example file (made up for the example county: open referrals, plans with no placement, several quadrants and localities) for each table; the files are in `static/data/templates/` after `npm run data`.',
		'',
		'## Rules for every file',
		'',
		'- CSV with a heading row; comma, semicolon or tab separated; UTF-8 (with or without BOM) or Windows-1252 (as Excel saves). Or Parquet, whose columns are read as text and checked exactly as a CSV is. Headings are matched ignoring case and spaces; other names can be mapped once on the page and the mapping is remembered.',
		'- **Required** columns must be present and filled on every row. Optional columns may be empty or left out; a column marked *derived* is computed when left out.',
		'- Dates: `YYYY-MM-DD` or `DD/MM/YYYY`. Whole numbers may be written `3` or `3.0`. True/false: `true`/`false`, `yes`/`no`, `Y`/`N` or `1`/`0`.',
		'- Ids must be unique (the key columns of each table); dates must be in order (e.g. first contact on or after referral).',
		'- Each problem is reported with file, row (as a spreadsheet numbers it), column, the value and what was expected. Rows that fail can be left out; the count left out is shown.',
		'- **An open referral** (still waiting) has `outcome_date` and `outcome` both empty, and `first_contact_date` empty until the first care contact; it is kept and its wait is censored at the extract date. **A plan with no placement recorded** has `setting_code` empty and `setting_group` empty, left out or `placement_unknown`; it is loaded and counted as "placement not recorded".',
		'- CCG / sub-ICB codes must be in the NHS lookup the site ships (an unknown code such as `ZZZ` is refused); quadrant and locality codes are your own.',
		'- **No direct identifiers.** Every value of every column, free text included, is checked: a file is refused, naming the column and the first row, if any value holds an NHS number (valid check digit; a column of 20 or more bare ten-digit values of which fewer than half pass the check is read as the system’s own ids, not NHS numbers), a UPN, an email address, a phone number, a full postcode, a date of birth (labelled as one, or in a column whose heading says birth) or a name after "Name:". Nothing from a refused file is loaded or kept. Headings refused:',
		'',
		...FORBIDDEN_COLUMN_PATTERNS.map((re) => `  - \`${re.source}\``),
		''
	];
	for (const t of LOCAL_TABLES) {
		out.push(
			`## ${t.title}: \`${t.name}.csv\``,
			'',
			cell(t.description),
			'',
			`One row is ${t.grain}. Key (unique): ${t.key.map((k) => `\`${k}\``).join(' + ')}. Loaded as DuckDB table \`local_${t.name}\`.`,
			''
		);
		out.push('| Column | Type | Required | Allowed values | Description |', '| --- | --- | --- | --- | --- |');
		for (const c of t.columns)
			out.push(
				`| \`${c.name}\` | ${TYPE_WORDS[c.type]} | ${c.required ? (c.derivedFrom ? 'yes (derived)' : 'yes') : 'no'} | ${allowed(c)} | ${cell(c.description)} |`
			);
		out.push('');
	}
	out.push('## Code lists', '');
	for (const id of Object.keys(CODE_LISTS) as CodeListId[]) out.push(...codeListSection(id));
	return out.join('\n').trimEnd() + '\n';
}
