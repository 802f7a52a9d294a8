/**
 * The waiting-times view's state in the query string, next to `area`: which view (published / local), the chosen
 * CCG / sub-ICB codes, the measure, age and series band. Anything malformed falls back to the default.
 */
import { SERIES_BANDS, SNAPSHOT_AGES, type SeriesBand, type SnapshotAge } from '$lib/metrics/autism-waits';
import { isAreaCode } from '$lib/metrics/sql';
import { withParams, type ParamValues } from '$lib/sections/kit/url-state';
import type { WaitKind } from './local-analysis';
import { WAIT_MEASURES, type WaitMeasureId } from './published-rows';

type WaitsView = 'published' | 'local';

export interface WaitsState {
	view: WaitsView;
	/** Chosen sub-ICB codes; null = not chosen (use the LA's). */
	ccgs: string[] | null;
	measure: WaitMeasureId;
	age: SnapshotAge;
	/** Series age band; null = the band with the most published months for the chosen areas. */
	band: SeriesBand | null;
	/** Local view: wait to first contact or to diagnostic outcome. */
	wait: WaitKind;
}

export const DEFAULT_STATE: WaitsState = { view: 'published', ccgs: null, measure: 'no_contact', age: 'Total', band: null, wait: 'contact' };

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

export function stateFromUrl(url: URL): WaitsState {
	const p = url.searchParams;
	const raw = p.get('ccg');
	const ccgs =
		raw === null
			? null
			: [
					...new Set(
						raw
							.split(',')
							.map((c) => c.trim().toUpperCase())
							.filter((c) => c.length <= 5 && isAreaCode(c))
					)
				];
	return {
		view: pick(p.get('view'), ['published', 'local'] as const, DEFAULT_STATE.view),
		ccgs,
		measure: pick(
			p.get('measure'),
			WAIT_MEASURES.map((m) => m.id),
			DEFAULT_STATE.measure
		),
		age: pick(p.get('age'), SNAPSHOT_AGES, DEFAULT_STATE.age),
		band: SERIES_BANDS.find((b) => b === p.get('band')) ?? null,
		wait: pick(p.get('wait'), ['contact', 'outcome'] as const, DEFAULT_STATE.wait)
	};
}

/** The state as query parameters: null for a default (left out of the URL). */
export function stateParams(state: WaitsState): ParamValues {
	const param = (value: string | null, fallback: string | null) => (value === fallback ? null : value);
	return {
		view: param(state.view, DEFAULT_STATE.view),
		ccg: state.ccgs === null ? null : state.ccgs.join(','),
		measure: param(state.measure, DEFAULT_STATE.measure),
		age: param(state.age, DEFAULT_STATE.age),
		band: param(state.band, DEFAULT_STATE.band),
		wait: param(state.wait, DEFAULT_STATE.wait)
	};
}

/** The URL with the state written in (defaults left out, `area` and anything else kept). */
export function urlWithState(url: URL, state: WaitsState): URL {
	return withParams(url, stateParams(state));
}
