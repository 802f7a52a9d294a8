/**
 * Every published dataset the pipeline builds, in build order (lookups that others join to come first).
 * To add a dataset: write a module in this folder exporting a PublishedDataset, and list it in one of the groups.
 */
import type { PublishedDataset } from '../dataset';
import { CORE_DATASETS } from './core';
import { SEN2_DATASETS } from './sen2-group';
import { EDUCATION_DATASETS } from './education-group';
import { NHS_DATASETS } from './nhs-group';
import { MONEY_OUTCOMES_DATASETS } from './money-outcomes-group';

export const PUBLISHED_DATASETS: PublishedDataset[] = [...CORE_DATASETS, ...SEN2_DATASETS, ...EDUCATION_DATASETS, ...NHS_DATASETS, ...MONEY_OUTCOMES_DATASETS];
