/**
 * Code lists used by the local record-level extract (the tables in `contract.ts`).
 *
 * Where a code list exists in the DfE SEN2 person-level return it is used (see
 * `data/public/SEN2-person-level-spec.md`); where SEN2 has no list (establishment type groups, ASD referral
 * outcomes, exclusions, post-16 places) the project defines one here and this file is the reference.
 *
 * Browser-safe: no imports, no runtime dependencies.
 */

interface CodeEntry {
	code: string | number;
	label: string;
}

export interface CodeList {
	id: CodeListId;
	description: string;
	codes: readonly CodeEntry[];
	/**
	 * Other spellings a user's file may carry, mapped to the code used here. A loader should apply these before
	 * validating (e.g. SEN2 writes `SPLD`; the project uses `SpLD`, as the published statistics do).
	 */
	aliases?: Readonly<Record<string, string | number>>;
}

export type CodeListId =
	| 'primary_need'
	| 'sex'
	| 'plan_status'
	| 'setting'
	| 'setting_group'
	| 'cease_reason'
	| 'quadrant'
	| 'ccg'
	| 'locality'
	| 'asd_outcome'
	| 'sen_status'
	| 'school_phase'
	| 'exclusion_type'
	| 'academic_year'
	| 'post16_provision_type'
	| 'need_focus';

/** SEN2 type of need (item 5.8a), as the published statistics spell them. NSA is school-census only (SEN support). */
export const PRIMARY_NEED: CodeList = {
	id: 'primary_need',
	description:
		'Primary (rank 1) type of need: SEN2 item 5.8a / school census codes. NSA (SEN support, no specialist assessment of need) is valid only for SEN support pupils, never on an EHC plan.',
	codes: [
		{ code: 'ASD', label: 'Autistic spectrum disorder' },
		{ code: 'SLCN', label: 'Speech, language and communication needs' },
		{ code: 'MLD', label: 'Moderate learning difficulty' },
		{ code: 'SEMH', label: 'Social, emotional and mental health' },
		{ code: 'SpLD', label: 'Specific learning difficulty' },
		{ code: 'SLD', label: 'Severe learning difficulty' },
		{ code: 'PMLD', label: 'Profound and multiple learning difficulty' },
		{ code: 'PD', label: 'Physical disability' },
		{ code: 'HI', label: 'Hearing impairment' },
		{ code: 'VI', label: 'Vision impairment' },
		{ code: 'MSI', label: 'Multi-sensory impairment' },
		{ code: 'OTH', label: 'Other difficulty or disability' },
		{ code: 'NSA', label: 'SEN support but no specialist assessment of type of need' }
	],
	// SEN2 spells specific learning difficulty SPLD; Down syndrome (DS, new in the 2025 guide) is published as "other".
	aliases: { SPLD: 'SpLD', DS: 'OTH' }
};

/** Sex, common basic data set style. */
const SEX: CodeList = {
	id: 'sex',
	description: 'Sex (CBDS style codes).',
	codes: [
		{ code: 'M', label: 'Male' },
		{ code: 'F', label: 'Female' },
		{ code: 'U', label: 'Unknown / not recorded' }
	]
};

const PLAN_STATUS: CodeList = {
	id: 'plan_status',
	description: 'Whether the plan was active on the census date or had ceased before it.',
	codes: [
		{ code: 'active', label: 'Active on the census date' },
		{ code: 'ceased', label: 'Ceased before the census date' }
	]
};

/**
 * Setting attended (placement), one code per plan (the rank-1 placement on census).
 * Establishment types with a URN/UKPRN mirror the published caseload categories; the rest are the SEN2
 * `sensetting` codes (items 4.7c/5.7c). A missing placement is recorded as null, not as a code.
 */
