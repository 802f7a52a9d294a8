/**
 * The contract for a local record-level extract: the tables a local area's files must provide, their columns,
 * types and code lists. The synthetic extract (data/synthetic) is generated to this contract, and the browser will
 * validate uploaded files against it, so it is plain data: no Node imports, no runtime dependencies.
 *
 * Conventions
 * - Table names are snake_case; DuckDB loads table `<name>` as `local_<name>`.
 * - `required: true`: the column must be present and never null. `required: false`: the column may be null, and a
 *   file may leave it out unless it has `derivedFrom` (then the loader can compute it from the named columns).
 * - Dates are calendar days (ISO `YYYY-MM-DD`, Arrow Date32). Ages are completed years.
 * - No direct identifiers: no names, NHS numbers, UPNs/ULNs, full dates of birth or full postcodes. Person-level
 *   ids are pseudonyms the local area assigns (see `FORBIDDEN_COLUMN_PATTERNS`).
 */
import { CODE_LISTS, type CodeListId } from './codes';

export * from './codes';

/** Same union as `ColumnType` in data/lib/arrow-file.ts (kept separate so this module has no Node imports). */
export type LocalColumnType = 'string' | 'double' | 'int' | 'date' | 'bool';

export interface LocalColumn {
	name: string;
	type: LocalColumnType;
	required: boolean;
	description: string;
	/** Allowed values (null is allowed only when `required` is false). */
	codes?: CodeListId;
	/** Inclusive numeric range for int/double columns. */
	min?: number;
	max?: number;
	/** The column can be computed from these columns when a file leaves it out. */
	derivedFrom?: readonly string[];
}

export interface LocalTable {
	/** snake_case name; the file is `<name>.arrow` and the DuckDB table `local_<name>`. */
	name: string;
	title: string;
	description: string;
	/** What one row is. */
	grain: string;
	/** Column(s) that identify a row. */
	key: readonly string[];
	columns: readonly LocalColumn[];
}

const GEOGRAPHY_NOTE = 'Extract-specific code list: each local area has its own.';

function locality(required = true): LocalColumn {
	return {
		name: 'locality_code',
		type: 'string',
		required,
		description: `Locality (district) of residence. ${GEOGRAPHY_NOTE}`,
		codes: 'locality'
	};
}
function quadrant(description = 'Quadrant of residence.', required = true): LocalColumn {
	return { name: 'quadrant_code', type: 'string', required, description: `${description} ${GEOGRAPHY_NOTE}`, codes: 'quadrant' };
}
function ccg(description = 'CCG / sub-ICB of the GP practice or residence.'): LocalColumn {
	return { name: 'ccg_code', type: 'string', required: true, description: `${description} ${GEOGRAPHY_NOTE}`, codes: 'ccg' };
}

