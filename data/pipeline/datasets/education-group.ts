/** Other education datasets: exclusions by SEN provision, NEET by SEND. */
import type { PublishedDataset } from '../dataset';

export const EDUCATION_DATASETS: PublishedDataset[] = [];
