/** NHS datasets and geography: autism waiting-time statistics, CCG / sub-ICB / ICB lookups, LA↔CCG overlaps. */
import type { PublishedDataset } from '../dataset';
import { autismWaits } from './autism-waits';
import { laNhsOverlap } from './la-nhs-overlap';
import { nhsAreas } from './nhs-areas';

// Lookups first: the overlap and the autism statistics are validated against nhs_areas (and areas, built in core).
export const NHS_DATASETS: PublishedDataset[] = [nhsAreas, laNhsOverlap, autismWaits];
