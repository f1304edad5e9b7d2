// A check's time limit. It counts the check's own work: the waits a check asks for (ctx.sleep, for
// --allow-slow expiry and rate-limit recovery) push the deadline back by as long, so a check that
// waits a minute of real time on purpose is not cut off by a one-minute limit; so does the progress
// a long-by-design check reports (ctx.progressed: each timed pair), so that only a stall ends it.

export interface Deadline {
	/** Rejects when the limit has passed. */
	readonly expired: Promise<never>;
	/** Moves the limit `ms` later. */
	extend(ms: number): void;
	/** Stops the timer; call when the work is over. */
	clear(): void;
}

export const startDeadline = (limitMs: number, what: string): Deadline => {
	let endsAt = performance.now() + limitMs;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let reject: (error: Error) => void = () => undefined;
	const expired = new Promise<never>((_resolve, fail) => {
		reject = fail;
	});
	const arm = (): void => {
		timer = setTimeout(() => {
			if (performance.now() >= endsAt) reject(new Error(`${what} took longer than ${limitMs} ms, not counting the waits it asked for and the progress it reported`));
			else arm();
		}, Math.max(0, endsAt - performance.now()));
		// A pending deadline must not keep the process alive on its own.
		(timer as { unref?: () => void }).unref?.();
	};
	arm();
	return {
		expired,
		extend(ms) {
			endsAt += ms;
		},
		clear() {
			clearTimeout(timer);
		},
	};
};
