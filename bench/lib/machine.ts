/** What the benchmark ran on: every result is reported with it. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem, platform, release } from 'node:os';

export interface Machine {
	cpu: string;
	cores: number;
	memoryGiB: number;
	os: string;
	node: string;
	chromium: string;
}

export function describeMachine(chromiumPath: string): Machine {
	let chromium = 'unknown';
	try {
		chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		// reported as unknown; the run itself will fail clearly if the browser is missing
	}
	return {
		cpu: cpus()[0]?.model.trim() ?? 'unknown',
		cores: cpus().length,
		memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
		os: `${platform()} ${release()}`,
		node: process.version,
		chromium
	};
}
