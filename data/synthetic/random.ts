/**
 * Seeded randomness for the synthetic extract. Everything random comes from d3-random's `randomLcg`, one
 * independent stream per concern (so changing how one table is generated leaves the others byte-identical).
 */
import { randomLcg, randomNormal, randomPoisson } from 'd3-random';

/** 32-bit FNV-1a hash of a string. */
function hashString(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Mixes the extract seed with a stream name into a 32-bit seed (murmur3 finaliser). */
export function streamSeed(seed: number, stream: string): number {
	let h = (Math.floor(seed) ^ hashString(stream)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	h = (h ^ (h >>> 16)) >>> 0;
	return h === 0 ? 1 : h;
}

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [lo, hi] (inclusive). */
	int(lo: number, hi: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** Standard normal. */
	normal(): number;
	/** Log-normal with the given median and log-scale sigma. */
	logNormal(median: number, sigma: number): number;
	/** Poisson count with mean lambda. */
	poisson(lambda: number): number;
	/** Uniform pick from an array. */
	pick<T>(items: readonly T[]): T;
}

/** A random stream for `stream`, seeded from the extract seed. */
export function createRng(seed: number, stream: string): Rng {
	const lcg = randomLcg(streamSeed(seed, stream));
	const std = randomNormal.source(lcg)(0, 1);
	const poissonOf = randomPoisson.source(lcg);
	return {
		next: lcg,
		int: (lo, hi) => lo + Math.floor(lcg() * (hi - lo + 1)),
		chance: (p) => lcg() < p,
		normal: std,
		logNormal: (median, sigma) => median * Math.exp(sigma * std()),
		poisson: (lambda) => (lambda <= 0 ? 0 : poissonOf(lambda)()),
		pick: <T>(items: readonly T[]): T => {
			if (items.length === 0) throw new Error('pick: empty array');
			return items[Math.floor(lcg() * items.length)] as T;
		}
	};
}

/**
 * A categorical distribution over `values` with non-negative `weights`, sampled by binary search on the
 * cumulative weights (no per-draw allocation).
 */
export class Categorical<T> {
	readonly values: readonly T[];
	private readonly cumulative: Float64Array;
	private readonly total: number;

	constructor(values: readonly T[], weights: readonly number[]) {
		if (values.length !== weights.length || values.length === 0) {
			throw new Error(`Categorical: ${values.length} values but ${weights.length} weights`);
		}
		this.values = values;
		this.cumulative = new Float64Array(weights.length);
		let sum = 0;
		weights.forEach((w, i) => {
			if (!(w >= 0)) throw new Error(`Categorical: weight ${i} is ${w}`);
			sum += w;
			this.cumulative[i] = sum;
		});
		if (sum <= 0) throw new Error('Categorical: weights sum to zero');
		this.total = sum;
	}

	/** Index of a draw. */
	index(rng: Rng): number {
		const u = rng.next() * this.total;
		let lo = 0;
		let hi = this.cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (u < (this.cumulative[mid] as number)) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	}

	sample(rng: Rng): T {
		return this.values[this.index(rng)] as T;
	}

	/** Probability of each value. */
	probabilities(): number[] {
		let prev = 0;
		return Array.from(this.cumulative, (c) => {
			const p = (c - prev) / this.total;
			prev = c;
			return p;
		});
	}
}

/** Builds a Categorical from a record of value → weight (key order is the value order). */
export function categorical<K extends string>(weights: Readonly<Record<K, number>>): Categorical<K> {
	const keys = Object.keys(weights) as K[];
	return new Categorical(
		keys,
		keys.map((k) => weights[k])
	);
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder; deterministic). */
export function apportion(total: number, weights: readonly number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum <= 0) return weights.map(() => 0);
	const exact = weights.map((w) => (total * w) / sum);
	const parts = exact.map(Math.floor);
	let left = total - parts.reduce((a, b) => a + b, 0);
	const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
	for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
		const i = (order[k] as { i: number }).i;
		parts[i] = (parts[i] as number) + 1;
	}
	return parts;
}
