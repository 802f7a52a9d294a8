/** `npm run docs:contract`: writes docs/data-contract.md from the contract the browser validates with. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderContractDoc } from '../src/lib/local/contract-doc';

const target = fileURLToPath(new URL('../docs/data-contract.md', import.meta.url));
writeFileSync(target, renderContractDoc());
console.log(`docs:contract: wrote ${target}`);