export const EHC_PLANS: LocalTable = {
	name: 'ehc_plans',
	title: 'EHC plans (SEN2-shaped caseload)',
	description:
		'One row per EHC plan: every plan active on the SEN2 census date, plus plans that ceased in the previous three calendar years. Shaped like the DfE SEN2 person-level return (named plan, active plan, placement and SEN need modules flattened to one row), without direct identifiers.',
	grain: 'one EHC plan',
	key: ['plan_id'],
	columns: [
		{
			name: 'plan_id',
			type: 'string',
			required: true,
			description: 'Pseudonymous plan id assigned by the local area (e.g. NM-000001). Not a UPN, NHS number or case number.'
		},
		{
			name: 'status',
			type: 'string',
			required: true,
			description: 'active on the census date, or ceased before it.',
			codes: 'plan_status',
			derivedFrom: ['ceased_date']
		},
		{ name: 'sex', type: 'string', required: true, description: 'Sex.', codes: 'sex' },
		{ name: 'birth_year', type: 'int', required: true, description: 'Year of birth (never the full date of birth).', min: 1990, max: 2030 },
		{ name: 'birth_month', type: 'int', required: true, description: 'Month of birth, 1-12.', min: 1, max: 12 },
		{ name: 'age_at_census', type: 'int', required: false, description: 'Age in completed years on the census date; null for ceased plans.', min: 0, max: 25 },
		{
			name: 'ncy',
			type: 'int',
			required: false,
			description: 'Nominal national curriculum year on the census date: age on the 31 August before it minus 4 (reception = 0); null for ceased plans.',
			min: -4,
			max: 21
		},
		{
			name: 'age_at_cease',
			type: 'int',
			required: false,
			description: 'Age in completed years on the date the plan ceased; null for active plans.',
			min: 0,
			max: 26
		},
		locality(),
		quadrant(),
		ccg(),
		{
			name: 'primary_need',
			type: 'string',
			required: false,
			description: 'Rank-1 type of need (SEN2 5.8a). Null where none is recorded (published as "need unknown"). NSA is not valid here.',
			codes: 'primary_need'
		},
		{ name: 'secondary_need', type: 'string', required: false, description: 'Rank-2 type of need, where recorded.', codes: 'primary_need' },
		{
			name: 'setting_code',
			type: 'string',
			required: false,
			description: 'Rank-1 setting attended on the census date (for ceased plans: the last one). Null = placement not recorded.',
			codes: 'setting'
		},
		{
			name: 'setting_group',
			type: 'string',
			required: true,
			description: 'Reporting group of setting_code (SETTING_GROUP_BY_SETTING; null setting → placement_unknown).',
			codes: 'setting_group',
			derivedFrom: ['setting_code']
		},
		{
			name: 'establishment_code',
			type: 'string',
			required: false,
			description: 'Pseudonymous code of the establishment attended (stands in for a GIAS URN / UKPRN); null where the setting has none.'
		},
		{
			name: 'establishment_closed',
			type: 'bool',
			required: false,
			description: 'The establishment recorded is closed (a record-quality flag); null where there is no establishment.'
		},
		{ name: 'sen_unit', type: 'bool', required: false, description: 'Place is in a SEN unit of a mainstream school.' },
		{ name: 'resourced_provision', type: 'bool', required: false, description: 'Place is in resourced provision of a mainstream school.' },
		{ name: 'plan_start_date', type: 'date', required: true, description: 'Date the EHC plan was issued (SEN2 named plan startdate).' },
		{
			name: 'request_received_date',
			type: 'date',
			required: false,
			description:
				'Date the request for an EHC needs assessment was received; given for plans issued in the calendar year before the census (for 20-week timeliness).'
		},
		{
			name: 'week20_exception',
			type: 'bool',
			required: false,
			description: 'An exception to the 20-week time limit applies (SEN2 week20); given with request_received_date.'
		},
		{ name: 'last_review_date', type: 'date', required: false, description: 'Date of the latest annual review meeting; null if none has been held.' },
		{ name: 'ceased_date', type: 'date', required: false, description: 'Date the plan ceased; null for active plans.' },
		{ name: 'cease_reason', type: 'int', required: false, description: 'Reason the plan ceased (SEN2 4.6, 1-9); null for active plans.', codes: 'cease_reason' }
	]
};

export const ASD_REFERRALS: LocalTable = {
	name: 'asd_referrals',
	title: 'Suspected-autism (ASD) diagnostic referrals',
	description:
		'One row per referral for an autism diagnostic assessment, with the dates of first care contact and of the outcome. Open referrals (no outcome yet) are kept: their waits are censored at the extract date, and must be analysed as time-to-event, not dropped.',
	grain: 'one referral',
	key: ['referral_id'],
	columns: [
		{ name: 'referral_id', type: 'string', required: true, description: 'Pseudonymous referral id.' },
		ccg('CCG / sub-ICB responsible for the referral (GP registration).'),
		quadrant(),
		locality(),
		{ name: 'sex', type: 'string', required: true, description: 'Sex.', codes: 'sex' },
		{ name: 'age_at_referral', type: 'int', required: true, description: 'Age in completed years on the referral date.', min: 0, max: 25 },
		{ name: 'referral_date', type: 'date', required: true, description: 'Date the referral was received.' },
		{
			name: 'first_contact_date',
			type: 'date',
			required: false,
			description: 'Date of the first care contact for the assessment; null while there has been none (on or after referral_date).'
		},
		{
			name: 'outcome_date',
			type: 'date',
			required: false,
			description: 'Date the referral closed with an outcome; null while open (on or after referral_date and first_contact_date).'
		},
		{ name: 'outcome', type: 'string', required: false, description: 'Outcome; null exactly when outcome_date is null (open referral).', codes: 'asd_outcome' }
	]
};

