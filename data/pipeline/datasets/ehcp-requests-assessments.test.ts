import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { ASSESSMENTS_FILE, ehcpRequestsAssessments, MI_FILE, REQUESTS_FILE } from './ehcp-requests-assessments';

const cell = (measure: string, area: string, period: string, topic = 'Total', breakdown = 'Total') =>
	`SELECT value, symbol, unit, source_file FROM pub_ehcp_requests_assessments
	 WHERE measure = '${measure}' AND area_code = '${area}' AND period = '${period}' AND breakdown_topic = '${topic}' AND breakdown = '${breakdown}'`;

// requests.csv line 10348 (data row 10347): Essex 2024. sen2_mi.csv line 1002 (data row 1001): Essex 2016.
const ESSEX_2024_REQUESTS_ROW = 10347;
const ESSEX_2016_MI_ROW = 1001;

describe('ehcp_requests_assessments built from the 2025 release and the 2023 MI file', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await ehcpRequestsAssessments.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells of the 2025 release', async () => {
		expect(await rows(conn, cell('requests', 'E10000012', '2024'))).toEqual([{ value: 4255, symbol: null, unit: 'count', source_file: REQUESTS_FILE }]);
		expect((await rows(conn, cell('requests_decided_to_assess', 'E10000012', '2024')))[0]).toMatchObject({ value: 2602 });
		expect((await rows(conn, cell('requests_decided_not_to_assess', 'E10000012', '2024')))[0]).toMatchObject({ value: 852 });
		expect((await rows(conn, cell('requests', 'E92000001', '2023')))[0]).toMatchObject({ value: 138242 });
		expect((await rows(conn, cell('requests_decided_to_assess_pc', 'E92000001', '2024')))[0]).toMatchObject({ value: 65.4, unit: 'percent' });
		expect(await rows(conn, cell('assessments', 'E10000012', '2024'))).toEqual([{ value: 1924, symbol: null, unit: 'count', source_file: ASSESSMENTS_FILE }]);
		expect((await rows(conn, cell('assessments_plan_issued', 'E92000001', '2024')))[0]).toMatchObject({ value: 98547 });
	});

	it('applies the release rule: 2019 from the 2025 release, 2016 from the MI file, x kept where the newest release has it', async () => {
		expect(await rows(conn, cell('requests', 'E92000001', '2019'))).toEqual([{ value: 82329, symbol: null, unit: 'count', source_file: REQUESTS_FILE }]);
		expect(await rows(conn, cell('requests', 'E10000012', '2016'))).toEqual([{ value: 1785, symbol: null, unit: 'count', source_file: MI_FILE }]);
		expect((await rows(conn, cell('requests_decided_not_to_assess_pc', 'E10000012', '2016')))[0]).toMatchObject({ value: 37.7591, source_file: MI_FILE });
		expect((await rows(conn, cell('assessments_plan_issued', 'E10000012', '2015')))[0]).toMatchObject({ value: 582, source_file: MI_FILE });
		// The 2025 release has x for the refusal percentage in 2019; the 2023 release's 40.8119 does not replace it.
		expect(await rows(conn, cell('requests_decided_not_to_assess_pc', 'E10000012', '2019'))).toEqual([
			{ value: null, symbol: 'x', unit: 'percent', source_file: REQUESTS_FILE }
		]);
		// Before 2016 the MI file has z (not applicable) for initial requests.
		expect((await rows(conn, cell('requests', 'E10000012', '2015')))[0]).toMatchObject({ value: null, symbol: 'z' });
	});

	it('publishes breakdowns for the number of requests and assessments only', async () => {
		expect((await rows(conn, cell('requests', 'E10000012', '2024', 'Sex', 'Female')))[0]?.value).toBeTypeOf('number');
		expect(await rows(conn, `SELECT DISTINCT measure FROM pub_ehcp_requests_assessments WHERE breakdown_topic <> 'Total' ORDER BY measure`)).toEqual([
			{ measure: 'assessments' },
			{ measure: 'requests' }
		]);
	});

	it('fails naming file, row and column for a bad cell in either release', async () => {
		let dir = rawDirWithAlteredFile(REQUESTS_FILE, (t) => replaceCell(t, ESSEX_2024_REQUESTS_ROW, 'requests_withdrawn', 'n/a'), [ASSESSMENTS_FILE, MI_FILE]);
		let error = await ehcpRequestsAssessments.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${REQUESTS_FILE}, row ${ESSEX_2024_REQUESTS_ROW}`);
		expect((error as Error).message).toContain('column "requests_withdrawn"');

		dir = rawDirWithAlteredFile(MI_FILE, (t) => replaceCell(t, ESSEX_2016_MI_ROW, 'inreq_ehc', '178S'), [REQUESTS_FILE, ASSESSMENTS_FILE]);
		error = await ehcpRequestsAssessments.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${MI_FILE}, row ${ESSEX_2016_MI_ROW}`);
		expect((error as Error).message).toContain('column "inreq_ehc"');
	});
});
