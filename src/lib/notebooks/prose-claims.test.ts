/**
 * Every report for every current LA (153 × 3), checked claim by claim against the data: the most common primary need,
 * counts of NHS areas, ranges, significance words against the exact 95% interval, shares that do not sum to 100%,
 * plurals, and the summary's better/worse words against the numbers and the measure's polarity. The facts are read
 * from the published tables and the reports' own chart rows, not from the sentences. The model is built once; every
 * failure is collected so one run lists them all.
 */
import { PROSE_ALL, proseLas } from '../../../data/pipeline/test-las';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { currentLas } from '$lib/metrics/areas';
import { compareWithReference } from '$lib/stats/proportion';
import { parseNotebook } from './parse';
import { testManifest } from './test-manifest';
import { runNotebook, type RenderedNotebook } from './run';

const NOTEBOOKS = new URL('../../../notebooks/', import.meta.url);
const manifest = testManifest(['2025-01']);

let db: NodeRunner;
let las: { area_code: string; area_name: string }[];
const reports = new Map<string, RenderedNotebook>();
const { document } = new JSDOM('<!doctype html><body></body>').window;

/** Words of a report a reader sees: prose, chart titles, subtitles and alt text, tags stripped, spaces collapsed. */
function words(r: RenderedNotebook): string {
	const parts = [r.title, r.description];
	for (const s of r.sections) parts.push(s.kind === 'prose' ? s.html : [s.chart.title, s.chart.subtitle, s.chart.alt, s.chart.period].join(' \n '));
	return parts
		.join('\n')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}
const charts = (r: RenderedNotebook) => r.sections.flatMap((s) => (s.kind === 'chart' ? [s.chart] : []));

beforeAll(async () => {
	db = await testModel();
	// All 153 with PROSE_ALL=1 (npm run test:every-la); else the edge-case LAs and a sample (data/pipeline/test-las.ts).
	las = proseLas(await currentLas(db));
	for (const id of ['scrutiny-pack', 'autism-waiting-list', 'mld-over-identification']) {
		const nb = parseNotebook(id, readFileSync(new URL(`${id}.md`, NOTEBOOKS), 'utf8'));
		for (const la of las) reports.set(`${id}/${la.area_code}`, await runNotebook(nb, la.area_code, db, manifest, document));
	}
}, 900_000);
afterAll(async () => db?.close());

/** Sentences no report may contain, for any LA. */
const NEVER: [RegExp, string][] = [
	[/\{\{|\}\}/, 'an unfilled placeholder'],
	[/\b(NaN|undefined|null)\b/, 'a missing value printed as a word'],
	[
		/not published of|suppressed[^.]* of (annual|new|EHC)|(on|is) (not published|not available|suppressed[a-z ]*) of /,
		'a missing value spliced into a sentence'
	],
	[/between (\S+) and \1(?![\d.])/, 'a range whose ends are equal'],
	[/from (\d[\d,.]*) to \1 months/, 'a range whose ends are equal'],
	[/\bIn 0 of\b/, '"In 0 of": say none, or why it cannot be told'],
	[/\bthe 1 [A-Za-z-]+ (locations|areas)\b|\bacross the 1\b/, 'a single area counted as a plural'],
	[/\b1 (plans|EHC plans|young people|people|needs|NHS areas|locations|sub-ICB locations|new plans)\b/, 'a plural after 1'],
	[/\d\.\d{3,}/, 'an unrounded value'],
	[/\d+–\d+%/, 'a range written without "between"']
];

