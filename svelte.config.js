import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to static files; the area and view state live in the query string
		// and are read in the browser, so one prerendered page serves every area.
		// precompress is off: brotli-11 over the two 35 MB duckdb-wasm bundles took ~3 minutes of a 2-core build;
		// scripts/precompress.ts (run by `npm run build`) does it faster.
		// Absolute asset paths (/_app/…), so a page sent for another URL (404.html for /a/b/c) keeps its styles and
		// scripts. To host under a sub-folder, set paths.base; every link already goes through `base`.
		paths: { relative: false },
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true })
	}
};

export default config;
