import type { ProvenanceManifest } from '$lib/data/provenance';

declare global {
	namespace App {
		interface PageData {
			/** The manifest entries (published and the shipped local extract's) every chart's source and notes are read from. */
			provenance: ProvenanceManifest;
		}
	}
}

export {};
