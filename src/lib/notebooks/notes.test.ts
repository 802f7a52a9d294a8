import { describe, expect, it } from 'vitest';
import { PUBLISHED_DATASETS } from '../../../data/pipeline/datasets/index';
import { FULL_NOTES, shortNotes } from './notes';

const notesOf = (id: string) => PUBLISHED_DATASETS.find((d) => d.id === id)!.notes;

describe('report chart notes', () => {
	it('leave metric codes and column names to About the data (autism waits)', () => {
		const notes = shortNotes(notesOf('autism_waits'));
		expect(notesOf('autism_waits').join(' ')).toMatch(/ASD16|area_level/);
		expect(notes.join(' ')).not.toMatch(/ASD\d|area_level|breakdown_topic/);
		expect(notes.at(-1)).toBe(FULL_NOTES);
		expect(notes.length).toBeLessThanOrEqual(4);
	});
	it('put the third-party caution first (exclusions by SEN provision)', () => {
		expect(shortNotes(notesOf('exclusions_sen'))[0]).toMatch(/^Not an official DfE file: a third party/);
	});
});
