import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to static files; the area and view state live in the query string
		// and are read in the browser, so one prerendered page serves every area.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: true, strict: true })
	}
};

export default config;
