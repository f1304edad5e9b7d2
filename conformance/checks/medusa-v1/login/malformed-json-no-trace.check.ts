import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { LOGIN_ROUTES, postLogin } from "./support.ts";

// What a stack trace or a server path looks like: a V8 frame (`at fn (file:line:col)`), a module
// folder, or an absolute path to a source file (upstream's development page has all three, fact 4).
const LEAKS: ReadonlyArray<[string, RegExp]> = [
	["a stack frame", /\bat\s+\S*\s*\(?[^\s()]+:\d+:\d+\)?/],
	["node_modules", /node_modules/],
	["a server path", /(?:\/[\w.@-]+){2,}\.(?:js|mjs|cjs|ts)\b/],
];

export default defineMedusaV1Check({
	id: "medusa-v1/login/malformed-json-no-trace",
	title: "A truncated JSON body gets a 400 that shows no stack trace",
	rule: "POST /store/auth/token and POST /store/auth with Content-Type: application/json and a truncated body answer 400, and the body carries no stack trace, no node_modules and no server file path.",
	refs: ["choice:N2", "asvs:16.5.1"],
	tier: "hardening",
	severity: "security",
	requires: [],
	async run(ctx: CheckContext) {
		const body = `{"email": ${JSON.stringify(ctx.uniqueEmail())}, "password": `;
		for (const path of LOGIN_ROUTES) {
			const reply = await postLogin(ctx, path, { raw: { body, contentType: "application/json" } });
			ctx.expect.status(reply, 400, `${path} with a truncated JSON body`);
			for (const [what, pattern] of LEAKS)
				ctx.expect.that(!pattern.test(reply.text), `${path}: the 400 for a truncated JSON body shows ${what}`, {
					expected: "no stack trace or server path",
					actual: pattern.exec(reply.text)?.[0],
					exchange: reply.exchange,
				});
		}
	},
});
