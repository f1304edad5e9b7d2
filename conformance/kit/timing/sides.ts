// The pieces every profile's timing endpoints are made of: one side's request, its body made anew
// each time; a fresh wrong password; the other side's e-mail; and client addresses that move on
// after a number of requests (for targets that limit or lock out per address).
import type { CheckContext } from "../context.ts";
import type { Side } from "./paired-sampling.ts";

export interface SideOptions {
	/** The client address of each request, for targets that count per address. */
	from?: () => string | undefined;
	/** Wait out a 429 and time the answered attempt (default: a 429 is a sample like any answer). */
	retryOn429?: boolean;
}

/** One side of a timed endpoint: POST `path` with a body made anew for every request. */
export const timedPost =
	(ctx: CheckContext, path: string, body: () => Record<string, string>, options: SideOptions = {}): Side =>
	(record) =>
		ctx.request({ path, json: body(), record, from: options.from?.(), useJar: false, retryOn429: options.retryOn429 ?? false });

export const wrongPassword = (): string => `Wrong-${crypto.randomUUID()}`;

/** The other side's e-mail: an unknown one, or in A/A calibration the same existing one. */
export const otherEmail = (ctx: CheckContext, existing: string): (() => string) =>
	ctx.options.timing.calibrate ? () => existing : () => ctx.uniqueEmail("nobody");

/** A client address for each request: `fresh()`'s, moving on to a new one after every `share` requests. */
export const rotatingAddress = (fresh: () => string, share: number): (() => string) => {
	let address = fresh();
	let used = 0;
	return () => {
		if (used === share) [address, used] = [fresh(), 0];
		used++;
		return address;
	};
};