export const SETTING: CodeList = {
	id: 'setting',
	description:
		'Setting attended on the census date (rank-1 placement). Establishment types mirror the published EHC plan caseload categories; OLA..NIEO are SEN2 sensetting codes. Null means no placement recorded (published as "placement not recorded").',
	codes: [
		{ code: 'MS_LA', label: 'Mainstream school: LA maintained' },
		{ code: 'MS_ACAD', label: 'Mainstream school: academy' },
		{ code: 'MS_FREE', label: 'Mainstream school: free school' },
		{ code: 'MS_IND', label: 'Mainstream school: independent' },
		{ code: 'SP_LA', label: 'Special school: LA maintained' },
		{ code: 'SP_ACAD', label: 'Special school: academy or free school' },
		{ code: 'SP_NM', label: 'Special school: non-maintained' },
		{ code: 'SP_IND', label: 'Special school: independent' },
		{ code: 'AP', label: 'Alternative provision / pupil referral unit' },
		{ code: 'FE_GEN', label: 'General FE, tertiary or sixth-form college' },
		{ code: 'FE_SPI', label: 'Specialist post-16 institution' },
		{ code: 'FE_OTH', label: 'Other UKRLP provider (training provider: apprenticeship, traineeship, supported internship)' },
		{ code: 'EYP', label: 'Early years provider with no URN (SEN2 EYP)' },
		{ code: 'EHE', label: 'Elective home education (SEN2 EHE)' },
		{ code: 'OLA', label: 'Other arrangements made by the LA, EOTAS (SEN2 OLA)' },
		{ code: 'OPA', label: 'Other arrangements made by parents or young person (SEN2 OPA)' },
		{ code: 'NEET', label: 'Not in education, employment or training, aged 16-25 (SEN2 NEET)' },
		{ code: 'NIEC', label: 'Not in education or training: notice to cease issued (SEN2 NIEC)' },
		{ code: 'NIEO', label: 'Not in education or training: other, e.g. awaiting a placement (SEN2 NIEO)' },
		{ code: 'OTH', label: 'Other setting (SEN2 OTH)' }
	]
};

/** The groups the dashboard reports settings in. `SETTING_GROUP_BY_SETTING` maps codes to groups. */
export const SETTING_GROUP: CodeList = {
	id: 'setting_group',
	description: 'Reporting group of the setting attended; derived from setting_code by SETTING_GROUP_BY_SETTING.',
	codes: [
		{ code: 'mainstream', label: 'Mainstream school' },
		{ code: 'special_state', label: 'State-funded special school' },
		{ code: 'special_independent', label: 'Independent or non-maintained special school' },
		{ code: 'ap', label: 'Alternative provision / PRU' },
		{ code: 'fe_post16', label: 'FE college, specialist post-16 institution or training provider' },
		{ code: 'early_years', label: 'Early years provider' },
		{ code: 'ehe', label: 'Elective home education' },
		{ code: 'neet', label: 'NEET (16-25) or not in education (notice to cease)' },
		{ code: 'awaiting_provision', label: 'Awaiting provision (not in education: other)' },
		{ code: 'placement_unknown', label: 'Placement not recorded' },
		{ code: 'other', label: 'Other arrangements (EOTAS, parent arranged, other)' }
	]
};

/** Setting code → reporting group. A null setting code maps to `placement_unknown`. */
export const SETTING_GROUP_BY_SETTING: Readonly<Record<string, string>> = {
	MS_LA: 'mainstream',
	MS_ACAD: 'mainstream',
	MS_FREE: 'mainstream',
	MS_IND: 'mainstream',
	SP_LA: 'special_state',
	SP_ACAD: 'special_state',
	SP_NM: 'special_independent',
	SP_IND: 'special_independent',
	AP: 'ap',
	FE_GEN: 'fe_post16',
	FE_SPI: 'fe_post16',
	FE_OTH: 'fe_post16',
	EYP: 'early_years',
	EHE: 'ehe',
	OLA: 'other',
	OPA: 'other',
	NEET: 'neet',
	NIEC: 'neet',
	NIEO: 'awaiting_provision',
	OTH: 'other'
};

