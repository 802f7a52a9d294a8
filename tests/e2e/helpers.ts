/**
 * Shared helpers for the end-to-end tests.
 *
 * `trackRequests(context, siteOrigin)` records EVERY request the browser context makes — the page's, and those made
 * by dedicated workers such as DuckDB's (its .wasm is fetched from inside the worker) — and blocks any that would
 * leave the site's own origin, so a test can both prove and enforce "no request leaves the site".
 *
 *   const net = await trackRequests(context, baseURL!);
 *   await page.goto('/some-page');
 *   ...
 *   net.expectNoOtherOrigin();
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';

interface RecordedRequest {
	url: string;
	method: string;
	resourceType: string;
}

export interface RequestTracker {
	/** Every request seen so far, in order. */
	readonly requests: RecordedRequest[];
	/** Requests to anywhere other than the site's origin (blocked, but recorded). */
	readonly otherOrigin: RecordedRequest[];
	/** Fails the test, listing them, if any request went to another origin. */
	expectNoOtherOrigin(): void;
}

/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** Whether `url` is served by the site itself (blob: URLs carry their creator's origin). */
function isSameOrigin(url: string, siteOrigin: string): boolean {
	const u = new URL(url);
	if (u.protocol === 'blob:') return new URL(u.pathname).origin === siteOrigin;
	if (LOCAL_SCHEMES.has(u.protocol)) return true;
	return u.origin === siteOrigin;
}

export async function trackRequests(context: BrowserContext, siteUrl: string): Promise<RequestTracker> {
	const siteOrigin = new URL(siteUrl).origin;
	const requests: RecordedRequest[] = [];
	const otherOrigin: RecordedRequest[] = [];

	// Context-level events include requests from the page, its frames and its dedicated workers (checked: DuckDB's
	// .wasm fetch and extension XHRs made inside its worker, and fetches from a blob: worker, are all reported).
	context.on('request', (req) => {
		const rec: RecordedRequest = {
			url: req.url(),
			method: req.method(),
			resourceType: req.resourceType()
		};
		requests.push(rec);
		if (!isSameOrigin(rec.url, siteOrigin)) otherOrigin.push(rec);
	});
	// Belt and braces: anything bound elsewhere is aborted, so a test run itself never leaks a request.
	await context.route(
		(url) => !isSameOrigin(url.href, siteOrigin),
		(route) => route.abort('blockedbyclient')
	);

	return {
		requests,
		otherOrigin,
		expectNoOtherOrigin() {
			expect(
				otherOrigin.map((r) => `${r.method} ${r.url} (${r.resourceType})`),
				`requests left the site's origin ${siteOrigin}`
			).toEqual([]);
		}
	};
}

/**
 * Fails with the page's own error message if the data layer shows an error (role="alert" from DataStatus).
 * Use after waiting for a page's data to load.
 */
export async function expectNoDataError(page: Page): Promise<void> {
	const alert = page.getByTestId('data-error');
	if (await alert.isVisible()) throw new Error(`The page reports a data error: ${await alert.innerText()}`);
}
