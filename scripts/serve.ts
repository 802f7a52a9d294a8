/**
 * The static server for the built site: `npm start`, `npm run preview`, the end-to-end tests and the benchmark all
 * use it, so each sees what a user gets.
 *
 *   tsx scripts/serve.ts [dir=build] [--host 127.0.0.1] [--port 4173]
 *
 * sirv serves the precompressed copies (`.br`, then `.gz`) that `npm run build` writes beside each file. Cache headers
 * let a repeat visit skip the 34 MB duckdb-wasm bundle: files under `_app/immutable/` have a content hash in their
 * name, so browsers may keep them for a year without asking; everything else (pages, manifest, data files) is
 * revalidated with its ETag, so a rebuilt site is seen at once and an unchanged file costs a 304, not its bytes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** MIME types mrmime does not know (an Arrow stream would otherwise go out with an empty Content-Type). */
const EXTRA_TYPES: Record<string, string> = { '.arrow': 'application/vnd.apache.arrow.stream' };

export type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/** Cache-Control for a request path of the built site. */
export function cacheControlFor(pathname: string): string {
	return pathname.includes('/_app/immutable/') ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** A request handler serving `dir` (a built site, or any folder laid out like one) with the headers above. */
export function staticHandler(dir: string): Handler {
	return sirv(resolve(dir), {
		brotli: true,
		gzip: true,
		etag: true,
		extensions: ['html'],
		setHeaders(res, pathname) {
			res.setHeader('Cache-Control', cacheControlFor(pathname));
			const ext = pathname.slice(pathname.lastIndexOf('.'));
			const type = EXTRA_TYPES[ext];
			if (type) res.setHeader('Content-Type', type);
		}
	});
}

/**
 * `/needs/` → `/needs` (301, query kept): pages are files (`needs.html`), so the trailing slash would otherwise be
 * another URL for the same page, or none. `/` itself is left alone.
 */
export function trailingSlashRedirect(): Handler {
	return (req, res, next) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
			res.statusCode = 301;
			res.setHeader('Location', url.pathname.replace(/\/+$/, '') + url.search);
			res.end();
			return;
		}
		next?.();
	};
}

/** The site's own 404 page (prerendered `404.html`) with status 404, as static hosts serve it; else plain text. */
export function notFoundPage(dir: string): Handler {
	const file = resolve(dir, '404.html');
	return (_req, res) => {
		res.statusCode = 404;
		res.setHeader('Cache-Control', CACHE_REVALIDATE);
		if (!existsSync(file)) {
			res.end('Not found');
			return;
		}
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.end(readFileSync(file));
	};
}

/** Serves the first handler that has the path, else 404. */
export function chain(...handlers: Handler[]): Handler {
	return (req, res) => {
		const attempt = (i: number): void => {
			const handler = handlers[i];
			if (!handler) {
				res.statusCode = 404;
				res.end('Not found');
				return;
			}
			handler(req, res, () => attempt(i + 1));
		};
		attempt(0);
	};
}

export function listen(handler: Handler, host: string, port: number): Promise<Server> {
	const server = createServer((req, res) => handler(req, res));
	return new Promise((resolveListen, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolveListen(server));
	});
}

function option(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'build';
	const host = option('host', 'localhost');
	const port = Number(option('port', '4173'));
	listen(chain(trailingSlashRedirect(), staticHandler(dir), notFoundPage(dir)), host, port)
		.then(() => console.log(`Serving ${dir} at http://${host}:${port}/`))
		.catch((error: unknown) => {
			console.error(`serve: could not listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
			process.exit(1);
		});
}
