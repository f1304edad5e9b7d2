import type { CheckContext } from "../../../kit/context.ts";
import type { RequestSpec } from "../../../kit/http.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";

const PATH = "/auth/customer/emailpass";
const PASSWORD = "Password should be a string";
const EMAIL = "Email should be a string";

export default defineMedusaV2Check({
	id: "medusa-v2/login/validation-messages",
	title: "Login checks the password field before the e-mail field",
	rule: 'POST /auth/customer/emailpass answers 401 {"type":"unauthorized","message":"Password should be a string"} when password is missing or not a string (no body, {}, {email}, {email, password: 123}), and "Email should be a string" when the password is a string but email is missing or not a string.',
	refs: ["observed:04", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const email = ctx.uniqueEmail();
		const cases: Array<[string, RequestSpec, string]> = [
			["no body at all", { method: "POST", path: PATH }, PASSWORD],
			["{}", { path: PATH, json: {} }, PASSWORD],
			["{email}", { path: PATH, json: { email } }, PASSWORD],
			["{email, password: 123}", { path: PATH, json: { email, password: 123 } }, PASSWORD],
			["{password}", { path: PATH, json: { password: "Gatecheck-1" } }, EMAIL],
			["{email: 123, password}", { path: PATH, json: { email: 123, password: "Gatecheck-1" } }, EMAIL],
		];
		for (const [what, spec, message] of cases) {
			const reply = await ctx.request(spec);
			ctx.expect.status(reply, 401, `login with ${what}`);
			ctx.expect.exactBody(reply, JSON.stringify({ type: "unauthorized", message }), `login with ${what}`);
		}
	},
});
