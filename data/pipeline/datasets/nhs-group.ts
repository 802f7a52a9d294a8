/** NHS datasets and geography: autism waiting-time statistics, CCG / sub-ICB / ICB lookups, LA↔CCG overlaps. */
import type { PublishedDataset } from '../dataset';

export const NHS_DATASETS: PublishedDataset[] = [];
