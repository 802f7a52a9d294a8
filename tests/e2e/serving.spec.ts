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
