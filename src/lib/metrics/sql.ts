/** SQL building blocks shared by the metric modules. Area codes are checked before they go into SQL text. */
import { quoteLiteral } from '$lib/db/runner';

const AREA_CODE = /^[A-Z0-9]{3,9}$/;

/** True for an ONS area code (E92/E12/E06/E08/E09/E10…) or a 3-character NHS ODS code. */
export function isAreaCode(code: string): boolean {
	return AREA_CODE.test(code);
}

/** `'A', 'B'` for an IN (…) list; throws on anything that is not an area code, so user text never reaches SQL. */
export function areaList(codes: readonly string[]): string {
	if (codes.length === 0) throw new Error('areaList: no area codes');
	for (const code of codes) if (!isAreaCode(code)) throw new Error(`Not an area code: ${JSON.stringify(code)}`);
	return codes.map(quoteLiteral).join(', ');
}
