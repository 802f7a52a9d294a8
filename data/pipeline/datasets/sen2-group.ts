/** EHC plan (SEN2) datasets beyond the core caseload and timeliness: needs, new plans, requests, assessments, reviews, ceased plans, appeals. */
import type { PublishedDataset } from '../dataset';
import { ehcpAnnualReviews } from './ehcp-annual-reviews';
import { ehcpCeased } from './ehcp-ceased';
import { ehcpNeeds } from './ehcp-needs';
import { ehcpNewPlans } from './ehcp-new-plans';
import { ehcpPost16Settings } from './ehcp-post16-settings';
import { ehcpRequestsAssessments } from './ehcp-requests-assessments';
import { sendTribunalAppeals } from './send-tribunal-appeals';

export const SEN2_DATASETS: PublishedDataset[] = [
	ehcpNeeds,
	ehcpNewPlans,
	ehcpRequestsAssessments,
	ehcpAnnualReviews,
	ehcpCeased,
	ehcpPost16Settings,
	sendTribunalAppeals
];
