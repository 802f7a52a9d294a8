import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// duckdb-wasm is only ever imported dynamically in the browser; keep Vite from pre-bundling it.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		// The published model is built from data/raw once per run; test files copy it with testModel().
		globalSetup: ['data/pipeline/test-model-setup.ts'],
		// Generous limits: on a busy 2-core machine a model build or a chart render can take several times as long as
		// on a quiet one, and a timeout there says nothing about the code. A hung test still fails.
		testTimeout: 120_000,
		// Vitest's default is one worker fewer than the cores, which is one on these 2-core machines; two workers took
		// the unit run from 207 s to 152 s here (DuckDB waits leave room for a second file).
		maxWorkers: 2,
		hookTimeout: 300_000
	}
});
