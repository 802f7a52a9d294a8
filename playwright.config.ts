import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run against the BUILT site served by scripts/serve.ts (as `npm start` serves it) on a fixed port.
 * `npm run test:e2e` builds first (`npm run build`, which also regenerates the data), then runs Playwright, whose
 * `webServer` only serves that build (building again here would double the slowest step).
 *
 * The browser is Debian's Chromium at /usr/bin/chromium (`scripts/ensure-chromium.sh` installs it):
 * `npx playwright install` cannot download browsers in this environment.
 */
// Fixed port; E2E_PORT overrides it when several runs share a machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST = '127.0.0.1';
const BASE_URL = `http://${HOST}:${PORT}`;
const CI = !!process.env.CI;
const ROOT = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	// Two cores here: one DuckDB (a 35 MB wasm) per worker is plenty.
	workers: 2,
	fullyParallel: false,
	forbidOnly: CI,
	retries: CI ? 1 : 0,
	timeout: 90_000,
	expect: { timeout: 15_000 },
	reporter: CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
	use: {
		baseURL: BASE_URL,
		browserName: 'chromium',
		viewport: { width: 1280, height: 900 },
		locale: 'en-GB',
		timezoneId: 'Europe/London',
		// Tracing records every response body (a 35 MB wasm and ~45 MB of Arrow per page), which made DuckDB pages about
		// three times slower to load; so the first attempt runs untraced and only a retry is traced (run with
		// `--trace on` to trace locally).
		trace: 'on-first-retry',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	},
	projects: [{ name: 'chromium' }],
	webServer: {
		// The same static server `npm start` uses (scripts/serve.ts: sirv with the precompressed .br/.gz files and cache headers), so tests see what users get.
		command: `test -f build/about-data.html || { echo "No build found: run npm run build first (npm run test:e2e does)" >&2; exit 1; }; exec npx tsx scripts/serve.ts build --host ${HOST} --port ${PORT}`,
		cwd: ROOT,
		url: `${BASE_URL}/about-data`,
		reuseExistingServer: !CI,
		timeout: 120_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