describe('prose claims hold for every LA and every report', () => {
	it('builds every report for every current LA', () => {
		if (PROSE_ALL) expect(las.length).toBe(153);
		else expect(las.length).toBeGreaterThanOrEqual(45);
		expect(reports.size).toBe(las.length * 3);
	});

	it('never writes a broken sentence (placeholders, missing values, equal ranges, plurals, rounding)', () => {
		const failures: string[] = [];
		for (const [key, r] of reports) {
			const text = words(r);
			for (const [pattern, what] of NEVER) {
				const m = pattern.exec(text);
				if (m) failures.push(`${key}: ${what}: "…${text.slice(Math.max(0, m.index - 60), m.index + 60)}…"`);
			}
		}
		expect(failures).toEqual([]);
	});

	it('names the most common primary need (ties together) as published', async () => {
		const rows = await db.all<{ area_code: string; need: string; value: number }>(`
			SELECT area_code, breakdown AS need, value FROM pub_ehcp_needs
			WHERE measure = 'ehc_plans_pc' AND breakdown_topic = 'Primary need' AND breakdown <> 'UNKNOWN' AND value IS NOT NULL
			  AND period = (SELECT max(period) FROM pub_ehcp_needs WHERE measure = 'ehc_plans_pc')`);
		const failures: string[] = [];
		for (const la of las) {
			const own = rows.filter((r) => r.area_code === la.area_code);
			const best = Math.max(...own.map((r) => Math.round(r.value * 10)));
			const top = own
				.filter((r) => Math.round(r.value * 10) === best)
				.map((r) => r.need)
				.sort();
			const text = words(reports.get(`scrutiny-pack/${la.area_code}`)!);
			const claim = /most common primary need on plans in .+? is (.+?) \((?:both |each )?([\d.]+)%\)/.exec(text);
			if (!claim) {
				// The claim must be made (every LA publishes its needs) — or, on the old pack, "ASD is the most common".
				const old = /(ASD|Autism \(ASD\)) is the most common primary need/.test(text);
				failures.push(`${la.area_name}: ${old ? `says ASD is the most common; it is ${top.join(' and ')}` : 'no most-common-need sentence'}`);
				continue;
			}
			const named = claim[1]!.split(/, | and /).sort();
			if (named.join() !== top.join() || claim[2] !== (best / 10).toFixed(1))
				failures.push(`${la.area_name}: says ${claim[1]} (${claim[2]}%); published ${top.join(' and ')} (${(best / 10).toFixed(1)}%)`);
		}
		expect(failures).toEqual([]);
	});

	it('counts NHS areas and their outlooks as the rows do, and ranges say their real ends', () => {
		const failures: string[] = [];
		for (const la of las) {
			const r = reports.get(`autism-waiting-list/${la.area_code}`)!;
			const text = words(r);
			const flows = charts(r).at(-1)!.rows;
			const known = flows.filter((f) => !String(f.outlook).startsWith('not published'));
			const growing = flows.filter((f) => String(f.outlook).startsWith('growing')).length;
			for (const m of text.matchAll(/In (\d+) of the (\d+) NHS areas( with published figures)?/g)) {
				if (Number(m[1]) !== growing || Number(m[2]) !== known.length)
					failures.push(`${la.area_name}: "${m[0]}" but ${growing} growing of ${known.length} with published figures (${flows.length} in all)`);
			}
			if (flows.length > 0 && known.length < flows.length && !/suppressed/.test(text))
				failures.push(`${la.area_name}: ${flows.length - known.length} areas suppressed, not said`);
			const months = flows
				.map((f) => /clears in about (\d+) months/.exec(String(f.outlook))?.[1])
				.filter(Boolean)
				.map(Number);
			const span = /would take (?:from (\d+) to (\d+) months|(\d+) months?) to clear/.exec(text);
			if (months.length > 0) {
				const [lo, hi] = [Math.min(...months), Math.max(...months)];
				const said = span ? (span[3] ? [Number(span[3]), Number(span[3])] : [Number(span[1]), Number(span[2])]) : null;
				if (!said || said[0] !== lo || said[1] !== hi) failures.push(`${la.area_name}: time to clear said ${span?.[0] ?? 'nowhere'}, rows ${lo}–${hi}`);
			} else if (span) failures.push(`${la.area_name}: "${span[0]}" but no list is shrinking`);
		}
		expect(failures).toEqual([]);
	});

	it('the pack gives the autism no-contact range, the number of locations and a note when shares miss 100%', () => {
		const failures: string[] = [];
		for (const la of las) {
			const r = reports.get(`scrutiny-pack/${la.area_code}`)!;
			const text = words(r);
			const asd = charts(r).find((c) => c.rows.some((row) => 'outcome' in row));
			const rows = asd?.rows ?? [];
			const locations = new Set(rows.map((row) => row.area_name)).size;
			const noContact = rows
				.filter((row) => row.outcome === 'No care contact yet' && typeof row.value === 'number')
				.map((row) => Math.round(row.value as number));
			if (noContact.length > 0) {
				const [lo, hi] = [Math.min(...noContact), Math.max(...noContact)];
				const expected = lo === hi ? `, ${lo}% had had no care contact` : `between ${lo}% and ${hi}% had had no care contact`;
				if (!text.includes(expected)) failures.push(`${la.area_name}: expected "${expected}"`);
			}
			const counted = /across the (\d+) NHS sub-ICB locations|in its one NHS sub-ICB location/.exec(text);
			if (locations > 0 && noContact.length > 0 && (!counted || (counted[1] ? Number(counted[1]) : 1) !== locations))
				failures.push(`${la.area_name}: ${locations} locations, said "${counted?.[0] ?? 'nothing'}"`);
			const sums = [...new Set(rows.map((row) => row.area_name))].map((name) => {
				const v = rows.filter((row) => row.area_name === name).map((row) => row.value);
				return v.length === 3 && v.every((x) => typeof x === 'number') ? (v as number[]).reduce((a, b) => a + b, 0) : null;
			});
			if (sums.some((s) => s !== null && Math.abs(s - 100) > 1.5) && !/rather than 100%/.test(text))
				failures.push(`${la.area_name}: shares sum to ${sums.join(', ')}% with no note`);
		}
		expect(failures).toEqual([]);
	});

	it('significance words agree with the exact 95% interval and flag small numbers (MLD)', async () => {
		const rows = await db.all<{ area_code: string; mld: number; total: number }>(`
			SELECT n.area_code, n.value AS mld, t.value AS total FROM pub_ehcp_needs n
			JOIN pub_ehcp_needs t ON t.area_code = n.area_code AND t.period = n.period AND t.measure = 'ehc_plans' AND t.breakdown_topic = 'Total'
			WHERE n.measure = 'ehc_plans' AND n.breakdown_topic = 'Primary need' AND n.breakdown = 'MLD'
			  AND n.period = (SELECT max(period) FROM pub_ehcp_needs WHERE measure = 'ehc_plans')`);
		const england = rows.find((r) => r.area_code === 'E92000001')!;
		const failures: string[] = [];
		for (const la of las) {
			const text = words(reports.get(`mld-over-identification/${la.area_code}`)!);
			const own = rows.find((r) => r.area_code === la.area_code);
			if (!own) continue;
			const c = compareWithReference(own.mld, own.total, england.mld / england.total);
			const expected =
				own.total < 30
					? 'too few'
					: c === 'higher'
						? 'significantly higher than England'
						: c === 'lower'
							? 'significantly lower than England'
							: 'not significantly different from England';
			const said = /(significantly higher than|significantly lower than|not significantly different from) England|too few/.exec(text)?.[0];
			if (said !== expected) failures.push(`${la.area_name}: says "${said}", the interval gives "${expected}" (${own.mld} of ${own.total})`);
			if (!/chance alone would flag/.test(text)) failures.push(`${la.area_name}: no word on how many flags chance alone gives`);
			if (/ranks \d+ of \d+/.test(text) && !/neither good nor bad|higher is better|lower is better/.test(text))
				failures.push(`${la.area_name}: a rank with no polarity`);
		}
		expect(failures).toEqual([]);
	});

	it('the pack opens with a summary whose better/worse words follow the numbers and the polarity', () => {
		const failures: string[] = [];
		for (const la of las) {
			const text = words(reports.get(`scrutiny-pack/${la.area_code}`)!);
			const [start, end] = [text.indexOf(' Summary '), text.indexOf('Sources and definitions')];
			const summary = start >= 0 && end > start ? text.slice(start, end) : '';
			if (!/What (improved|got worse|changed|can’t be told)/.test(summary)) {
				failures.push(`${la.area_name}: no summary of what improved, got worse or can't be told`);
				continue;
			}
			const groups = summary.split(/(?=What improved|What got worse|What changed|What can’t be told|No change)/);
			for (const g of groups) {
				const heading = /^(What improved|What got worse|What changed|What can’t be told|No change)/.exec(g)?.[1];
				if (!heading) continue;
				for (const m of g.matchAll(
					/\(([a-z ]+ is better|neither higher nor lower is better in itself)\): (up|down) from ([\d,.]+)%? in .+? to ([\d,.]+)%? in /g
				)) {
					const [from, to] = [Number(m[3]!.replace(/,/g, '')), Number(m[4]!.replace(/,/g, ''))];
					if ((m[2] === 'up') !== to > from) failures.push(`${la.area_name}: "${m[0]}" says ${m[2]}`);
					if (heading === 'What can’t be told') {
						// A movement under "can't be told" must say why (too few cases to judge).
						if (!/too few cases/.test(g)) failures.push(`${la.area_name}: "${m[0]}" is under "can't be told" with no reason`);
						continue;
					}
					const good = m[1] === 'higher is better' ? to > from : m[1] === 'lower is better' ? to < from : null;
					const expected = good === null ? 'What changed' : good ? 'What improved' : 'What got worse';
					if (heading !== expected) failures.push(`${la.area_name}: "${m[0]}" is under "${heading}"`);
				}
			}
			if (!/third party/.test(text)) failures.push(`${la.area_name}: no caution on the third-party exclusions copy`);
		}
		expect(failures).toEqual([]);
	});

	it('a summary line starts from a year with no figure for the LA only when it has no other year before the latest', async () => {
		// The years each summary measure has a figure for, per LA (the series the pack's summary block reads).
		const SERIES: Record<string, string> = {
			'EHC plans maintained': `SELECT area_code, year FROM pub_ehcp_caseload WHERE measure = 'ehc_plans' AND breakdown = 'Total' AND value IS NOT NULL`,
			'New EHC plans issued within 20 weeks': `SELECT area_code, year FROM pub_ehcp_timeliness WHERE measure = 'pc_within_20_weeks' AND breakdown = 'Total' AND value IS NOT NULL`,
			'Annual review decisions made within 4 weeks': `SELECT area_code, year FROM pub_ehcp_annual_reviews WHERE measure = 'review_decisions_within_4_weeks_pc' AND breakdown = 'Total' AND value IS NOT NULL`,
			'Suspensions per 100 pupils with an EHC plan': `SELECT area_code, year FROM pub_exclusions_sen WHERE measure = 'susp_rate' AND breakdown_topic = 'SEN provision' AND breakdown = 'EHC plan' AND value IS NOT NULL`,
			'16–17-year-olds with an EHC plan not in education, employment or training (or not known)': `SELECT area_code, year FROM pub_neet_send WHERE measure = 'neet_nk_pc' AND breakdown = 'EHC plan' AND value IS NOT NULL`
		};
		const known = new Map<string, Map<string, number[]>>();
		for (const [label, sql] of Object.entries(SERIES)) {
			const byArea = new Map<string, number[]>();
			for (const r of await db.all<{ area_code: string; year: number }>(sql)) byArea.set(r.area_code, [...(byArea.get(r.area_code) ?? []), Number(r.year)]);
			known.set(label, byArea);
		}
		const failures: string[] = [];
		let checked = 0;
		for (const la of las) {
			const text = words(reports.get(`scrutiny-pack/${la.area_code}`)!);
			const summary = text.slice(text.indexOf(' Summary '), text.indexOf('Sources and definitions'));
			for (const [label, byArea] of known) {
				const line = summary.slice(summary.indexOf(`${label} (`)).split(/\. (?=[A-Z])/)[0]!;
				const missingFrom = /: the (?:January )?(\d{4}) figure is [^.]*? and the/.exec(line) ?? /: the (?:January )?(\d{4}) figure is /.exec(line);
				if (!missingFrom) continue;
				const years = byArea.get(la.area_code) ?? [];
				const latest = Math.max(...[...byArea.values()].flat());
				const said = Number(missingFrom[1]);
				if (said === latest) continue;
				checked++;
				const other = years.filter((y) => y !== latest);
				if (other.length > 0) failures.push(`${la.area_name}: "${line.slice(0, 160)}" though it has ${label} figures for ${other.join(', ')}`);
			}
		}
		expect(checked).toBeGreaterThan(0);
		expect(failures).toEqual([]);
	});
});