const EXCLUSIONS: LocalTable = {
	name: 'exclusions',
	title: 'Suspensions and permanent exclusions',
	description:
		'One row per suspension or permanent exclusion of a pupil in a state-funded school in the area, with the pupil’s SEN status at the time. Rates use local_school_pupils as the denominator.',
	grain: 'one exclusion event',
	key: ['event_id'],
	columns: [
		{ name: 'event_id', type: 'string', required: true, description: 'Pseudonymous event id.' },
		{ name: 'pupil_id', type: 'string', required: true, description: 'Pseudonymous pupil id (a pupil can have several events). Not a UPN.' },
		{ name: 'academic_year', type: 'string', required: true, description: 'Academic year of the event.', codes: 'academic_year', derivedFrom: ['start_date'] },
		quadrant('Quadrant of the school.'),
		{ name: 'school_code', type: 'string', required: true, description: 'Pseudonymous code of the school (stands in for a URN).' },
		{ name: 'school_phase', type: 'string', required: true, description: 'Type of school.', codes: 'school_phase' },
		{ name: 'sen_status', type: 'string', required: true, description: 'SEN provision of the pupil at the time.', codes: 'sen_status' },
		{
			name: 'primary_need',
			type: 'string',
			required: false,
			description: 'Primary type of need for pupils with SEN (NSA allowed for SEN support); null for no SEN.',
			codes: 'primary_need'
		},
		{ name: 'nc_year', type: 'int', required: true, description: 'National curriculum year (reception = 0).', min: 0, max: 14 },
		{ name: 'age', type: 'int', required: true, description: 'Age at the start of the academic year (31 August).', min: 3, max: 19 },
		{ name: 'sex', type: 'string', required: true, description: 'Sex.', codes: 'sex' },
		{ name: 'exclusion_type', type: 'string', required: true, description: 'Suspension or permanent exclusion.', codes: 'exclusion_type' },
		{ name: 'start_date', type: 'date', required: true, description: 'First day of the exclusion.' },
		{
			name: 'length_days',
			type: 'double',
			required: false,
			description: 'Length of a suspension in school days (half days allowed); null for permanent exclusions.',
			min: 0.5,
			max: 45
		}
	]
};

const SCHOOL_PUPILS: LocalTable = {
	name: 'school_pupils',
	title: 'Pupil headcounts (denominators)',
	description:
		'Pupils on roll at the January school census in state-funded schools in the area, by quadrant of the school, school type, national curriculum year and SEN status: the denominators for exclusion rates (per 100 pupils).',
	grain: 'one academic year × quadrant × school phase × NC year × SEN status',
	key: ['academic_year', 'quadrant_code', 'school_phase', 'nc_year', 'sen_status'],
	columns: [
		{ name: 'academic_year', type: 'string', required: true, description: 'Academic year (the January census within it).', codes: 'academic_year' },
		quadrant('Quadrant of the school.'),
		{ name: 'school_phase', type: 'string', required: true, description: 'Type of school.', codes: 'school_phase' },
		{ name: 'nc_year', type: 'int', required: true, description: 'National curriculum year (reception = 0).', min: 0, max: 14 },
		{ name: 'sen_status', type: 'string', required: true, description: 'SEN provision.', codes: 'sen_status' },
		{ name: 'pupils', type: 'int', required: true, description: 'Headcount of pupils.', min: 0 }
	]
};