/** The reporting group for a setting code (null or unknown → placement_unknown). */
export function settingGroupOf(setting: string | null | undefined): string {
	if (setting == null) return 'placement_unknown';
	return SETTING_GROUP_BY_SETTING[setting] ?? 'placement_unknown';
}

/** SEN2 cease reason (item 4.6), integer codes 1-9. */
const CEASE_REASON: CodeList = {
	id: 'cease_reason',
	description: 'Reason the EHC plan ceased: SEN2 item 4.6 (integer 1-9).',
	codes: [
		{ code: 1, label: 'Reached maximum age' },
		{ code: 2, label: 'Education or training needs met without an EHC plan' },
		{ code: 3, label: 'Moved on to higher education' },
		{ code: 4, label: 'Moved on to paid employment' },
		{ code: 5, label: 'Transferred to another LA in England' },
		{ code: 6, label: 'Young person no longer wishes to engage in education or training' },
		{ code: 7, label: 'Moved outside England' },
		{ code: 8, label: 'Deceased' },
		{ code: 9, label: 'Other' }
	]
};

/** Outcome of a suspected-autism (ASD) diagnostic referral. Null while the referral is open. */
const ASD_OUTCOME: CodeList = {
	id: 'asd_outcome',
	description: 'Outcome of an ASD diagnostic referral; null while the referral is still open (censored).',
	codes: [
		{ code: 'DIAGNOSED', label: 'Assessment completed: autism diagnosed' },
		{ code: 'NOT_DIAGNOSED', label: 'Assessment completed: autism not diagnosed' },
		{ code: 'DISCHARGED', label: 'Discharged without a completed assessment (e.g. not brought, moved away, referral withdrawn)' },
		{ code: 'OTHER', label: 'Closed for another reason' }
	]
};

const SEN_STATUS: CodeList = {
	id: 'sen_status',
	description: 'SEN provision of the pupil (school census).',
	codes: [
		{ code: 'EHC', label: 'EHC plan' },
		{ code: 'SEN_SUPPORT', label: 'SEN support' },
		{ code: 'NO_SEN', label: 'No identified SEN' }
	]
};

const SCHOOL_PHASE: CodeList = {
	id: 'school_phase',
	description: 'Type of state-funded school, as in the exclusion statistics.',
	codes: [
		{ code: 'primary', label: 'State-funded primary' },
		{ code: 'secondary', label: 'State-funded secondary (including sixth forms)' },
		{ code: 'special', label: 'State-funded special' },
		{ code: 'ap', label: 'Alternative provision / PRU' }
	]
};

const EXCLUSION_TYPE: CodeList = {
	id: 'exclusion_type',
	description: 'Type of exclusion event.',
	codes: [
		{ code: 'SUSPENSION', label: 'Suspension (fixed-period exclusion)' },
		{ code: 'PERMANENT', label: 'Permanent exclusion' }
	]
};

/** Academic years in the extract, labelled as the dashboard writes them. */
const ACADEMIC_YEAR: CodeList = {
	id: 'academic_year',
	description: 'Academic year, 1 September to 31 August, written "YYYY/YY".',
	codes: [
		{ code: '2022/23', label: '2022/23' },
		{ code: '2023/24', label: '2023/24' },
		{ code: '2024/25', label: '2024/25' },
		{ code: '2025/26', label: '2025/26' }
	]
};

const POST16_PROVISION_TYPE: CodeList = {
	id: 'post16_provision_type',
	description: 'Type of commissioned post-16 / post-19 provision.',
	codes: [
		{ code: 'GENERAL_FE', label: 'General FE college' },
		{ code: 'SPECIALIST_POST16', label: 'Specialist post-16 institution' },
		{ code: 'SUPPORTED_INTERNSHIP', label: 'Supported internship' },
		{ code: 'APPRENTICESHIP', label: 'Apprenticeship or traineeship' },
		{ code: 'DAY_OPPORTUNITIES', label: 'Day opportunities / adult social care' },
		{ code: 'OTHER', label: 'Other' }
	]
};

