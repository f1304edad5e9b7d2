// What the timing checks send: a login with a wrong password and a forgot-password request, each about
// a user's e-mail and about an e-mail nobody has, every body made anew. The auth burst limit (20 in
// 10 s per client, FACTS.md §D) would answer most samples with a cheap 429, alike for both sides, and
// hide a leak: with several client addresses the samples move to a fresh one every BURST_SHARE
// requests (choice:per-client); without them the kit waits out each 429, and only the answered
// attempt is timed.
import type { CheckContext } from "../../../kit/context.ts";
import { otherEmail, rotatingAddress, timedPost, wrongPassword } from "../../../kit/timing/sides.ts";
import type { Side } from "../../../kit/timing/paired-sampling.ts";
import type { TimedEndpoint, TimingFamily } from "../../../kit/timing/timing-family.ts";
import { allowedResetBase } from "../../../profiles/quark/target.ts";
import { FORGOT_PASSWORD, LOGIN, registered } from "../flows.ts";

/** Requests per address: under the burst policy's 20 in 10 s and the global 100 a minute; even, so pairs never straddle two. */
const BURST_SHARE = 18;

/** A loopback address of 127.128.0.0/10, apart from the 127.0.0.x other checks send from. */
const freshAddress = (): string => {
	const [a = 0, b = 0, c = 0] = crypto.getRandomValues(new Uint8Array(3));
	return `127.${128 + (a % 64)}.${b}.${1 + (c % 254)}`;
};

/** The client address of each request: a fresh one every BURST_SHARE requests, or the kit's own. */
const clientAddress = (ctx: CheckContext): (() => string | undefined) => {
	if (ctx.can("source-addresses")) return rotatingAddress(freshAddress, BURST_SHARE);
	ctx.note("one client address: the auth burst limit's 429s are waited out, which makes this check slow");
	return () => undefined;
};

const timedEndpoints = (ctx: CheckContext, email: string): TimedEndpoint[] => {
	const from = clientAddress(ctx);
	const post = (path: string, body: () => Record<string, string>): Side => timedPost(ctx, path, body, { from, retryOn429: true });
	const other = otherEmail(ctx, email);
	const base = allowedResetBase(ctx.config) ?? "https://store.example.com/reset-password";
	return [
		{
			endpoint: `POST ${LOGIN}`,
			known: post(LOGIN, () => ({ email, password: wrongPassword() })),
			unknown: post(LOGIN, () => ({ email: other(), password: wrongPassword() })),
		},
		{
			endpoint: `POST ${FORGOT_PASSWORD}`,
			known: post(FORGOT_PASSWORD, () => ({ email, resetBaseUrl: base })),
			unknown: post(FORGOT_PASSWORD, () => ({ email: other(), resetBaseUrl: base })),
		},
	];
};

/** Login and forgot-password about a registered user: the family quark's two timing checks judge. */
export const QUARK_TIMING: TimingFamily = {
	name: "quark's login and forgot-password",
	endpoints: async (ctx) => timedEndpoints(ctx, (await registered(ctx, "timing")).email),
};
