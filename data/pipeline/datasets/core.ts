/** The datasets the overview needs: areas, statistical neighbours, caseload, 20-week timeliness, % of pupils with a plan. */
import type { PublishedDataset } from '../dataset';
import { areas } from './areas';
import { ehcpAgeGroups } from './ehcp-age-groups';
import { ehcpCaseload } from './ehcp-caseload';
import { ehcpTimeliness } from './ehcp-timeliness';
import { pupilsSen } from './pupils-sen';
import { statisticalNeighbours } from './statistical-neighbours';

export const CORE_DATASETS: PublishedDataset[] = [areas, statisticalNeighbours, ehcpCaseload, ehcpAgeGroups, ehcpTimeliness, pupilsSen];
