/** The Money section's published queries for one LA (see $lib/published-views): DSG balance and specialist spend. */
import { comparedCodes } from '$lib/metrics/compared-series';
import { FINANCE_DATASETS, financeFigures } from '$lib/metrics/finance';
import { comparedView } from '$lib/published-views/compared';

export const moneyView = comparedView('money', FINANCE_DATASETS, (db, comps) => financeFigures(db, comparedCodes(comps)));
