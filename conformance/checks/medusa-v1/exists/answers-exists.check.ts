import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer } from "../flows.ts";
import { emailExists } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/exists/answers-exists",
	title: "Check if Email Exists tells registered e-mails from unknown ones",
	rule: 'GET /store/auth/{email}, with no credentials, answers 200 {"exists":true} for the e-mail of a registered customer (with `@` percent-encoded or raw) and 200 {"exists":false} for an e-mail no account has.',
	refs: ["seed:routes", "observed:08"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { email } = await newCustomer(ctx);
		const spellings: Array<[string, string]> = [
			["percent-encoded", encodeURIComponent(email)],
			["with a raw @", email],
		];
		for (const [what, segment] of spellings) {
			const reply = await emailExists(ctx, segment);
			ctx.expect.status(reply, 200, `GET /store/auth/{email} for a registered e-mail, ${what}`);
			ctx.expect.json(reply, { exists: true }, `GET /store/auth/{email} for a registered e-mail, ${what}`);
		}
		const unknown = await emailExists(ctx, encodeURIComponent(ctx.uniqueEmail("unknown")));
		ctx.expect.status(unknown, 200, "GET /store/auth/{email} for an unknown e-mail");
		ctx.expect.json(unknown, { exists: false }, "GET /store/auth/{email} for an unknown e-mail");
	},
});
