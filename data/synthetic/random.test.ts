import { describe, expect, it } from 'vitest';
import { apportion, Categorical, createRng, streamSeed } from './random';

describe('createRng', () => {
	it('is deterministic per seed and stream', () => {
		const a = createRng(42, 'x');
		const b = createRng(42, 'x');
		const xs = Array.from({ length: 50 }, () => a.next());
		expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
	});
	it('gives different streams for different seeds or names', () => {
		const first = (seed: number, name: string) => createRng(seed, name).next();
		expect(first(42, 'x')).not.toBe(first(43, 'x'));
		expect(first(42, 'x')).not.toBe(first(42, 'y'));
		expect(streamSeed(42, 'x')).not.toBe(0);
	});
	it('draws in range', () => {
		const rng = createRng(1, 'range');
		for (let i = 0; i < 1000; i++) {
			const v = rng.int(3, 7);
			expect(v).toBeGreaterThanOrEqual(3);
			expect(v).toBeLessThanOrEqual(7);
			expect(Number.isInteger(v)).toBe(true);
		}
	});
	it('log-normal has roughly the requested median', () => {
		const rng = createRng(7, 'ln');
		const xs = Array.from({ length: 20001 }, () => rng.logNormal(90, 0.5)).sort((a, b) => a - b);
		expect(xs[10000]).toBeGreaterThan(85);
		expect(xs[10000]).toBeLessThan(95);
	});
});

describe('Categorical', () => {
	it('samples in proportion to the weights', () => {
		const c = new Categorical(['a', 'b', 'c'], [1, 0, 3]);
		const rng = createRng(3, 'cat');
		const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
		for (let i = 0; i < 40000; i++) counts[c.sample(rng)]!++;
		expect(counts.b).toBe(0);
		expect(counts.c! / 40000).toBeCloseTo(0.75, 1);
		expect(c.probabilities()).toEqual([0.25, 0, 0.75]);
	});
	it('rejects bad weights', () => {
		expect(() => new Categorical(['a'], [0])).toThrow();
		expect(() => new Categorical(['a', 'b'], [1])).toThrow();
	});
});

describe('apportion', () => {
	it('splits a total exactly', () => {
		const parts = apportion(10, [1, 1, 1]);
		expect(parts.reduce((a, b) => a + b, 0)).toBe(10);
		expect(parts).toEqual([4, 3, 3]);
	});
});
