import { marked } from 'marked';
import { renderContractDoc } from '$lib/local/contract-doc';
import type { PageServerLoad } from './$types';

// The contract page is the same text as docs/data-contract.md, rendered at build time from the code that validates
// every file (src/lib/local/contract.ts), so the page, the document and the checks cannot drift apart.
export const load: PageServerLoad = () => ({ html: marked.parse(renderContractDoc(), { async: false }) });
