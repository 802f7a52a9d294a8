/**
 * Checks a generated sentence, and a chart spec's words against its own rows: the rules the section pages' prose must
 * keep for every LA (plurals, ranges, unpublished values, unrounded numbers, rankings with ties and a stated good end,
 * "highest"/"most common" claims, significance words against the intervals shown). Test support: returns problems.
 */
import type { ChartCell, ChartSpec } from '$lib/charts/spec';
import { MIN_BASE_FOR_SIGNIFICANCE } from '$lib/format/prose';

// Words ending in "s" that are not plurals, after a "1".
const NOT_PLURAL = new Set(['is', 'was', 'has', 'does', 'plus', 'as', 'its', 'this', 'thus', 'across', 'always', 'less', 'unless', 'status']);
const looksPlural = (w: string) =>
	w === 'people' || w === 'children' || (/^[A-Za-z][A-Za-z-]*[a-z]s$/.test(w) && !w.endsWith('ss') && !NOT_PLURAL.has(w.toLowerCase())) || /^[A-Z]+s$/.test(w);

export function sentenceProblems(text: string): string[] {
	const out: string[] = [];
	const say = (why: string, m: RegExpMatchArray | null) => m && out.push(`${why}: "…${text.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 30)}…"`);
	for (const m of text.matchAll(/(?<![\d.,−-])1 (?:(?:NHS|young|new|active|more|other|open) )?([A-Za-z][A-Za-z-]*)/g))
		if (looksPlural(m[1]!)) say('a plural after 1', m);
	say('a plural verb after 1', text.match(/(?<![\d.,−-])\b1 (?:[A-Za-z-]+ )?[A-Za-z-]*[^s\s] (?:serve|are|were|have|lie|hold)\b/));
	say('a range with equal ends', text.match(/\bbetween (\S+) and \1(?=[\s,.;)]|$)/));
	say('a range with equal ends', text.match(/\bfrom (\d\S*) to \1(?=[\s,.;)]|$)/));
	say(
		'an unpublished value used as a number',
		text.match(/(?<!\b(?:City|County|Isle|Isles) )\b(?:by|of|at|to) not (?:published|available)\b|\bnot (?:published|available)(?: of|%| per 100| times)/)
	);
	say('a missing value printed', text.match(/NaN|undefined|Infinity|\bnull\b|\[object/));
	// Two decimals are allowed: intervals beside a reference are shown to two where one would hide the verdict.
	say('an unrounded number', text.match(/\d\.\d{3,}/));
	say('a rank or count of zero', text.match(/\b(?:ranks?|is) 0 of\b|\b0 of 0\b/));
	say('broken punctuation', text.match(/\s[,.;:](?!\d)|\(\s*[,;)]|,\s*[,.]|\s{2,}/));
	const rank = text.match(/\b(?:ranks|is) (\d+)(?: \(joint\))? of (\d+)\b/);
	if (rank && !/higher is better|lower is better|neither higher nor lower is better/i.test(text)) say('a rank that does not say which end is good', rank);
	return out;
}

const num = (c: ChartCell | undefined): number | null => (typeof c === 'number' && Number.isFinite(c) ? c : null);

/** Ranked neighbour charts: the stated rank must be 1 + the number of areas strictly above (ties share a rank). */
function rankProblems(spec: ChartSpec): string[] {
	const m = spec.title.match(/\b(?:ranks|is) (\d+)( \(joint\))? of (\d+)\b/);
	if (!m) return [];
	const key = spec.columns.find((c) => c.unit === 'percent')?.key;
	if (!key) return [];
	const ranked = spec.rows.filter((r) => /Selected LA|Statistical neighbour/.test(String(r.role)) && num(r[key]) !== null);
	const own = ranked.find((r) => r.role === 'Selected LA');
	if (!own) return [`a rank is stated but the LA has no figure: ${spec.title}`];
	const v = num(own[key])!;
	const expected = 1 + ranked.filter((r) => num(r[key])! > v).length;
	const tied = ranked.filter((r) => num(r[key]) === v).length > 1;
	const out: string[] = [];
	if (Number(m[1]) !== expected || Number(m[3]) !== ranked.length)
		out.push(`rank ${m[1]} of ${m[3]} stated, the rows give ${expected} of ${ranked.length}: ${spec.title}`);
	if (tied !== Boolean(m[2])) out.push(`a tie ${tied ? 'not said' : 'said where there is none'}: ${spec.title}`);
	return out;
}