/** Primary-need focus of a commissioned place: a need code, or MIXED for places open to any need. */
const NEED_FOCUS: CodeList = {
	id: 'need_focus',
	description: 'Primary-need focus of the places: an SEN2 need code, or MIXED when the places are not need-specific.',
	codes: [...PRIMARY_NEED.codes.filter((c) => c.code !== 'NSA'), { code: 'MIXED', label: 'Any need (not need-specific)' }],
	aliases: PRIMARY_NEED.aliases
};

/**
 * Geography code lists are extract-specific: each local area has its own quadrants/localities and CCGs.
 * The synthetic county's lists are here so the shipped extract can be checked; an uploaded extract brings its own
 * (a loader should check these columns for consistency, not against these lists).
 */
export const SYNTHETIC_QUADRANT: CodeList = {
	id: 'quadrant',
	description: 'Quadrant of the synthetic county Northmoor (extract-specific).',
	codes: [
		{ code: 'NORTH', label: 'North (synthetic)' },
		{ code: 'SOUTH', label: 'South (synthetic)' },
		{ code: 'EAST', label: 'East (synthetic)' },
		{ code: 'WEST', label: 'West (synthetic)' }
	]
};

export const SYNTHETIC_CCG: CodeList = {
	id: 'ccg',
	description: 'CCG of the synthetic county Northmoor; SYN codes are not real ODS codes (extract-specific).',
	codes: [
		{ code: 'SYN01', label: 'Northmoor Coast CCG (synthetic)' },
		{ code: 'SYN02', label: 'Northmoor Moorlands CCG (synthetic)' },
		{ code: 'SYN03', label: 'Northmoor Vale CCG (synthetic)' },
		{ code: 'SYN04', label: 'Northmoor Fens CCG (synthetic)' },
		{ code: 'SYN05', label: 'Northmoor Riverside CCG (synthetic)' }
	]
};

export const SYNTHETIC_LOCALITY: CodeList = {
	id: 'locality',
	description: 'Locality (district) of the synthetic county Northmoor (extract-specific).',
	codes: [
		{ code: 'L01', label: 'Saltmarsh (synthetic)' },
		{ code: 'L02', label: 'Harrowby (synthetic)' },
		{ code: 'L03', label: 'Kettlewick (synthetic)' },
		{ code: 'L04', label: 'Thornmoor (synthetic)' },
		{ code: 'L05', label: 'Greyfell (synthetic)' },
		{ code: 'L06', label: 'Brackenford (synthetic)' },
		{ code: 'L07', label: 'Eastholme (synthetic)' },
		{ code: 'L08', label: 'Fenmarket (synthetic)' },
		{ code: 'L09', label: 'Marshby (synthetic)' },
		{ code: 'L10', label: 'Northmoor City (synthetic)' },
		{ code: 'L11', label: 'Vale Bridge (synthetic)' },
		{ code: 'L12', label: 'Lowbridge (synthetic)' }
	]
};

export const CODE_LISTS: Readonly<Record<CodeListId, CodeList>> = {
	primary_need: PRIMARY_NEED,
	sex: SEX,
	plan_status: PLAN_STATUS,
	setting: SETTING,
	setting_group: SETTING_GROUP,
	cease_reason: CEASE_REASON,
	quadrant: SYNTHETIC_QUADRANT,
	ccg: SYNTHETIC_CCG,
	locality: SYNTHETIC_LOCALITY,
	asd_outcome: ASD_OUTCOME,
	sen_status: SEN_STATUS,
	school_phase: SCHOOL_PHASE,
	exclusion_type: EXCLUSION_TYPE,
	academic_year: ACADEMIC_YEAR,
	post16_provision_type: POST16_PROVISION_TYPE,
	need_focus: NEED_FOCUS
};

/** Code lists whose values belong to one extract (geography), not to the contract. */
export const EXTRACT_SPECIFIC_CODE_LISTS: readonly CodeListId[] = ['quadrant', 'ccg', 'locality'];
