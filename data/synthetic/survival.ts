/**
 * Kaplan-Meier median for censored waits (used by the tests to check the synthetic waits the way the dashboard
 * must read them: open referrals are censored, not dropped).
 */

/** Median time-to-event from (time, event) pairs; event = false means censored at `time`. Null if S(t) never reaches 0.5. */
export function kaplanMeierMedian(times: readonly number[], events: readonly boolean[]): number | null {
	const order = times.map((_, i) => i).sort((a, b) => (times[a] as number) - (times[b] as number));
	let atRisk = times.length;
	let survival = 1;
	let i = 0;
	while (i < order.length) {
		const t = times[order[i] as number] as number;
		let deaths = 0;
		let leaving = 0;
		while (i < order.length && times[order[i] as number] === t) {
			if (events[order[i] as number]) deaths++;
			leaving++;
			i++;
		}
		if (deaths > 0) {
			survival *= 1 - deaths / atRisk;
			if (survival <= 0.5) return t;
		}
		atRisk -= leaving;
	}
	return null;
}
