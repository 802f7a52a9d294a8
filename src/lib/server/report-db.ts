/**
 * Build-time data for prerendering reports: one Node DuckDB holding every published dataset from static/data (the
 * same Arrow files the browser loads), and one server-side DOM for Observable Plot. Created once per build process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Manifest } from '$lib/data/manifest';
import { createNodeRunner, loadManifestDatasets, type NodeRunner } from '../../../data/lib/node-runner';

export interface ReportDb {
	db: NodeRunner;
	manifest: Manifest;
	document: Document;
}

let instance: Promise<ReportDb> | undefined;

export function reportDb(): Promise<ReportDb> {
	instance ??= (async () => {
		const db = await createNodeRunner();
		const manifestPath = join(process.cwd(), 'static/data/manifest.json');
		// Published data only: reports never include the record-level (local) extract.
		const listed = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
		const published = listed.datasets.filter((d) => d.layer === 'published').map((d) => d.id);
		const manifest = await loadManifestDatasets(db, manifestPath, published);
		return { db, manifest, document: new JSDOM('<!doctype html><html><body></body></html>').window.document };
	})();
	return instance;
}
