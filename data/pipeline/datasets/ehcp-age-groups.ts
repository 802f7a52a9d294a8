/**
 * Active EHC plans by age group (under 5, 5–10, 11–15, 16–19, 20–25) at each January census 2019–2025: the series
 * both the Needs growth view and the 19–25 view use.
 */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { ACADEMIC_YEAR_PERIOD, CALENDAR_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, EES_LEVELS_WHERE } from '../ees';
import { readCsv } from '../read';
import { createTidyTable } from '../tidy';

const AGE_PROFILE = 'ehcp-sen2/send-ap-dashboard-extracts/prepared_data.Rdata__ehcp_ageprofile.csv';
const CASELOAD = 'ehcp-sen2/release-2025/caseload.csv';

/** The published age groups, as the tidy model names them, with the single years of age each covers. */
const AGE_GROUPS: { label: string; source: string; ages: string[] }[] = [
	{ label: 'Under 5', source: 'Under 5', ages: ['under 3', 'age 3', 'age 4'] },
	{ label: '5 to 10', source: 'Age 5 to 10', ages: ['age 5', 'age 6', 'age 7', 'age 8', 'age 9', 'age 10'] },
	{ label: '11 to 15', source: 'Age 11 to 15', ages: ['age 11', 'age 12', 'age 13', 'age 14', 'age 15'] },
	{ label: '16 to 19', source: 'Age 16 to 19', ages: ['age 16', 'age 17', 'age 18', 'age 19'] },
	{ label: '20 to 25', source: 'Age 20 to 25', ages: ['age 20', 'age 21', 'age 22', 'age 23', 'age 24', 'age 25'] }
];

const groupOfSource = `CASE characteristic_age ${AGE_GROUPS.map((g) => `WHEN '${g.source}' THEN '${g.label}'`).join(' ')} END`;
const groupOfAge = `CASE lower(breakdown) ${AGE_GROUPS.flatMap((g) => g.ages.map((a) => `WHEN '${a}' THEN '${g.label}'`)).join(' ')} END`;

export const ehcpAgeGroups: PublishedDataset = {
	id: 'ehcp_age_groups',
	title: 'Active EHC plans by age group',
	table: 'pub_ehcp_age_groups',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Education, health and care plans (SEN2)',
		release: '2023 release age profile (January 2019–2023), as prepared for the DfE SEND and AP dashboard; reporting year 2025 (January 2024–2025)',
		files: [AGE_PROFILE, CASELOAD]
	},
	notes: [
		'EHC plans at the January census by age group: under 5, 5 to 10, 11 to 15, 16 to 19, 20 to 25.',
		'January 2019–2023: the age groups as DfE published them (2023 release). January 2024–2025: DfE publishes single years of age, summed here into the same groups; if any year in a group is suppressed the group is shown as suppressed.',
		'Group totals for 2023 can differ by one or two from the all-ages total because of rounding in the source.'
	],
	async build(conn, raw) {
		const profile = raw.input(AGE_PROFILE);
		await readCsv(conn, profile, 'raw_age_profile', [...EES_AREA_COLUMNS, 'characteristic_age', 'ehcp_or_statement', 'num_caseload']);
		await checkEesAreas(conn, profile, 'raw_age_profile', CALENDAR_YEAR_PERIOD);
		const scope = `${EES_LEVELS_WHERE} AND CAST(time_period AS INTEGER) >= 2019`;
		await checkCodes(
			conn,
			profile,
			'raw_age_profile',
			'characteristic_age',
			AGE_GROUPS.map((g) => g.source),
			scope
		);
		await checkCodes(conn, profile, 'raw_age_profile', 'ehcp_or_statement', ['Total'], scope);
		await checkUniqueKey(conn, profile, 'raw_age_profile', ['time_period', 'geographic_level', 'region_code', 'new_la_code', 'characteristic_age'], scope);
		await checkNumbers(conn, profile, 'raw_age_profile', ['num_caseload'], DFE_SYMBOLS, { scope });

		const caseload = raw.input(CASELOAD);
		await readCsv(conn, caseload, 'raw_age_caseload', [...EES_AREA_COLUMNS, 'breakdown_topic', 'breakdown', 'ehcplans']);
		await checkEesAreas(conn, caseload, 'raw_age_caseload', ACADEMIC_YEAR_PERIOD);
		const ages = `${EES_LEVELS_WHERE} AND breakdown_topic = 'Child or young persons age'`;
		await checkCodes(
			conn,
			caseload,
			'raw_age_caseload',
			'breakdown',
			AGE_GROUPS.flatMap((g) => g.ages).flatMap((a) => [a, a.charAt(0).toUpperCase() + a.slice(1)]),
			ages
		);
		await checkNumbers(conn, caseload, 'raw_age_caseload', ['ehcplans'], DFE_SYMBOLS, { scope: ages });

		const common = `'ehc_plans' AS measure, ${EES_AREA.areaCode} AS area_code, ${EES_AREA.areaLevel} AS area_level`;
		await createTidyTable(conn, this.table, [
			{
				sql: `SELECT ${common}, time_period || '-01' AS period, 'january_census' AS period_type, CAST(time_period AS INTEGER) AS year,
					'Age group' AS breakdown_topic, ${groupOfSource} AS breakdown,
					TRY_CAST(num_caseload AS DOUBLE) AS value, CASE WHEN TRY_CAST(num_caseload AS DOUBLE) IS NULL THEN coalesce(trim(num_caseload), '') END AS symbol,
					'count' AS unit, '${AGE_PROFILE}' AS source_file
					FROM raw_age_profile WHERE ${scope}`,
				priority: 2
			},
			{
				// A group is a sum of single years; one suppressed year makes the whole group suppressed (its symbol kept).
				sql: `SELECT ${common}, CAST(CAST(substr(time_period, 1, 4) AS INTEGER) + 1 AS VARCHAR) || '-01' AS period, 'january_census' AS period_type,
					CAST(substr(time_period, 1, 4) AS INTEGER) + 1 AS year, 'Age group' AS breakdown_topic, ${groupOfAge} AS breakdown,
					CASE WHEN bool_and(TRY_CAST(ehcplans AS DOUBLE) IS NOT NULL) THEN sum(TRY_CAST(ehcplans AS DOUBLE)) END AS value,
					CASE WHEN NOT bool_and(TRY_CAST(ehcplans AS DOUBLE) IS NOT NULL) THEN min(CASE WHEN TRY_CAST(ehcplans AS DOUBLE) IS NULL THEN coalesce(trim(ehcplans), '') END) END AS symbol,
					'count' AS unit, '${CASELOAD}' AS source_file
					FROM raw_age_caseload WHERE ${ages}
					GROUP BY ALL`,
				priority: 1
			}
		]);
	}
};
