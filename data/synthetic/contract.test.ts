import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../lib/arrow-file';
import {
	CODE_LISTS,
	contractCodeListsExist,
	LOCAL_TABLES,
	PRIMARY_NEED,
	SETTING,
	SETTING_GROUP,
	SETTING_GROUP_BY_SETTING,
	settingGroupOf,
	type LocalColumnType
} from '../../src/lib/local/contract';

// LocalColumnType must stay the same union as the Arrow writer's ColumnType.
const sameTypes: [LocalColumnType] extends [ColumnType] ? ([ColumnType] extends [LocalColumnType] ? true : false) : false = true;

describe('local extract contract', () => {
	it('keeps LocalColumnType equal to ColumnType', () => expect(sameTypes).toBe(true));

	it('every table and column is well formed', () => {
		const names = new Set<string>();
		for (const t of LOCAL_TABLES) {
			expect(t.name).toMatch(/^[a-z][a-z0-9_]*$/);
			expect(names.has(t.name)).toBe(false);
			names.add(t.name);
			const cols = new Set(t.columns.map((c) => c.name));
			expect(cols.size).toBe(t.columns.length);
			for (const k of t.key) expect(cols.has(k)).toBe(true);
			for (const c of t.columns) {
				expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
				expect(c.description.length).toBeGreaterThan(3);
				for (const d of c.derivedFrom ?? []) expect(cols.has(d)).toBe(true);
			}
		}
		expect(contractCodeListsExist()).toBe(true);
	});

	it('has the SEN2 primary needs and a group for every setting', () => {
		expect(PRIMARY_NEED.codes.map((c) => c.code)).toEqual(['ASD', 'SLCN', 'MLD', 'SEMH', 'SpLD', 'SLD', 'PMLD', 'PD', 'HI', 'VI', 'MSI', 'OTH', 'NSA']);
		const groups = new Set(SETTING_GROUP.codes.map((c) => c.code));
		for (const s of SETTING.codes) expect(groups.has(SETTING_GROUP_BY_SETTING[s.code as string]!)).toBe(true);
		expect(settingGroupOf(null)).toBe('placement_unknown');
		for (const list of Object.values(CODE_LISTS)) expect(new Set(list.codes.map((c) => c.code)).size).toBe(list.codes.length);
	});
});
