/** The section boundaries of docs/ARCHITECTURE.md, as eslint.config.js enforces them: a rule that cannot fire is no rule. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
async function boundaryErrors(file: string, source: string): Promise<string[]> {
	const [result] = await eslint.lintText(source, { filePath: file });
	return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('section boundaries', () => {
	it('a section may not import another section, by relative path or by $lib', async () => {
		expect(
			await boundaryErrors('src/lib/sections/needs/zz.ts', `import { exclusionsView } from '../exclusions/view';\nexport const v = exclusionsView;\n`)
		).toHaveLength(1);
		expect(
			await boundaryErrors('src/lib/sections/money/zz.ts', `import { needsView } from '$lib/sections/needs/view';\nexport const v = needsView;\n`)
		).toHaveLength(1);
	});

	it('the kit may not import a section', async () => {
		expect(
			await boundaryErrors('src/lib/sections/kit/zz.ts', `import { needsView } from '$lib/sections/needs/view';\nexport const v = needsView;\n`)
		).toHaveLength(1);
	});

	it('a section may import itself and the kit; every-section may import any section', async () => {
		expect(
			await boundaryErrors(
				'src/lib/sections/needs/zz.ts',
				`import { needsView } from './view';\nimport { travelSentence } from '../kit/travel';\nexport const v = [needsView, travelSentence];\n`
			)
		).toEqual([]);
		expect(
			await boundaryErrors('src/lib/sections/every-section/zz.ts', `import { needsView } from '$lib/sections/needs/view';\nexport const v = needsView;\n`)
		).toEqual([]);
	});
});