/** The ranked sub-ICB table: tied values share a rank. */
function rankColumnProblems(spec: ChartSpec): string[] {
	if (!spec.columns.some((c) => c.key === 'rank')) return [];
	const rankNum = (r: ChartSpec['rows'][number]) => (typeof r.rank === 'string' && /^=?\d+$/.test(r.rank) ? Number(r.rank.replace('=', '')) : num(r.rank));
	const rows = spec.rows.filter((r) => rankNum(r) !== null && num(r.value) !== null);
	const small = rows.filter((r) => num(r.n) === null || num(r.n)! < MIN_BASE_FOR_SIGNIFICANCE);
	if (small.length)
		return [`${small.length} areas ranked on fewer than ${MIN_BASE_FOR_SIGNIFICANCE} (rounded) patients, e.g. ${small[0]!.area} (${small[0]!.n})`];
	return rows
		.filter((r) => rankNum(r) !== 1 + rows.filter((o) => num(o.value)! > num(r.value)!).length)
		.slice(0, 3)
		.map((r) => `rank ${r.rank} for ${r.area} (${r.value}%) ignores ties`);
}

/** "X is the most common primary need": X must have the largest count (ties named together). */
function mostCommonProblems(spec: ChartSpec): string[] {
	const m = spec.title.match(/^(.+?) (?:is|are(?: equally)?) the most common primary need/);
	if (!m) return [];
	const rows = spec.rows.filter((r) => r.need !== 'Need not recorded' && num(r.count) !== null);
	const max = Math.max(...rows.map((r) => num(r.count)!));
	const top = rows.filter((r) => num(r.count) === max).map((r) => String(r.need));
	const named = m[1]!.split(/, | and /);
	const ok = top.length === named.length && top.every((need) => named.some((n) => need.includes(`(${n})`)));
	return ok ? [] : [`"${m[1]}" named most common; the rows' largest count (${max}) is ${top.join(' and ')}`];
}

const FLAG = /significantly (higher|lower)|not significantly different|too few to judge/;

/** Significance words in a table row must agree with the interval shown beside them, and not be made on tiny counts. */
function flagRowProblems(spec: ChartSpec, flagKey: string, refKey: string, nOf: (r: ChartSpec['rows'][number]) => number | null): string[] {
	const out: string[] = [];
	for (const r of spec.rows) {
		const flag = String(r[flagKey] ?? '').match(FLAG)?.[0];
		const lo = num(r.lower);
		const hi = num(r.upper);
		const ref = num(r[refKey]);
		if (!flag || lo === null || hi === null || ref === null) continue;
		const n = nOf(r);
		const label = `${r.need ?? r.indicator ?? r.area}: "${flag}" with 95% CI ${lo}–${hi} against ${ref}`;
		if (flag.includes('higher') && !(ref < lo)) out.push(label);
		if (flag.includes('lower') && !(ref > hi)) out.push(label);
		if (flag === 'not significantly different' && !(lo <= ref && ref <= hi)) out.push(label);
		if (/significantly (higher|lower)/.test(flag) && n !== null && n < MIN_BASE_FOR_SIGNIFICANCE) out.push(`${label}, on a base of ${n}`);
	}
	return out;
}

