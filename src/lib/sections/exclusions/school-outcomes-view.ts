/** The school-outcomes part of the Exclusions section for one LA (see $lib/published-views): absence, children in need, attainment by SEN provision. */
import { comparedCodes } from '$lib/metrics/compared-series';
import { SCHOOL_OUTCOMES_DATASETS, schoolOutcomeFigures } from '$lib/metrics/school-outcomes';
import { comparedView } from '$lib/published-views/compared';

export const schoolOutcomesView = comparedView('school-outcomes', SCHOOL_OUTCOMES_DATASETS, (db, comps) => schoolOutcomeFigures(db, comparedCodes(comps)));