const POST16_PLACES: LocalTable = {
	name: 'post16_places',
	title: 'Commissioned post-16 and post-19 places',
	description:
		'Places commissioned for young people with SEND aged 16-25, by provider, type of provision, age range, primary-need focus and academic year. Compare with the projected 19-25 cohort (today’s 14-18-year-olds with plans).',
	grain: 'one academic year × provider × provision type × age range × need focus',
	key: ['academic_year', 'provider_code', 'provision_type', 'age_from', 'age_to', 'need_focus'],
	columns: [
		{ name: 'academic_year', type: 'string', required: true, description: 'Academic year the places are commissioned for.', codes: 'academic_year' },
		{ name: 'provider_code', type: 'string', required: true, description: 'Pseudonymous provider code (stands in for a UKPRN).' },
		{ name: 'provider_name', type: 'string', required: false, description: 'Provider name as the area records it.' },
		quadrant('Quadrant where the provision is delivered.'),
		{ name: 'provision_type', type: 'string', required: true, description: 'Type of provision.', codes: 'post16_provision_type' },
		{ name: 'age_from', type: 'int', required: true, description: 'Youngest age the places are for.', min: 16, max: 25 },
		{ name: 'age_to', type: 'int', required: true, description: 'Oldest age the places are for.', min: 16, max: 25 },
		{ name: 'need_focus', type: 'string', required: true, description: 'Primary-need focus, or MIXED.', codes: 'need_focus' },
		{ name: 'places', type: 'int', required: true, description: 'Number of places commissioned.', min: 0 }
	]
};

const POPULATION: LocalTable = {
	name: 'population',
	title: 'Population aged 0-25 by locality and single year of age',
	description:
		'Resident population aged 0-25 (mid-year estimate) by locality and single year of age, with the locality’s quadrant and CCG: denominators for rates per 1,000.',
	grain: 'one locality × single year of age',
	key: ['locality_code', 'age'],
	columns: [
		locality(),
		quadrant('Quadrant of the locality.'),
		ccg('CCG of the locality.'),
		{ name: 'age', type: 'int', required: true, description: 'Single year of age.', min: 0, max: 25 },
		{ name: 'population', type: 'int', required: true, description: 'Resident population.', min: 0 },
		{ name: 'reference_year', type: 'int', required: true, description: 'Year of the mid-year estimate.' }
	]
};

/** Every table of the local extract, in load order. */
export const LOCAL_TABLES: readonly LocalTable[] = [EHC_PLANS, ASD_REFERRALS, EXCLUSIONS, SCHOOL_PUPILS, POST16_PLACES, POPULATION];

export type LocalTableName = 'ehc_plans' | 'asd_referrals' | 'exclusions' | 'school_pupils' | 'post16_places' | 'population';

/** The DuckDB table a local table loads into. */
export function localTableName(name: string): string {
	return `local_${name}`;
}

export function getLocalTable(name: string): LocalTable | undefined {
	return LOCAL_TABLES.find((t) => t.name === name);
}

/**
 * Column names that look like direct identifiers. A local extract must not carry these; a loader should refuse a
 * file with such a column.
 */
export const FORBIDDEN_COLUMN_PATTERNS: readonly RegExp[] = [
	/(^|_)(fore|sur|first|last|family|given|full)?_?name$/i,
	/(^|_)nhs(_?(no|num|number))?($|_)/i,
	/(^|_)upn($|_)/i,
	/(^|_)uln($|_)/i,
	/uniquelearnernumber|unique_learner|unique_pupil/i,
	/(date_of_birth|birth_?date|^dob$|_dob$)/i,
	/post_?code/i,
	/(^|_)address/i,
	/(^|_)(phone|email|telephone)/i,
	/chi_?number|case_?number|mosaic|liquidlogic/i
];

/** True when a column name looks like a direct identifier (see FORBIDDEN_COLUMN_PATTERNS). */
export function looksLikeDirectIdentifier(column: string): boolean {
	// provider_name is the name of an organisation, not a person.
	if (column === 'provider_name') return false;
	return FORBIDDEN_COLUMN_PATTERNS.some((re) => re.test(column));
}

/** Every code list the contract references exists (a self-check the tests run). */
export function contractCodeListsExist(): boolean {
	return LOCAL_TABLES.every((t) => t.columns.every((c) => c.codes === undefined || c.codes in CODE_LISTS));
}