function profileProblems(spec: ChartSpec): string[] {
	const total = spec.rows.reduce((s, r) => s + (num(r.count) ?? 0), 0);
	const out = flagRowProblems(spec, 'flag', 'england', () => total);
	const m = spec.title.match(/(\d+|no) needs? (?:is|are) significantly above England's share, (\d+|none) below/);
	if (m) {
		const count = (w: string) => (w === 'no' || w === 'none' ? 0 : Number(w));
		const higher = spec.rows.filter((r) => String(r.flag).includes('significantly higher')).length;
		const lower = spec.rows.filter((r) => String(r.flag).includes('significantly lower')).length;
		if (count(m[1]!) !== higher || count(m[2]!) !== lower) out.push(`title says ${m[1]} above / ${m[2]} below, rows flag ${higher} / ${lower}`);
	}
	return out;
}

/** "X has the highest …": X's value is the strict maximum, and its base is not tiny or rounded away. */
function highestProblems(spec: ChartSpec): string[] {
	const m = spec.title.match(/^(.+?) has the highest share/);
	if (!m || spec.id !== 'side-by-side') return [];
	const rows = spec.rows.filter((r) => num(r.no_contact) !== null);
	const own = rows.find((r) => String(r.area).startsWith(m[1]!));
	if (!own) return [`"${m[1]}" named highest but not in the rows`];
	const v = num(own.no_contact)!;
	const out: string[] = [];
	if (rows.some((r) => r !== own && num(r.no_contact)! >= v)) out.push(`"${m[1]}" named highest (${v}%) but another area is as high`);
	const n = num(own.open13);
	if (n === null || n < MIN_BASE_FOR_SIGNIFICANCE) out.push(`"${m[1]}" named highest on ${own.open13} patients (counts rounded to 5)`);
	return out;
}

/** Growth "fastest of any group" must compare groups from the same base year. */
function fastestProblems(spec: ChartSpec): string[] {
	if (!/grew fastest/.test(spec.title)) return [];
	const area = spec.title.match(/^In (.+?), /)?.[1];
	const excluded = spec.title.match(/\(([^()]*) not compared: first published later\)/)?.[1] ?? '';
	const bases = new Set(spec.rows.filter((r) => r.area === area && num(r.index) !== null && !excluded.includes(`${r.group} from`)).map((r) => r.firstYear));
	return bases.size > 1 ? [`"grew fastest" compares groups from different base years (${[...bases].join(', ')}): ${spec.title}`] : [];
}

/** Interval charts of timeliness: "higher/lower than England beyond chance" against the LA's shown interval. */
function beyondChanceProblems(spec: ChartSpec): string[] {
	const m = spec.title.match(/(higher than|lower than|not different from) England \((\d+(?:\.\d)?)%\)/);
	if (!m) return [];
	const first = spec.rows.find((r) => r.role === 'Selected LA');
	const lo = num(first?.lower);
	const hi = num(first?.upper);
	const ref = Number(m[2]);
	if (lo === null || hi === null) return [];
	const ok = m[1] === 'higher than' ? ref < lo : m[1] === 'lower than' ? ref > hi : lo <= ref && ref <= hi;
	return ok ? [] : [`"${m[1]} England (${ref}%)" with the LA's interval ${lo}–${hi}`];
}

/**
 * Direction of travel in a title: "better/worse" must agree with up/down and the polarity stated, and each end
 * ("from 75.8% in 2019 to 48.3% in 2024") must be a figure in the table for that area and year.
 */
function travelProblems(spec: ChartSpec, area: string): string[] {
	const out: string[] = [];
	const polarity = spec.title.match(/\((higher|lower) is better\)/)?.[1];
	for (const m of spec.title.matchAll(/(better|worse): (up|down) from ([\d.,]+)%? in (\S+(?: \d{4})?) to ([\d.,]+)%? in (\S+(?: \d{4})?)/g)) {
		const [, verdict, way] = m;
		if (polarity && (verdict === 'better') !== ((way === 'up') === (polarity === 'higher'))) out.push(`"${m[0]}" with ${polarity} is better`);
		for (const [value, year] of [
			[m[3]!, m[4]!],
			[m[5]!, m[6]!]
		] as const) {
			const y = year.replace(/^January /, '');
			const decimals = value.split('.')[1]?.length ?? 0;
			const shown = (v: ChartCell) =>
				typeof v === 'number' && (Math.round(v * 10 ** decimals) / 10 ** decimals).toFixed(decimals) === Number(value.replace(/,/g, '')).toFixed(decimals);
			const rows = spec.rows.filter(
				(r) => Object.values(r).some((v) => typeof v === 'string' && v.startsWith(area)) && Object.values(r).some((v) => String(v) === y)
			);
			if (rows.length > 0 && !rows.some((r) => Object.values(r).some(shown))) out.push(`"${value} in ${year}" is not ${area}'s figure in the table`);
		}
	}
	return out;
}

export function specProblems(spec: ChartSpec, area = ''): string[] {
	const texts = [spec.title, spec.subtitle, spec.alt, ...spec.notes];
	const out = texts.flatMap(sentenceProblems);
	for (const r of spec.rows)
		for (const v of Object.values(r)) if (typeof v === 'number' && !Number.isFinite(v)) out.push(`a non-finite number in the table: ${JSON.stringify(r)}`);
	out.push(
		...rankProblems(spec),
		...rankColumnProblems(spec),
		...mostCommonProblems(spec),
		...highestProblems(spec),
		...fastestProblems(spec),
		...beyondChanceProblems(spec)
	);
	if (area) out.push(...travelProblems(spec, area));
	if (spec.id.startsWith('need-profile')) out.push(...profileProblems(spec));
	if (spec.id === 'unmet-need') out.push(...flagRowProblems(spec, 'verdict', 'england', (r) => num(r.denominator)));
	return out;
}
