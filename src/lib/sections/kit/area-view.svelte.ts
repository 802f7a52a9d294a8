/**
 * A section's published figures for the chosen area, through one lifecycle: no area → loading → not a current LA |
 * could not load | loaded. It follows the `?area=` parameter, loads the section's published view (prerendered per
 * LA, see $lib/published-views), and keeps only the answer for the area still chosen: a later choice of area may
 * overtake an earlier one while it loads. `<SectionState>` shows each state.
 *
 * Create it while a component initialises (it starts an effect). Most sections' views are a `comparedView`:
 *   const published = areaView(exclusionsView, ({ figures, comparators, datasets }) => exclusionsCharts(…));
 * Any other PublishedView: `new AreaView(view, (data, datasets) => ({ name, result }) or null for an unknown area)`;
 * a part that reads several views passes a loader instead, `(code) => Promise.all([loadPublishedView(a, code), …])`.
 */
import { untrack } from 'svelte';
import { loadManifest } from '$lib/db';
import type { DatasetEntry } from '$lib/data/manifest';
import type { Comparator } from '$lib/metrics/areas';
import type { Compared } from '$lib/published-views/compared';
import { loadPublishedView } from '$lib/published-views/load';
import type { PublishedView } from '$lib/published-views/view';
import { urlArea } from './url-state';

/** The manifest's entries by dataset id: where each chart reads its source and notes. */
export type Datasets = Record<string, DatasetEntry>;

export interface AreaInput<F> {
	/** The view's figures for the area. */
	figures: F;
	/** The LA itself, its region, England and its statistical neighbours. */
	comparators: Comparator[];
	datasets: Datasets;
	/** The chosen LA (the comparator whose role is 'selected'). */
	la: Comparator;
}

export interface AreaBuilt<R> {
	/** The area's name. */
	name: string;
	result: R;
}

export interface AreaLoaded<R> extends AreaBuilt<R> {
	area: string;
}

/** What a page says for a well-formed code that is not a current English LA's. */
function unknownAreaMessage(code: string): string {
	return `There is no current English local authority with the code ${code}. Choose one with the box above.`;
}

function datasetsById(entries: readonly DatasetEntry[]): Datasets {
	return Object.fromEntries(entries.map((d) => [d.id, d]));
}

export class AreaView<T, R> {
	/** True while the chosen area's figures are loading. */
	busy = $state(false);
	/** Set when the chosen code is not a current LA's. */
	problem = $state<string | null>(null);
	/** Set when the figures could not be loaded (the data status says why); Retry calls `retry`. */
	failed = $state(false);
	#loaded = $state<AreaLoaded<R> | null>(null);
	#latest = 0;
	readonly #view: PublishedView<T> | ((code: string) => Promise<T>);
	readonly #build: (data: T, datasets: Datasets) => AreaBuilt<R> | null;
	readonly #areaOf: () => string | null;

	/**
	 * `build` turns the view's answer into what the section shows, or null when the code is not a current LA's.
	 * `areaOf` is where the area comes from: the URL's `?area=` unless given.
	 */
	constructor(
		view: PublishedView<T> | ((code: string) => Promise<T>),
		build: (data: T, datasets: Datasets) => AreaBuilt<R> | null,
		areaOf: () => string | null = urlArea
	) {
		this.#view = view;
		this.#build = build;
		this.#areaOf = areaOf;
		// Only the area is a dependency: loading reads and writes the data status, which must not re-run this effect.
		$effect(() => {
			const code = this.area;
			untrack(() => {
				if (code) void this.#load(code);
				else this.#reset();
			});
		});
	}

	/** The chosen area's code, or null before one is chosen (and always while prerendering). */
	get area(): string | null {
		return this.#areaOf();
	}

	/** The figures, once loaded for the area now chosen (null while another area's are still held). */
	get loaded(): AreaLoaded<R> | null {
		const loaded = this.#loaded;
		return loaded && loaded.area === this.area ? loaded : null;
	}

	/** Loads the chosen area's figures again (the Retry button). */
	retry = (): Promise<void> | undefined => {
		const code = this.area;
		return code ? this.#load(code) : undefined;
	};

	#reset() {
		this.#latest++;
		this.#loaded = null;
		this.problem = null;
		this.failed = false;
		this.busy = false;
	}

	async #load(code: string) {
		const ticket = ++this.#latest;
		this.busy = true;
		this.problem = null;
		this.failed = false;
		try {
			// Prerendered for every LA at build time, so this usually needs no DuckDB (see $lib/published-views).
			const view = this.#view;
			const [manifest, data] = await Promise.all([loadManifest(), typeof view === 'function' ? view(code) : loadPublishedView(view, code)]);
			// A later choice of area may have overtaken this one while it loaded.
			if (ticket !== this.#latest) return;
			const built = this.#build(data, datasetsById(manifest.datasets));
			if (!built) {
				this.problem = unknownAreaMessage(code);
				this.#loaded = null;
				return;
			}
			this.#loaded = { area: code, ...built };
		} catch {
			// The data status (in the layout) says what failed; the section says so where its figures would be.
			if (ticket === this.#latest) this.failed = true;
		} finally {
			if (ticket === this.#latest) this.busy = false;
		}
	}
}

/** The AreaView of a `comparedView` (the LA, its region, England, its neighbours): unknown when there is no such LA. */
export function areaView<F, R>(view: PublishedView<Compared<F>>, build: (input: AreaInput<F>) => R, areaOf?: () => string | null): AreaView<Compared<F>, R> {
	return new AreaView(
		view,
		({ comparators, figures }, datasets) => {
			const la = comparators.find((c) => c.role === 'selected');
			return la && figures ? { name: la.area_name, result: build({ figures, comparators, datasets, la }) } : null;
		},
		areaOf
	);
}
