/**
 * Prepared tables: results computed in TypeScript (where the site already computes them, once) that a notebook's SQL
 * reads like any table. A notebook lists the ones it uses in its front matter (`prepared: [area_profile]`); `run.ts`
 * creates them for the report's area before the first SQL block.
 */
import { quoteLiteral, type QueryRunner } from '$lib/db/runner';
import type { IndicatorAcrossLas } from '$lib/metrics/indicators';
import { bandText, figureText, spineRows } from '$lib/sections/profile/charts';
import { PROSE_POLARITY } from '$lib/sections/profile/model';
import { areaProfile } from '$lib/sections/profile/profile';
import { profileBaseView, profileView } from '$lib/sections/profile/view';
import { bandCounts, bandSentence, travelSummary } from '$lib/sections/profile/words';
import { ALL_AREAS } from '$lib/published-views/view';
import { polarityNote } from '$lib/format/prose';
import { NOT_PUBLISHED } from '$lib/format/figure';

type Cell = string | number | boolean | null;
type Column = [name: string, type: 'VARCHAR' | 'DOUBLE' | 'INTEGER'];

export interface PreparedTable {
	name: string;
	/** Datasets its rows come from (for the report's sources). */
	datasets: readonly string[];
	columns: Column[];
	rows: (db: QueryRunner, area: string) => Promise<Record<string, Cell>[]>;
}

// The site-wide half of the profile is the same for every LA: computed once per database.
const acrossLas = new WeakMap<QueryRunner, Promise<IndicatorAcrossLas[]>>();
const profileBase = (db: QueryRunner) => {
	if (!acrossLas.has(db)) acrossLas.set(db, profileBaseView.query(db, ALL_AREAS));
	return acrossLas.get(db)!;
};

async function computeProfile(db: QueryRunner, area: string) {
	const [base, { comparators, figures }] = await Promise.all([profileBase(db), profileView.query(db, area)]);
	const la = comparators.find((c) => c.role === 'selected');
	return { name: la?.area_name ?? area, rows: figures ? areaProfile(base, figures) : [] };
}

// Both profile tables read the same profile: computed once for the latest area asked (a report makes them one after
// the other), so a report runs the profile queries once, not twice (about 0.1 s per LA at build).
let lastProfile: { db: QueryRunner; area: string; profile: ReturnType<typeof computeProfile> } | undefined;
function profileOf(db: QueryRunner, area: string): ReturnType<typeof computeProfile> {
	if (lastProfile?.db !== db || lastProfile.area !== area) {
		const profile = computeProfile(db, area);
		lastProfile = { db, area, profile };
		// A failed query is not kept: the next call tries again.
		profile.catch(() => {
			if (lastProfile?.profile === profile) lastProfile = undefined;
		});
	}
	return lastProfile.profile;
}

const AREA_PROFILE: PreparedTable = {
	name: 'area_profile',
	datasets: profileView.datasets,
	columns: [
		['ord', 'INTEGER'],
		['id', 'VARCHAR'],
		['label', 'VARCHAR'],
		['section', 'VARCHAR'],
		['period', 'VARCHAR'],
		['value_text', 'VARCHAR'],
		['england_text', 'VARCHAR'],
		['range_text', 'VARCHAR'],
		['band', 'VARCHAR'],
		['band_text', 'VARCHAR'],
		['polarity_text', 'VARCHAR'],
		['significance', 'VARCHAR'],
		['direction', 'VARCHAR'],
		['direction_text', 'VARCHAR'],
		['area_pos', 'DOUBLE'],
		['england_pos', 'DOUBLE'],
		['q1_pos', 'DOUBLE'],
		['median_pos', 'DOUBLE'],
		['q3_pos', 'DOUBLE'],
		['missing_text', 'VARCHAR']
	],
	async rows(db, area) {
		const { rows } = await profileOf(db, area);
		const spine = spineRows(rows);
		return rows.map((r, i) => ({
			ord: i + 1,
			id: r.id,
			label: r.label,
			section: r.section,
			period: r.period ?? NOT_PUBLISHED,
			value_text: figureText(r, r.value, r.symbol),
			england_text: `${figureText(r, r.england)}${r.england !== null && r.englandComputed ? ' (computed from LAs)' : ''}`,
			range_text: r.cuts
				? r.cuts.min === r.cuts.max
					? figureText(r, r.cuts.min)
					: `${figureText(r, r.cuts.min)} to ${figureText(r, r.cuts.max)}`
				: NOT_PUBLISHED,
			band: r.band,
			band_text: bandText(r),
			polarity_text: polarityNote(PROSE_POLARITY[r.polarity]),
			significance: r.significance ?? 'no interval',
			direction: r.direction,
			direction_text: r.directionText,
			area_pos: spine[i]!.area,
			england_pos: spine[i]!.england,
			q1_pos: spine[i]!.q1,
			median_pos: spine[i]!.median,
			q3_pos: spine[i]!.q3,
			missing_text: spine[i]!.missing ?? null
		}));
	}
};

const AREA_PROFILE_SUMMARY: PreparedTable = {
	name: 'area_profile_summary',
	datasets: profileView.datasets,
	columns: [
		['sentence', 'VARCHAR'],
		['travel', 'VARCHAR'],
		['best', 'INTEGER'],
		['worst', 'INTEGER'],
		['banded', 'INTEGER'],
		['total', 'INTEGER']
	],
	async rows(db, area) {
		const { name, rows } = await profileOf(db, area);
		const c = bandCounts(rows);
		return [{ sentence: bandSentence(name, rows), travel: travelSummary(rows), best: c.best, worst: c.worst, banded: c.banded, total: c.total }];
	}
};

export const PREPARED_TABLES: readonly PreparedTable[] = [AREA_PROFILE, AREA_PROFILE_SUMMARY];

const literal = (v: Cell) =>
	v === null ? 'NULL' : typeof v === 'number' ? (Number.isFinite(v) ? String(v) : 'NULL') : typeof v === 'boolean' ? String(v) : quoteLiteral(v);

/** Creates the prepared table for the area as a temporary table of that name. */
export async function createPrepared(db: QueryRunner, table: PreparedTable, area: string): Promise<void> {
	const rows = await table.rows(db, area);
	const cols = table.columns.map(([n, t]) => `${n} ${t}`).join(', ');
	await db.all(`CREATE OR REPLACE TEMP TABLE ${table.name} (${cols})`);
	if (rows.length === 0) return;
	const values = rows.map((r) => `(${table.columns.map(([n]) => literal(r[n] ?? null)).join(', ')})`).join(', ');
	await db.all(`INSERT INTO ${table.name} VALUES ${values}`);
}
