/**
 * England reference distributions the synthetic caseload is drawn from, so its shape matches the published
 * statistics. Source: DfE "Education, health and care plans", reporting year 2025 (June 2025), national rows of
 * `data/public/ehcp-sen2/release-2025/sen_needs_all_plans.csv` (plans by age × primary need, January 2025),
 * `caseload.csv` (years plan in place, placement types) and `ceased_plans.csv` (calendar year 2024, age × reason).
 * Setting mixes by age band are rounded judgements informed by caseload.csv (the release has no age × setting table).
 */

/** Needs in the order the tables below use. `null` is "need unknown". */
export const NEED_ORDER = ['ASD', 'SLCN', 'MLD', 'SEMH', 'SpLD', 'SLD', 'PMLD', 'PD', 'HI', 'VI', 'MSI', 'OTH', null] as const;

/** England, January 2025: EHC plans by age (0-2 split from "under 3") and rank-1 need, NEED_ORDER columns. */
export const ENGLAND_PLANS_BY_AGE_NEED: Readonly<Record<number, readonly number[]>> = {
	0: [2, 9, 2, 0, 0, 1, 4, 9, 1, 1, 0, 1, 1],
	1: [6, 29, 5, 1, 1, 2, 14, 28, 4, 4, 2, 4, 2],
	2: [23, 114, 19, 3, 4, 8, 55, 110, 17, 18, 6, 15, 8],
	3: [911, 2013, 202, 48, 47, 145, 200, 372, 95, 67, 34, 81, 87],
	4: [6857, 11163, 884, 581, 134, 525, 414, 853, 281, 141, 70, 220, 394],
	5: [10320, 14271, 1148, 1532, 165, 680, 439, 1047, 372, 152, 94, 323, 304],
	6: [10571, 12895, 1471, 3016, 213, 815, 458, 1169, 354, 209, 107, 320, 269],
	7: [10864, 11968, 2027, 4679, 334, 965, 518, 1275, 456, 242, 107, 384, 263],
	8: [12094, 10631, 2825, 5757, 477, 1148, 470, 1427, 477, 290, 130, 412, 274],
	9: [12735, 9543, 3661, 6799, 682, 1327, 486, 1412, 524, 284, 109, 525, 294],
	10: [13579, 8745, 4569, 8179, 1116, 1477, 528, 1443, 517, 335, 109, 517, 291],
	11: [15122, 8596, 5585, 10159, 1497, 1649, 510, 1609, 595, 381, 122, 601, 349],
	12: [15003, 7729, 6085, 10725, 1515, 1791, 583, 1672, 669, 366, 106, 605, 323],
	13: [14737, 6966, 5899, 12367, 1484, 1792, 559, 1573, 594, 358, 115, 576, 339],
	14: [14590, 6180, 5701, 13303, 1383, 1931, 517, 1619, 571, 382, 100, 552, 296],
	15: [13677, 5507, 5343, 13251, 1175, 1889, 487, 1667, 606, 366, 103, 525, 290],
	16: [12767, 4912, 4937, 12432, 1047, 1877, 489, 1675, 609, 387, 80, 507, 286],
	17: [11037, 4118, 4422, 10509, 946, 1709, 491, 1623, 554, 354, 83, 383, 255],
	18: [8692, 3244, 3741, 7585, 720, 1596, 433, 1271, 437, 324, 70, 316, 169],
	19: [6273, 2500, 3068, 4856, 506, 1321, 282, 1036, 350, 221, 53, 216, 133],
	20: [4437, 1764, 2299, 2932, 343, 1045, 240, 775, 260, 129, 24, 165, 82],
	21: [2982, 1232, 1567, 1768, 240, 827, 186, 515, 182, 119, 24, 98, 65],
	22: [1882, 844, 1140, 913, 168, 545, 91, 352, 111, 66, 19, 71, 56],
	23: [1219, 554, 719, 518, 116, 370, 68, 234, 83, 45, 12, 66, 26],
	24: [700, 258, 467, 260, 49, 216, 45, 107, 34, 31, 13, 28, 13],
	25: [103, 51, 75, 44, 12, 30, 10, 24, 12, 8, 0, 1, 1]
};

/** England, January 2025: plans by years in place (0 = less than a year; 12 = 12 or more). */
export const ENGLAND_YEARS_IN_PLACE: readonly number[] = [114091, 92975, 72118, 60306, 56012, 46309, 56535, 53450, 39868, 23114, 6043, 4195, 13729];

/** SEN2 cease reasons 1-9 in order (max age, needs met, HE, employment, transfer, no engagement, moved outside England, deceased, other). */
export const CEASE_REASON_ORDER = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * England, calendar year 2024: ceased plans by age when ceased (2 = "2 and under", 20 = "20 and over") and reason
 * (CEASE_REASON_ORDER columns; "not recorded" dropped).
 */
