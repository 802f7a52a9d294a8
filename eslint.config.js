/**
 * ESLint (`npm run lint`, with `prettier --check`): typescript-eslint and eslint-plugin-svelte's recommended rules,
 * import cycles, and the section boundaries of docs/ARCHITECTURE.md, checked on resolved paths so `$lib/…` and
 * relative imports are treated alike:
 * - a section (`src/lib/sections/<id>/`) imports nothing from another section, only from itself and the kit;
 * - the kit (`src/lib/sections/kit/`) imports no section;
 * - `src/lib/sections/every-section/` (the every-LA checks) may import every section.
 * It also keeps the words for a missing figure in one place (src/lib/format/figure.ts): no 'not published' literal in src.
 * The section list is read from the folder, so a new section is covered without editing this file.
 */
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const SECTIONS_DIR = 'src/lib/sections';
const KIT = 'kit';
const MAY_IMPORT_SECTIONS = ['every-section'];
// Imports across sections the rule allows for now (none: sourceText and roleLabel moved to shared modules).
/** @type {string[]} */
const KNOWN_CROSSINGS = [];
const sections = readdirSync(SECTIONS_DIR, { withFileTypes: true })
	.filter((e) => e.isDirectory())
	.map((e) => e.name);

/** import-x/no-restricted-paths zones: each section's folder may import from `sections/` only itself and the kit. */
const sectionZones = sections
	.filter((id) => !MAY_IMPORT_SECTIONS.includes(id))
	.map((id) => ({
		target: `./${SECTIONS_DIR}/${id}`,
		from: `./${SECTIONS_DIR}`,
		except: id === KIT ? [`./${KIT}`] : [`./${id}`, `./${KIT}`, ...KNOWN_CROSSINGS.filter((p) => !p.startsWith(`./${id}/`))],
		message:
			id === KIT
				? 'The section kit is shared by every section and must not import a section (docs/ARCHITECTURE.md).'
				: `A section imports only from its own folder and sections/kit; move what ${id} shares with another section into sections/kit (docs/ARCHITECTURE.md).`
	}));

const NOT_PUBLISHED_MESSAGE =
	"Show a missing figure with figureCell / figureLabel / symbolWords, or say NOT_PUBLISHED, from $lib/format/figure (src/lib/format/figure.ts), not the literal 'not published'.";

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/', 'test-results/', 'playwright-report/', 'bench/results/', 'bench/.cache/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
			'import-x/extensions': ['.ts', '.js', '.svelte'],
			// Parse imported modules with the parser for their kind (otherwise .ts files reached from .svelte go to svelte's).
			'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.js'], 'svelte-eslint-parser': ['.svelte'] }
		},
		rules: {
			'import-x/no-cycle': 'error',
			'import-x/no-self-import': 'error',
			'import-x/no-restricted-paths': ['error', { zones: sectionZones }],
			// Links and goto() go through `base` from $app/paths (svelte.config.js: every link does), not resolve().
			'svelte/no-navigation-without-resolve': 'off',
			// Plain Map/Set in components and stores are deliberate non-reactive caches and handler registries.
			'svelte/prefer-svelte-reactivity': 'off',
			// Unused variables are errors, but a leading underscore marks one kept on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }]
		}
	},
	{
		// A missing figure reads the same everywhere: its words come from src/lib/format/figure.ts, not a literal.
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		ignores: ['src/lib/format/figure.ts', 'src/**/*.test.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{ selector: "Literal[value='not published']", message: NOT_PUBLISHED_MESSAGE },
				{ selector: "TemplateLiteral[expressions.length=0] > TemplateElement[value.cooked='not published']", message: NOT_PUBLISHED_MESSAGE }
			]
		}
	}
);
