import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderContractDoc } from './contract-doc';

describe('docs/data-contract.md', () => {
	it('is what the contract generates (run `npm run docs:contract` after changing the contract)', () => {
		const committed = readFileSync(new URL('../../../docs/data-contract.md', import.meta.url), 'utf8');
		expect(committed).toBe(renderContractDoc());
	});
	it('documents every table with its required columns and the SEN2 need codes', () => {
		const doc = renderContractDoc();
		expect(doc).toContain('## Suspected-autism (ASD) diagnostic referrals: `asd_referrals.csv`');
		expect(doc).toContain('| `referral_date` | date (YYYY-MM-DD or DD/MM/YYYY) | yes |');
		expect(doc).toContain('| `SpLD` | Specific learning difficulty |');
		expect(doc).toContain('`SPLD` (read as `SpLD`)');
	});
});