export const ENGLAND_CEASED_BY_AGE_REASON: Readonly<Record<number, readonly number[]>> = {
	2: [0, 1, 0, 0, 3, 0, 0, 4, 0],
	3: [0, 1, 0, 0, 60, 0, 5, 5, 1],
	4: [0, 1, 1, 0, 376, 0, 37, 12, 1],
	5: [0, 10, 0, 0, 601, 0, 84, 23, 3],
	6: [0, 22, 0, 0, 687, 0, 79, 25, 4],
	7: [1, 24, 0, 1, 692, 0, 79, 31, 11],
	8: [0, 41, 1, 0, 721, 0, 90, 26, 9],
	9: [0, 45, 0, 0, 721, 4, 64, 18, 6],
	10: [0, 56, 0, 1, 893, 1, 80, 22, 7],
	11: [1, 42, 1, 1, 872, 0, 61, 22, 11],
	12: [0, 33, 0, 1, 843, 1, 66, 26, 6],
	13: [0, 44, 1, 0, 980, 2, 48, 27, 14],
	14: [1, 54, 1, 1, 1048, 5, 47, 25, 17],
	15: [0, 73, 2, 2, 1185, 5, 41, 36, 12],
	16: [7, 195, 13, 94, 1248, 60, 51, 31, 15],
	17: [13, 226, 18, 295, 994, 422, 28, 47, 30],
	18: [54, 435, 773, 627, 842, 2262, 25, 35, 60],
	19: [101, 660, 660, 763, 505, 3147, 14, 22, 132],
	20: [1782, 1991, 1108, 2266, 682, 10182, 29, 38, 498]
};

/** England ceased plans in calendar 2024 as a share of January 2025 plans (44,862 / 638,745). */
export const CEASED_PER_ACTIVE_PLAN = 44_862 / 638_745;

/** Detailed setting codes (contract SETTING list) drawn for the caseload. */
export type SettingDraw =
	| 'MS_LA'
	| 'MS_ACAD'
	| 'MS_FREE'
	| 'MS_IND'
	| 'SP_LA'
	| 'SP_ACAD'
	| 'SP_NM'
	| 'SP_IND'
	| 'AP'
	| 'FE_GEN'
	| 'FE_SPI'
	| 'FE_OTH'
	| 'EYP'
	| 'EHE'
	| 'OLA'
	| 'OPA'
	| 'NEET'
	| 'NIEC'
	| 'NIEO'
	| 'OTH'
	| 'UNKNOWN';

/** Setting mix (percent) by age band on the census date. UNKNOWN = placement not recorded (null setting). */
export const SETTING_MIX_BY_AGE_BAND: ReadonlyArray<{ maxAge: number; mix: Readonly<Partial<Record<SettingDraw, number>>> }> = [
	{ maxAge: 3, mix: { EYP: 30, MS_LA: 28, MS_ACAD: 14, SP_LA: 14, SP_ACAD: 6, OTH: 4, UNKNOWN: 2, NIEO: 2 } },
	{
		maxAge: 10,
		mix: {
			MS_LA: 24,
			MS_ACAD: 30,
			MS_FREE: 2.5,
			MS_IND: 1.5,
			SP_LA: 18,
			SP_ACAD: 13,
			SP_NM: 0.7,
			SP_IND: 4.5,
			AP: 0.5,
			EHE: 1.1,
			OLA: 1.3,
			OPA: 0.2,
			NIEO: 1.0,
			OTH: 0.6,
			UNKNOWN: 1.1
		}
	},
	{
		maxAge: 15,
		mix: {
			MS_LA: 10,
			MS_ACAD: 28,
			MS_FREE: 2.5,
			MS_IND: 1.5,
			SP_LA: 18,
			SP_ACAD: 17,
			SP_NM: 1.0,
			SP_IND: 9,
			AP: 2.5,
			EHE: 2.2,
			OLA: 3.2,
			OPA: 0.3,
			NIEO: 1.6,
			OTH: 1.0,
			UNKNOWN: 1.2
		}
	},
	{
		maxAge: 18,
		mix: {
			MS_LA: 2,
			MS_ACAD: 7,
			MS_FREE: 0.5,
			MS_IND: 0.5,
			SP_LA: 12,
			SP_ACAD: 10,
			SP_NM: 1.0,
			SP_IND: 5,
			AP: 0.3,
			FE_GEN: 38,
			FE_SPI: 6,
			FE_OTH: 5,
			EHE: 1,
			OLA: 2.5,
			OPA: 0.3,
			NEET: 5,
			NIEC: 0.8,
			NIEO: 0.6,
			OTH: 1.3,
			UNKNOWN: 1.7
		}
	},
	{ maxAge: 25, mix: { SP_IND: 1, FE_GEN: 42, FE_SPI: 17, FE_OTH: 11, OLA: 3, OPA: 0.5, NEET: 15, NIEC: 3, NIEO: 0.5, OTH: 4, UNKNOWN: 3 } }
];

/** Share of state mainstream placements in a SEN unit / resourced provision (England ≈ 3.5% / 6%). */
export const SEN_UNIT_SHARE = 0.035;
export const RESOURCED_PROVISION_SHARE = 0.06;
