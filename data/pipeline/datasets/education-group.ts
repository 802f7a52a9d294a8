/** Other education datasets: exclusions by SEN provision, NEET by SEND, KS4 destinations by SEN provision. */
import type { PublishedDataset } from '../dataset';
import { exclusionsAllPupils } from './exclusions-all-pupils';
import { exclusionsSen } from './exclusions-sen';
import { ks4DestinationsSen } from './ks4-destinations-sen';
import { neetSend } from './neet-send';

export const EDUCATION_DATASETS: PublishedDataset[] = [exclusionsSen, exclusionsAllPupils, neetSend, ks4DestinationsSen];
