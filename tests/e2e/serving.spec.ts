import { expect, test } from '@playwright/test';

// Data and code are precompressed at build time and the static server sends the compressed copy.
test('data files, code and the duckdb-wasm bundle are served brotli-compressed', async ({ request }) => {
	const manifest = await (await request.get('/data/manifest.json')).json();
	const caseload = manifest.datasets.find((d: { id: string }) => d.id === 'ehcp_caseload');
	const res = await request.get(`/data/${caseload.file}`, { headers: { 'accept-encoding': 'br' } });
	expect(res.headers()['content-encoding']).toBe('br');
	// Playwright decodes the body: it must be the very file the manifest describes.
	expect((await res.body()).byteLength).toBe(caseload.bytes);

	const gz = await request.get('/data/manifest.json', { headers: { 'accept-encoding': 'gzip' } });
	expect(gz.headers()['content-encoding']).toBe('gzip');
});

// A repeat visit must not download the 34 MB wasm again: hashed assets are cached for a year, everything else is
// revalidated with its ETag (a 304 costs no body).
test('hashed assets are cached as immutable; pages and data are revalidated with an ETag', async ({ request }) => {
	const html = await (await request.get('/about-data')).text();
	const asset = /\/_app\/immutable\/[^"']+\.js/.exec(html)?.[0];
	expect(asset, 'a hashed script in the page').toBeTruthy();
	expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');

	const manifest = await request.get('/data/manifest.json');
	expect(manifest.headers()['cache-control']).toBe('no-cache');
	const etag = manifest.headers()['etag'];
	expect(etag).toBeTruthy();
	const again = await request.get('/data/manifest.json', { headers: { 'if-none-match': etag! } });
	expect(again.status()).toBe(304);

	const file = (await manifest.json()).datasets[0].file as string;
	expect((await request.get(`/data/${file}`)).headers()['content-type']).toBe('application/vnd.apache.arrow.stream');
});
