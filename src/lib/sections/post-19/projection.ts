/**
 * The projected number of young people aged 19–25 with EHC plans in each of the next few years: today's plans aged
 * forward one year at a time, each year keeping the share that did not cease at that age. No new plans are added
 * (few plans start after 18), and a plan ends at 25 (the maximum age). Pure: no SQL, no DOM.
 */

export interface CohortCell {
	/** Age in completed years on the census date. */
	age: number;
	need: string;
	quadrant: string;
	plans: number;
}

export interface CeasingObservation {
	/** Age at which plans ceased (or were held). */
	age: number;
	/** Plans that ceased at this age in the 12 months before the census. */
	ceased: number;
	/** Plans held at this age on the census date (still active). */
	active: number;
}

export interface ProjectionOptions {
	/** The census year the cohort is counted at (e.g. 2025 for January 2025). */
	baseYear: number;
	/** How many years ahead to project (1 … years). */
	years: number;
	/** Multiplier on the observed ceasing rates (1 = as observed). */
	ceasingFactor: number;
	minAge?: number;
	maxAge?: number;
}

export interface ProjectedCell {
	year: number;
	need: string;
	quadrant: string;
	/** Expected number of young people aged 19–25 with a plan (not rounded). */
	projected: number;
}

const POST19_MIN_AGE = 19;
const POST19_MAX_AGE = 25;

/**
 * Observed annual ceasing rate by age: plans that ceased at that age in the last 12 months ÷ (those plans + plans
 * still held at that age). Ages with no plans at all get rate 0 (nothing to cease).
 */
export function ceasingRates(observations: CeasingObservation[]): Map<number, number> {
	const rates = new Map<number, number>();
	for (const o of observations) {
		const atRisk = o.ceased + o.active;
		rates.set(o.age, atRisk > 0 ? o.ceased / atRisk : 0);
	}
	return rates;
}

/** Share of plans held at `fromAge` still held `years` later: product of (1 − rate × factor) over the ages passed. */
export function survival(rates: Map<number, number>, fromAge: number, years: number, factor: number): number {
	let share = 1;
	for (let age = fromAge; age < fromAge + years; age++) {
		const rate = Math.min(1, Math.max(0, (rates.get(age) ?? 0) * factor));
		share *= 1 - rate;
	}
	return share;
}

/** Projected 19–25-year-olds with plans, per future census year × need × quadrant (cells with none are left out). */
export function projectCohort(cohort: CohortCell[], rates: Map<number, number>, options: ProjectionOptions): ProjectedCell[] {
	const minAge = options.minAge ?? POST19_MIN_AGE;
	const maxAge = options.maxAge ?? POST19_MAX_AGE;
	const out = new Map<string, ProjectedCell>();
	for (let t = 1; t <= options.years; t++) {
		const year = options.baseYear + t;
		for (const c of cohort) {
			const ageThen = c.age + t;
			if (ageThen < minAge || ageThen > maxAge) continue;
			const key = `${year}|${c.need}|${c.quadrant}`;
			const cell = out.get(key) ?? { year, need: c.need, quadrant: c.quadrant, projected: 0 };
			cell.projected += c.plans * survival(rates, c.age, t, options.ceasingFactor);
			out.set(key, cell);
		}
	}
	return [...out.values()].sort((a, b) => a.year - b.year || a.need.localeCompare(b.need) || a.quadrant.localeCompare(b.quadrant));
}

/** Sums projected cells by the chosen dimensions ('year' always kept). */
export function sumProjection(cells: ProjectedCell[], by: 'need' | 'quadrant' | null): { year: number; group: string; projected: number }[] {
	const out = new Map<string, { year: number; group: string; projected: number }>();
	for (const c of cells) {
		const group = by ? c[by] : 'All';
		const key = `${c.year}|${group}`;
		const row = out.get(key) ?? { year: c.year, group, projected: 0 };
		row.projected += c.projected;
		out.set(key, row);
	}
	return [...out.values()].sort((a, b) => a.year - b.year || a.group.localeCompare(b.group));
}

/** Parses the ceasing-rate assumption from the URL: a percentage of the observed rates, 0–300; else 100. */
export function parseCeasingPercent(text: string | null): number {
	const n = Number(text);
	if (text === null || text.trim() === '' || !Number.isFinite(n)) return 100;
	return Math.min(300, Math.max(0, Math.round(n)));
}
