import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";

const KIB = 1024;
const TOO_LARGE = { message: "request entity too large", type: "unknown_error" };
const LATIN1 = { message: 'unsupported charset "LATIN1"', type: "unknown_error" };

/** A login body of about `kib` KiB: a long password, so that only its size can refuse it. */
const loginOf = (ctx: CheckContext, kib: number): string => JSON.stringify({ email: ctx.uniqueEmail("big"), password: "x".repeat(kib * KIB) });

export default defineMedusaV2Check({
	id: "medusa-v2/login/body-parser-refusals",
	title: "Bodies over 100 KiB get 413, unreadable charsets 415, in body-parser's shape",
	rule: `POST /auth/customer/emailpass with a 200 KiB JSON body → 413 ${JSON.stringify(TOO_LARGE)}, with a 99 KiB one → the route's own 401; with Content-Type: application/json; charset=latin1 → 415 ${JSON.stringify(LATIN1)}.`,
	refs: ["observed:18", "observed:20"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const large = await ctx.request({ path: "/auth/customer/emailpass", raw: { body: loginOf(ctx, 200), contentType: "application/json" } });
		ctx.expect.status(large, 413, "login with a 200 KiB JSON body");
		ctx.expect.json(large, TOO_LARGE);
		const within = await ctx.request({ path: "/auth/customer/emailpass", raw: { body: loginOf(ctx, 99), contentType: "application/json" } });
		ctx.expect.status(within, 401, "login with a 99 KiB JSON body, for an unknown e-mail");
		const charset = await ctx.request({ path: "/auth/customer/emailpass", raw: { body: "{}", contentType: "application/json; charset=latin1" } });
		ctx.expect.status(charset, 415, "login with charset=latin1");
		ctx.expect.json(charset, LATIN1);
	},
});
