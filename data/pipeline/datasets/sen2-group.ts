/** EHC plan (SEN2) datasets beyond the core caseload and timeliness: needs, new plans, requests, assessments, reviews, ceased plans, appeals. */
import type { PublishedDataset } from '../dataset';

export const SEN2_DATASETS: PublishedDataset[] = [];
