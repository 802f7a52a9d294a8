/**
 * The benchmark's server: the site's own static server (scripts/serve.ts, as `npm start` runs it) plus
 * - a log of every response: when it began and ended, its encoding and the bytes sent, so "bytes transferred" is
 *   counted where it is sent (this covers requests made inside DuckDB's worker, which page-level tools can miss);
 * - an optional overlay for `/data/` (a larger synthetic extract for the scale runs), served the same way;
 * - `/__bench/`: the lab page that runs the baselines (never part of the site).
 */
import { existsSync, statSync } from 'node:fs';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chain, listen, staticHandler, type Handler } from '../../scripts/serve';

export interface LoggedResponse {
	path: string;
	status: number;
	/** br, gzip or '' (identity). */
	encoding: string;
	contentType: string;
	/** Body bytes sent (as encoded on the wire). */
	bytes: number;
	/** Body bytes before compression (the file's own size). */
	uncompressedBytes: number;
	/** Approximate header bytes. */
	headerBytes: number;
	/** Epoch ms. */
	start: number;
	end: number;
}

export interface BenchServer {
	url: string;
	log: LoggedResponse[];
	/** Requests being answered now, and the epoch ms of the last request to begin or end. */
	activity(): { inFlight: number; last: number };
	/** Serve `/data/` from this folder first (falling back to the site's), or stop doing so with null. */
	setDataOverlay(dir: string | null): void;
	close(): Promise<void>;
}

function headerSize(res: ServerResponse): number {
	const lines = Object.entries(res.getHeaders()).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}\r\n`);
	return `HTTP/1.1 ${res.statusCode} OK\r\n`.length + lines.join('').length + 2;
}

/** The identity file a path was served from, for its uncompressed size. */
function identitySize(dirs: string[], pathname: string): number {
	for (const dir of dirs) {
		for (const candidate of [pathname, `${pathname}.html`, join(pathname, 'index.html')]) {
			const file = join(dir, candidate);
			if (existsSync(file) && statSync(file).isFile()) return statSync(file).size;
		}
	}
	return 0;
}

export async function startBenchServer(options: { siteDir: string; labDir: string; host?: string; port?: number }): Promise<BenchServer> {
	const log: LoggedResponse[] = [];
	const site = staticHandler(options.siteDir);
	const lab = staticHandler(options.labDir);
	let overlayDir: string | null = null;
	let overlay: Handler | null = null;

	let inFlight = 0;
	let last = Date.now();
	const handler: Handler = (req, res) => {
		const start = Date.now();
		inFlight++;
		last = start;
		res.on('close', () => {
			inFlight--;
			last = Date.now();
		});
		const url = new URL(req.url ?? '/', 'http://bench');
		const pathname = decodeURIComponent(url.pathname);
		let bytes = 0;
		const write = res.write.bind(res) as (...args: unknown[]) => boolean;
		const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
		const count = (chunk: unknown) => {
			if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk);
			else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
		};
		res.write = ((chunk: unknown, ...rest: unknown[]) => {
			count(chunk);
			return write(chunk, ...rest);
		}) as typeof res.write;
		res.end = ((chunk?: unknown, ...rest: unknown[]) => {
			if (chunk !== undefined && typeof chunk !== 'function') count(chunk);
			return end(chunk, ...rest);
		}) as typeof res.end;
		res.on('finish', () => {
			const encoding = String(res.getHeader('content-encoding') ?? '');
			const dirs = pathname.startsWith('/__bench/')
				? [options.labDir]
				: overlayDir && pathname.startsWith('/data/')
					? [overlayDir, options.siteDir]
					: [options.siteDir];
			const relative = pathname.startsWith('/__bench/') ? pathname.slice('/__bench'.length) : pathname;
			log.push({
				path: pathname + url.search,
				status: res.statusCode,
				encoding,
				contentType: String(res.getHeader('content-type') ?? ''),
				bytes,
				uncompressedBytes: res.statusCode === 200 ? (encoding ? identitySize(dirs, relative) : bytes) : 0,
				headerBytes: headerSize(res),
				start,
				end: Date.now()
			});
		});

		if (pathname.startsWith('/__bench/')) {
			req.url = req.url!.slice('/__bench'.length);
			return chain(lab)(req, res);
		}
		if (overlay && pathname.startsWith('/data/')) return chain(overlay, site)(req, res);
		return chain(site)(req, res);
	};

	const server: Server = await listen(handler, options.host ?? '127.0.0.1', options.port ?? 0);
	const { address, port } = server.address() as AddressInfo;
	return {
		url: `http://${address}:${port}`,
		log,
		activity: () => ({ inFlight, last }),
		setDataOverlay(dir) {
			overlayDir = dir;
			overlay = dir ? staticHandler(dir) : null;
		},
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}

/** Resolves once no request has begun or ended for `quietMs` and none is open (or rejects after `timeoutMs`). */
export async function waitForQuiet(server: BenchServer, quietMs = 1000, timeoutMs = 180_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const { inFlight, last } = server.activity();
		if (inFlight === 0 && Date.now() - last >= quietMs) return;
		if (Date.now() > deadline) throw new Error(`the page was still fetching after ${timeoutMs / 1000} s`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Responses that began in [from, to) (epoch ms). */
export function responsesBetween(log: readonly LoggedResponse[], from: number, to = Infinity): LoggedResponse[] {
	return log.filter((r) => r.start >= from && r.start < to);
}
