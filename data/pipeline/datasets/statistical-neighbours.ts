/** DfE children's services statistical neighbours (May 2025): each LA's 10 most similar LAs, ranked. */
import { checkCodes, checkPattern, checkUniqueKey } from '../checks';
import type { PublishedDataset } from '../dataset';
import { InputError } from '../errors';
import { readCsv } from '../read';

const FILE = 'statistical-neighbours/derived/sn_may_2025_long.csv';

export const statisticalNeighbours: PublishedDataset = {
	id: 'statistical_neighbours',
	title: 'Statistical neighbours (children’s services, May 2025)',
	table: 'statistical_neighbours',
	kind: 'lookup',
	source: {
		publisher: 'Department for Education',
		title: 'Children’s services statistical neighbour benchmarking tool (CSSNBT)',
		release: 'May 2025',
		files: [FILE, 'statistical-neighbours/sn_may_2025.xlsx']
	},
	notes: [
		'Each local authority’s 10 statistical neighbours, ranked 1 (closest) to 10, as published in the May 2025 benchmarking tool.',
		'The tool also lists authorities abolished since 2019 (the former Dorset, Bournemouth, Poole, Northamptonshire and Cumbria); only current authorities are kept, as LAs and as neighbours.'
	],
	async build(conn, raw) {
		const input = raw.input(FILE);
		const table = 'raw_sn';
		await readCsv(conn, input, table, ['la_number', 'la_name', 'rank', 'neighbour_la_number', 'neighbour_la_name', 'closeness']);
		await checkPattern(conn, input, table, 'la_number', '^\\d{3}$', 'a 3-digit DfE LA number');
		await checkPattern(conn, input, table, 'neighbour_la_number', '^\\d{3}$', 'a 3-digit DfE LA number');
		await checkCodes(conn, input, table, 'rank', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
		await checkUniqueKey(conn, input, table, ['la_number', 'rank']);
		// Every LA number must be one DfE has reported EHC plans for (the areas table, built first).
		const known = `(SELECT dfe_la_number FROM areas WHERE dfe_la_number IS NOT NULL)`;
		const unmatched = (
			await conn.runAndReadAll(`SELECT _row, la_number, neighbour_la_number, la_number NOT IN ${known} AS la_bad
				FROM ${table} WHERE la_number NOT IN ${known} OR neighbour_la_number NOT IN ${known} ORDER BY _row LIMIT 1`)
		).getRowObjectsJS()[0];
		if (unmatched) {
			const column = unmatched.la_bad ? 'la_number' : 'neighbour_la_number';
			throw new InputError(input.label, 'LA number not known', {
				row: Number(unmatched._row),
				column,
				value: String(unmatched[column]),
				expected: 'the DfE number of a local authority in the EHC plan statistics 2019–2025'
			});
		}
		// The tool also lists authorities abolished since 2019 (the former Dorset, Bournemouth, Poole, Northamptonshire,
		// Cumbria) beside their successors; only current authorities are kept.
		await conn.run(`CREATE OR REPLACE TABLE statistical_neighbours AS
			SELECT a.area_code AS la_code, n.area_code AS neighbour_code, CAST(s.rank AS INTEGER) AS rank, s.closeness, '2025-05' AS edition
			FROM ${table} s
			JOIN areas a ON a.dfe_la_number = s.la_number AND a.is_current
			JOIN areas n ON n.dfe_la_number = s.neighbour_la_number AND n.is_current
			ORDER BY la_code, rank`);
	}
};
