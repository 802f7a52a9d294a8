/**
 * One definition of "NEET" for EHC plan settings, used by the Needs and 19–25 pages alike: the sum of DfE's four
 * "not in education, employment or training" columns in caseload.csv. They are separate parts (DfE's "educated
 * elsewhere" total is exactly their sum with home education, other arrangements and the rest), so `neet` alone
 * leaves out young people with a notice to cease, of other age groups, or of compulsory school age.
 */
export const NEET_MEASURES = ['ehc_plans_neet', 'ehc_plans_neet_notice_to_cease', 'ehc_plans_neet_other', 'ehc_plans_neet_compulsory_school_age'] as const;

export const NEET_DEFINITION =
	'NEET = all four of DfE’s columns for plans of young people not in education, employment or training: NEET, notice to cease issued, other age groups and compulsory school age. The last three are published from January 2023 only ("x" before), so NEET is not available before 2023.';
