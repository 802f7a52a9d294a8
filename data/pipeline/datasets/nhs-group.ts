/**
 * NHS datasets and geography: autism waiting-time statistics, children's community health waiting lists, children's
 * mental health access (MHS95), CCG / sub-ICB / ICB lookups, LA↔CCG overlaps.
 */
import type { PublishedDataset } from '../dataset';
import { autismWaits } from './autism-waits';
import { communityHealthWaits } from './community-health-waits';
import { cypMentalHealthAccess } from './cyp-mental-health-access';
import { laNhsOverlap } from './la-nhs-overlap';
import { nhsAreas } from './nhs-areas';

// Lookups first: the overlap and the NHS statistics are validated against nhs_areas (and areas, built in core).
export const NHS_DATASETS: PublishedDataset[] = [nhsAreas, laNhsOverlap, autismWaits, communityHealthWaits, cypMentalHealthAccess];
