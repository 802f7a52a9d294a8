/** Other education datasets: exclusions by SEN provision, NEET by SEND. */
import type { PublishedDataset } from '../dataset';
import { exclusionsAllPupils } from './exclusions-all-pupils';
import { exclusionsSen } from './exclusions-sen';
import { neetSend } from './neet-send';

export const EDUCATION_DATASETS: PublishedDataset[] = [exclusionsSen, exclusionsAllPupils, neetSend];
